package org.shelfcare.resources;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.InvalidInput;

/**
 * Checks a {@link ResourceDraft} and gives back its clean form, or every problem at once so that
 * the person can fix them in one go.
 */
final class ResourceRules {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int NUMBER_MAX = 40;
    static final int SMS_BODY_MAX = 40;
    static final int URL_MAX = 500;
    static final int SHORT_MAX = 200;
    static final int SOURCE_MAX = 300;
    static final int SORT_MAX = 9999;
    static final int DEFAULT_SORT = 100;

    /** Digits with the usual separators, optionally starting with +; no letters (a phone dials digits). */
    private static final Pattern NUMBER = Pattern.compile("^\\+?[0-9(][0-9 ().-]*$");
    private static final Pattern SMS_WORD = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ]*$");
    /** Control characters, except line breaks and tabs, which a description may hold. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
    private static final Pattern LINE_CONTROL = Pattern.compile("\\p{Cntrl}");

    /** A checked entry, ready to store. */
    record Entry(ResourceCategory category, @Nullable String locale, String name, @Nullable String description,
            @Nullable String phone, @Nullable String sms, @Nullable String smsBody, @Nullable String webUrl,
            @Nullable String hours, @Nullable String languages, boolean confidential, @Nullable String source,
            int sortOrder) {}

    private final List<InvalidInput.FieldError> errors = new ArrayList<>();

    private ResourceRules() {}

    static Entry check(ResourceDraft draft) {
        ResourceRules rules = new ResourceRules();
        ResourceCategory category = rules.category(draft.category());
        String locale = rules.locale(draft.locale());
        String name = rules.line("name", draft.name(), true, NAME_MAX);
        String description = rules.text("description", draft.description(), DESCRIPTION_MAX);
        String phone = rules.number("phone", draft.phone());
        String sms = rules.number("sms", draft.sms());
        String smsBody = rules.smsBody(draft.smsBody(), sms);
        String webUrl = rules.url("webUrl", draft.webUrl());
        String hours = rules.line("hours", draft.hours(), false, SHORT_MAX);
        String languages = rules.line("languages", draft.languages(), false, SHORT_MAX);
        String source = rules.line("source", draft.source(), false, SOURCE_MAX);
        int sortOrder = rules.sortOrder(draft.sortOrder());
        if (!rules.errors.isEmpty() || category == null || name == null) {
            throw new InvalidInput(rules.errors);
        }
        return new Entry(category, locale, name, description, phone, sms, smsBody, webUrl, hours, languages,
                draft.confidential(), source, sortOrder);
    }

    private @Nullable ResourceCategory category(@Nullable String code) {
        if (code == null || code.isBlank()) {
            add("category", "validation.required");
            return null;
        }
        try {
            return ResourceCategory.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            add("category", "resources.category.invalid");
            return null;
        }
    }

    private @Nullable String locale(@Nullable String code) {
        String clean = clean(code);
        if (clean == null) {
            return null;
        }
        if (!clean.equals("en") && !clean.equals("es")) {
            add("locale", "resources.locale.invalid");
            return null;
        }
        return clean;
    }

    private @Nullable String line(String field, @Nullable String value, boolean required, int max) {
        String clean = clean(value);
        if (clean == null) {
            if (required) {
                add(field, "validation.required");
            }
            return null;
        }
        if (clean.length() > max) {
            add(field, "validation.tooLong", max);
        } else if (LINE_CONTROL.matcher(clean).find()) {
            add(field, "validation.invalidCharacters");
        }
        return clean;
    }

    private @Nullable String text(String field, @Nullable String value, int max) {
        String clean = clean(value);
        if (clean == null) {
            return null;
        }
        String normalized = clean.replace("\r\n", "\n");
        if (normalized.length() > max) {
            add(field, "validation.tooLong", max);
        } else if (CONTROL.matcher(normalized).find()) {
            add(field, "validation.invalidCharacters");
        }
        return normalized;
    }

    private @Nullable String number(String field, @Nullable String value) {
        String clean = clean(value);
        if (clean == null) {
            return null;
        }
        long digits = clean.chars().filter(Character::isDigit).count();
        if (clean.length() > NUMBER_MAX || !NUMBER.matcher(clean).matches() || digits < 3 || digits > 15) {
            add(field, "resources.number.invalid");
        }
        return clean;
    }

    private @Nullable String smsBody(@Nullable String value, @Nullable String sms) {
        String clean = clean(value);
        if (clean == null) {
            return null;
        }
        if (clean.length() > SMS_BODY_MAX || !SMS_WORD.matcher(clean).matches()) {
            add("smsBody", "resources.smsBody.invalid", SMS_BODY_MAX);
        } else if (sms == null) {
            add("smsBody", "resources.smsBody.needsNumber");
        }
        return clean;
    }

    private @Nullable String url(String field, @Nullable String value) {
        String clean = clean(value);
        if (clean == null) {
            return null;
        }
        if (clean.length() > URL_MAX) {
            add(field, "validation.tooLong", URL_MAX);
        } else if (!isWebAddress(clean)) {
            add(field, "resources.url.invalid");
        }
        return clean;
    }

    /** Only http and https, with a host and nothing that a browser would read differently. */
    static boolean isWebAddress(String value) {
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '\\')) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private int sortOrder(@Nullable String value) {
        String clean = clean(value);
        if (clean == null) {
            return DEFAULT_SORT;
        }
        try {
            int order = Integer.parseInt(clean);
            if (order >= 0 && order <= SORT_MAX) {
                return order;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        add("sortOrder", "resources.sortOrder.invalid", String.valueOf(SORT_MAX));
        return DEFAULT_SORT;
    }

    private void add(String field, String code, Object... args) {
        errors.add(new InvalidInput.FieldError(field, code, args));
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

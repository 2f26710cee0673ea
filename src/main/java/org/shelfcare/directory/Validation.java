package org.shelfcare.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.InvalidInput;

/** Collects every field problem of one request, so that the person sees them all at once. */
final class Validation {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");
    private static final Pattern USERNAME = Pattern.compile("^[a-zA-Z0-9._-]{3,80}$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final List<InvalidInput.FieldError> errors = new ArrayList<>();

    Validation text(String field, @Nullable String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            add(field, "validation.tooLong", max);
        } else if (CONTROL.matcher(value).find()) {
            add(field, "validation.invalidCharacters");
        }
        return this;
    }

    Validation email(String field, @Nullable String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "validation.required");
            }
        } else if (value.strip().length() > 254 || !EMAIL.matcher(value.strip()).matches()) {
            add(field, "validation.email");
        }
        return this;
    }

    Validation username(String field, @Nullable String value) {
        if (value != null && !value.isBlank() && !USERNAME.matcher(value.strip()).matches()) {
            add(field, "validation.username");
        }
        return this;
    }

    Validation add(String field, String code, Object... args) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new InvalidInput.FieldError(field, code, args));
        }
        return this;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

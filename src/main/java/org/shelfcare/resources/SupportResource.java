package org.shelfcare.resources;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One place to turn to for support, as a reader sees it.
 *
 * @param organizationId the library that added it, or null for an instance-wide default
 * @param defaultKey shared by the language versions of one instance default; null for a library's entry
 * @param locale the language its text is written in ({@code en}, {@code es}), or null for every reader
 * @param phone a number to call, as shown
 * @param sms a number to text, as shown
 * @param smsBody the word to send by text, such as {@code HOME}
 * @param webUrl an http or https address
 * @param source where the facts come from (always set for instance defaults)
 */
public record SupportResource(UUID id, @Nullable UUID organizationId, @Nullable String defaultKey,
        ResourceCategory category, @Nullable String locale, String name, @Nullable String description,
        @Nullable String phone, @Nullable String sms, @Nullable String smsBody, @Nullable String webUrl,
        @Nullable String hours, @Nullable String languages, boolean confidential, @Nullable String source,
        int sortOrder) {

    public boolean instanceDefault() {
        return organizationId == null;
    }

    /** A {@code tel:} link for the phone number, or null. */
    public @Nullable String phoneLink() {
        String digits = dialable(phone);
        return digits == null ? null : "tel:" + digits;
    }

    /**
     * An {@code sms:} link that opens a text to the number, with the word to send already typed
     * when there is one ({@code ?&body=} works on both common phone systems).
     */
    public @Nullable String smsLink() {
        String digits = dialable(sms);
        if (digits == null) {
            return null;
        }
        return smsBody == null ? "sms:" + digits
                : "sms:" + digits + "?&body=" + java.net.URLEncoder.encode(smsBody, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    /** The web address without its scheme, for showing: {@code 988lifeline.org}. */
    public @Nullable String webLabel() {
        if (webUrl == null) {
            return null;
        }
        String label = webUrl.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return label.endsWith("/") ? label.substring(0, label.length() - 1) : label;
    }

    private static @Nullable String dialable(@Nullable String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("[^0-9+]", "");
        if (digits.lastIndexOf('+') > 0) {
            digits = digits.charAt(0) + digits.substring(1).replace("+", "");
        }
        return digits.isEmpty() ? null : digits;
    }
}

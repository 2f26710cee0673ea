package org.shelfcare.listening;

import java.util.Locale;
import java.util.Optional;

/** Why a wellness lead or admin hid a suggestion; its author sees it, and everyone sees the count per reason. */
public enum SuggestionHideReason {
    OFF_TOPIC,
    PERSONAL_ATTACK,
    IDENTIFIES_SOMEONE,
    DUPLICATE,
    OTHER;

    public static Optional<SuggestionHideReason> of(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

package org.shelfcare.listening;

import java.util.Locale;
import java.util.Optional;

/** Where an action stands; WONT_DO needs a reason. */
public enum ActionStatus {
    CONSIDERING,
    PLANNED,
    IN_PROGRESS,
    DONE,
    WONT_DO;

    public static Optional<ActionStatus> of(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

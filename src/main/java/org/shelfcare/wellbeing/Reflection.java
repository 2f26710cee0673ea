package org.shelfcare.wellbeing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of a person's own reflections, as only that person sees it.
 *
 * @param text the opened text, or null when it can no longer be read (the account's keys were
 *     destroyed), so the page can say so instead of failing
 */
public record Reflection(UUID id, ReflectionKind kind, LocalDate date, @Nullable String text, Instant createdAt) {

    public boolean unreadable() {
        return text == null;
    }
}

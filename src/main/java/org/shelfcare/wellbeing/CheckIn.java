package org.shelfcare.wellbeing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of a person's own check-ins, as only that person sees it.
 *
 * @param note the opened note, or null when there is none or it can no longer be read
 * @param noteUnreadable true when a note was written but its key is gone (the account's keys were
 *     destroyed), so the page can say so instead of failing
 */
public record CheckIn(UUID id, LocalDate date, int mood, int energy, int stress, @Nullable String note,
        boolean noteUnreadable, Instant createdAt) {}

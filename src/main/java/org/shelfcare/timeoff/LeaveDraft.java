package org.shelfcare.timeoff;

import org.jspecify.annotations.Nullable;

/**
 * A leave request as typed or sent, checked by {@link TimeoffManagement}: a type code, dates
 * ({@code YYYY-MM-DD}, the person's local dates), a portion ({@code FULL_DAYS} when left out;
 * {@code AM}, {@code PM} or {@code HOURS} for a single day), times ({@code HH:MM}) for hours, and
 * an optional note where the type allows one.
 */
public record LeaveDraft(@Nullable String type, @Nullable String startDate, @Nullable String endDate,
        @Nullable String portion, @Nullable String startTime, @Nullable String endTime, @Nullable String note) {}

package org.shelfcare.wellbeing;

import org.jspecify.annotations.Nullable;

/**
 * A check-in as typed or sent, checked by {@link WellbeingManagement}: scores 1 to 5 (5 is the
 * best mood, the most energy and the most stress), an optional note of up to 1,000 characters, and
 * an optional date ({@code YYYY-MM-DD}, never in the future; today in the person's time zone when
 * left out).
 */
public record CheckInDraft(@Nullable Integer mood, @Nullable Integer energy, @Nullable Integer stress,
        @Nullable String note, @Nullable String date) {}

package org.shelfcare.wellbeing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reminder setting as typed or sent, checked by {@link CheckInReminders}: on or off, the days
 * ({@code MONDAY} ... {@code SUNDAY}; at least one when on) and the time ({@code HH:MM}).
 */
public record CheckInReminderDraft(boolean enabled, @Nullable List<String> days, @Nullable String time) {}

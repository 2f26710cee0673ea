package org.shelfcare.wellbeing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's optional check-in reminder: on the chosen days, at the chosen time in their own time
 * zone. Off until they switch it on.
 */
public record CheckInReminder(boolean enabled, Set<DayOfWeek> days, LocalTime time) {

    /** Off, with weekdays at 10:00 suggested for when the person switches it on. */
    public static final CheckInReminder OFF = new CheckInReminder(false,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(10, 0));

    /**
     * How late a reminder may still go out after its time, e.g. after a restart: later than that it
     * would come at an odd hour, so that day's reminder is let go.
     */
    public static final Duration LATEST = Duration.ofHours(2);

    public CheckInReminder {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** Whether the reminder is due at {@code now} (in the person's zone): a chosen day, at or after its time, not too late. */
    public boolean dueAt(ZonedDateTime now) {
        if (!enabled || !days.contains(now.getDayOfWeek())) {
            return false;
        }
        ZonedDateTime at = now.with(time);
        return !now.isBefore(at) && now.isBefore(at.plus(LATEST));
    }
}

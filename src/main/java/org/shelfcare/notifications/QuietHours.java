package org.shelfcare.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person's quiet hours in their own time zone, e.g. 20:00 to 07:00 on every day. A time that
 * starts later than it ends runs past midnight; {@code days} are the days on which it starts.
 * During quiet hours email waits until they end, and in-app notifications arrive silently.
 */
public record QuietHours(boolean enabled, LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    /** Off, with a suggestion of evenings and nights for when the person switches it on. */
    public static final QuietHours OFF = new QuietHours(false, LocalTime.of(20, 0), LocalTime.of(7, 0),
            EnumSet.allOf(DayOfWeek.class));

    public QuietHours {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** When the quiet time that {@code now} falls into ends, or empty when it is not quiet. */
    public Optional<Instant> quietUntil(Instant now, ZoneId zone) {
        if (!enabled || start.equals(end)) {
            return Optional.empty();
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate day : new LocalDate[] {today.minusDays(1), today}) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            ZonedDateTime from = ZonedDateTime.of(day, start, zone);
            ZonedDateTime to = ZonedDateTime.of(end.isAfter(start) ? day : day.plusDays(1), end, zone);
            if (!now.isBefore(from.toInstant()) && now.isBefore(to.toInstant())) {
                return Optional.of(to.toInstant());
            }
        }
        return Optional.empty();
    }
}

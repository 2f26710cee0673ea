package org.shelfcare.programs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a session repeats: once, weekly, or monthly on the same weekday of the month (the first
 * Tuesday, the last Friday: a date in the fifth week counts as the last). It ends on a date or
 * after a number of sessions; with neither, it is bounded at one year after the first session.
 * Never more than {@link #MAX_SESSIONS} sessions at once. Exceptions are dates left out.
 */
public record Recurrence(Frequency frequency, @Nullable LocalDate until, @Nullable Integer count,
        Set<LocalDate> exceptions) {

    public static final int MAX_SESSIONS = 60;
    public static final Recurrence ONCE = new Recurrence(Frequency.NONE, null, null, Set.of());

    public enum Frequency {
        NONE,
        WEEKLY,
        MONTHLY
    }

    public Recurrence {
        exceptions = Set.copyOf(exceptions);
    }

    /** The last date a series starting on {@code first} may reach: its end, or one year on. */
    public LocalDate bound(LocalDate first) {
        return until != null ? until : first.plusYears(1);
    }

    /** The dates of the sessions, from {@code first}, exceptions left out. */
    public List<LocalDate> dates(LocalDate first) {
        List<LocalDate> dates = new ArrayList<>();
        if (frequency == Frequency.NONE) {
            if (!exceptions.contains(first)) {
                dates.add(first);
            }
            return dates;
        }
        LocalDate last = bound(first);
        int limit = count != null ? Math.min(count, MAX_SESSIONS) : MAX_SESSIONS;
        DayOfWeek weekday = first.getDayOfWeek();
        int week = (first.getDayOfMonth() - 1) / 7 + 1;
        // count counts occurrences, exceptions included: "10 sessions, skipping the holiday" gives 9
        int occurrences = 0;
        for (int n = 0; occurrences < limit; n++) {
            LocalDate date;
            if (frequency == Frequency.WEEKLY) {
                date = first.plusWeeks(n);
            } else {
                LocalDate month = first.plusMonths(n).withDayOfMonth(1);
                date = week >= 5 ? month.with(TemporalAdjusters.lastInMonth(weekday))
                        : month.with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
            }
            if (date.isAfter(last)) {
                break;
            }
            occurrences++;
            if (!exceptions.contains(date)) {
                dates.add(date);
            }
        }
        return dates;
    }
}

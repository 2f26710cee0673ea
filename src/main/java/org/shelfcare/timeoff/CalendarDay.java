package org.shelfcare.timeoff;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One day of the team calendar: who is out (approved time off only, never the kind or a note) and
 * the coverage rules the day falls short of.
 */
public record CalendarDay(LocalDate date, List<Out> out, List<CoverageShortfall> shortfalls) {

    /** Someone out on the day: all day, a morning, an afternoon or some hours. */
    public record Out(UUID personId, String name, LeavePortion portion, @Nullable LocalTime startTime,
            @Nullable LocalTime endTime) {}

    public boolean shortStaffed() {
        return !shortfalls.isEmpty();
    }
}

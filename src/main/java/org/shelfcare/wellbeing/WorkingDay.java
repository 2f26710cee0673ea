package org.shelfcare.wellbeing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One weekday of a working agreement: its hours, or none when the person does not work that day. */
public record WorkingDay(DayOfWeek day, @Nullable LocalTime start, @Nullable LocalTime end) {

    public boolean working() {
        return start != null && end != null;
    }
}

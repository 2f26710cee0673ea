package org.shelfcare.timeoff;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.WorkingPattern.DayPart;

/**
 * A day (or half day) on which a unit has fewer people present than a coverage rule asks for.
 * It names the unit and counts people; it never says who is away or why.
 *
 * @param part the half of the day, or null for a rule about the whole day
 */
public record CoverageShortfall(UUID ruleId, String unit, LocalDate date, @Nullable DayPart part, int present,
        int minimum) {}

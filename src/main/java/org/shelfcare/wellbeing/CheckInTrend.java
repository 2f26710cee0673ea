package org.shelfcare.wellbeing;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's own check-ins over the last {@code days} days, one point per day that has any (the
 * average of that day's check-ins), oldest first.
 */
public record CheckInTrend(int days, LocalDate from, LocalDate to, List<Day> points) {

    /** The periods a person can look back over. */
    public static final List<Integer> PERIODS = List.of(7, 30, 90);

    public record Day(LocalDate date, double mood, double energy, double stress, int checkIns) {}
}

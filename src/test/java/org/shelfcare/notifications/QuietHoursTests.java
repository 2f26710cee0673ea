package org.shelfcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final QuietHours NIGHTS = new QuietHours(true, LocalTime.of(20, 0), LocalTime.of(7, 0),
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZONE).toInstant();
    }

    @Test
    void aNightThatStartsOnAChosenDayEndsTheNextMorning() {
        // Monday 30 November 2026, 23:30 in Chicago: quiet until Tuesday 07:00
        assertThat(NIGHTS.quietUntil(at(2026, 11, 30, 23, 30), ZONE)).contains(at(2026, 12, 1, 7, 0));
        // Tuesday 06:59 still belongs to Monday's night
        assertThat(NIGHTS.quietUntil(at(2026, 12, 1, 6, 59), ZONE)).contains(at(2026, 12, 1, 7, 0));
    }

    @Test
    void daytimeAndOtherDaysAreNotQuiet() {
        assertThat(NIGHTS.quietUntil(at(2026, 12, 1, 7, 0), ZONE)).isEmpty();
        assertThat(NIGHTS.quietUntil(at(2026, 11, 30, 19, 59), ZONE)).isEmpty();
        // Wednesday night was not chosen, so Thursday morning is not quiet either
        assertThat(NIGHTS.quietUntil(at(2026, 12, 2, 22, 0), ZONE)).isEmpty();
        assertThat(NIGHTS.quietUntil(at(2026, 12, 3, 6, 0), ZONE)).isEmpty();
    }

    @Test
    void offMeansNeverQuiet() {
        assertThat(QuietHours.OFF.quietUntil(at(2026, 11, 30, 23, 0), ZONE)).isEmpty();
    }

    @Test
    void aDaytimeQuietTimeEndsTheSameDay() {
        QuietHours lunch = new QuietHours(true, LocalTime.of(12, 0), LocalTime.of(13, 0), EnumSet.allOf(DayOfWeek.class));
        assertThat(lunch.quietUntil(at(2026, 11, 30, 12, 15), ZONE)).contains(at(2026, 11, 30, 13, 0));
        assertThat(lunch.quietUntil(at(2026, 11, 30, 13, 0), ZONE)).isEmpty();
    }

    /** 5,000 random quiet times and moments through 2026, the same ones every run (a fixed seed). */
    @Test
    void quietTimeAlwaysEndsLaterAndWithinADay() {
        Random random = new Random(20261128L);
        for (int n = 0; n < 5000; n++) {
            int startMinute = random.nextInt(1440);
            int endMinute = random.nextInt(10) == 0 ? startMinute : random.nextInt(1440);
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextBoolean()) {
                    days.add(day);
                }
            }
            QuietHours quiet = new QuietHours(true, LocalTime.MIN.plusMinutes(startMinute),
                    LocalTime.MIN.plusMinutes(endMinute), days);
            Instant now = at(2026, 1, 1, 0, 0).plusSeconds(random.nextInt(366 * 24 * 60 + 1) * 60L);
            String described = quiet + " at " + now;
            quiet.quietUntil(now, ZONE).ifPresent(until -> {
                assertThat(until).as(described).isAfter(now);
                assertThat(until).as(described).isBeforeOrEqualTo(now.plusSeconds(25 * 3600));
            });
            if (days.isEmpty() || startMinute == endMinute) {
                assertThat(quiet.quietUntil(now, ZONE)).as(described).isEmpty();
            }
        }
    }
}

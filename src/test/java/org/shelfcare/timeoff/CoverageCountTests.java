package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.StaffMember;
import org.shelfcare.directory.WorkingPattern;
import org.shelfcare.directory.WorkingPattern.DayPart;

/** Who counts as present, from working patterns and time off, without a database. */
class CoverageCountTests {

    static final UUID BRANCH = UUID.randomUUID();
    // Monday 3 August 2026
    static final LocalDate MONDAY = LocalDate.of(2026, 8, 3);

    final StaffMember ana = person("Ana", "MON,TUE,WED,THU,FRI");
    final StaffMember ben = person("Ben", "MON,TUE,WED,THU,FRI");
    final StaffMember cai = person("Cai", "MON:AM,WED,SAT:AM");

    @Test
    void aPersonIsPresentWhenTheirPatternCoversTheHalfDayAndNoTimeOffTakesIt() {
        CoverageCount count = new CoverageCount(List.of(), MONDAY, MONDAY.plusDays(6));
        assertThat(count.present(List.of(ana, ben, cai), MONDAY, DayPart.AM)).isEqualTo(3);
        assertThat(count.present(List.of(ana, ben, cai), MONDAY, DayPart.PM)).isEqualTo(2);
        // all day: the smaller of the two halves
        assertThat(count.present(List.of(ana, ben, cai), MONDAY, null)).isEqualTo(2);
        assertThat(count.present(List.of(ana, ben, cai), MONDAY.plusDays(5), DayPart.AM)).isEqualTo(1);
        assertThat(count.present(List.of(ana, ben, cai), MONDAY.plusDays(6), null)).isZero();
    }

    @Test
    void fullDaysTakeBothHalvesAHalfDayTakesOneAndHoursTakeNeither() {
        CoverageCount count = new CoverageCount(List.of(
                away(ana, MONDAY, MONDAY.plusDays(1), LeavePortion.FULL_DAYS),
                away(ben, MONDAY, MONDAY, LeavePortion.AM),
                away(cai, MONDAY.plusDays(2), MONDAY.plusDays(2), LeavePortion.HOURS)), MONDAY, MONDAY.plusDays(6));
        assertThat(count.present(ana, MONDAY, DayPart.PM)).isFalse();
        assertThat(count.present(ana, MONDAY.plusDays(2), null)).isTrue();
        assertThat(count.present(ben, MONDAY, DayPart.AM)).isFalse();
        assertThat(count.present(ben, MONDAY, DayPart.PM)).isTrue();
        assertThat(count.present(ben, MONDAY, null)).isFalse();
        assertThat(count.present(cai, MONDAY.plusDays(2), null)).isTrue();
        assertThat(count.present(List.of(ana, ben, cai), MONDAY, DayPart.AM)).isEqualTo(1);
        assertThat(count.present(List.of(ana, ben, cai), MONDAY, DayPart.PM)).isEqualTo(1);
    }

    @Test
    void timeOffOutsideTheRangeIsIgnoredAndTwoHalfDaysMakeAWholeDay() {
        CoverageCount count = new CoverageCount(List.of(
                away(ana, MONDAY.minusDays(10), MONDAY.minusDays(1), LeavePortion.FULL_DAYS),
                away(ben, MONDAY, MONDAY, LeavePortion.AM)), MONDAY, MONDAY.plusDays(1));
        count.add(away(ben, MONDAY, MONDAY, LeavePortion.PM), MONDAY, MONDAY.plusDays(1));
        assertThat(count.present(ana, MONDAY, null)).isTrue();
        assertThat(count.present(ben, MONDAY, DayPart.AM)).isFalse();
        assertThat(count.present(ben, MONDAY, DayPart.PM)).isFalse();
        assertThat(count.present(ben, MONDAY.plusDays(1), null)).isTrue();
    }

    @Test
    void shortfallsListTheRuleDaysUnderTheMinimumWithTheCount() {
        CoverageRule weekdays = rule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, 2);
        CoverageCount count = new CoverageCount(List.of(away(ana, MONDAY.plusDays(1), MONDAY.plusDays(1),
                LeavePortion.FULL_DAYS), away(ben, MONDAY.plusDays(3), MONDAY.plusDays(3), LeavePortion.PM)),
                MONDAY, MONDAY.plusDays(6));
        StaffMember elsewhere = new StaffMember(UUID.randomUUID(), "Dee", UUID.randomUUID(), null,
                WorkingPattern.DEFAULT);
        List<CoverageShortfall> gaps = count.shortfalls(weekdays, List.of(ana, ben, elsewhere), MONDAY,
                MONDAY.plusDays(6));
        assertThat(gaps).extracting(CoverageShortfall::date).containsExactly(MONDAY.plusDays(1), MONDAY.plusDays(3));
        assertThat(gaps).allSatisfy(gap -> {
            assertThat(gap.present()).isEqualTo(1);
            assertThat(gap.minimum()).isEqualTo(2);
            assertThat(gap.unit()).isEqualTo("Central Library");
        });

        CoverageRule saturdayMorning = rule(EnumSet.of(DayOfWeek.SATURDAY), DayPart.AM, 1);
        assertThat(count.shortfalls(saturdayMorning, List.of(ana, ben, cai), MONDAY, MONDAY.plusDays(6))).isEmpty();
        assertThat(count.shortfalls(saturdayMorning, List.of(ana, ben), MONDAY, MONDAY.plusDays(6)))
                .extracting(CoverageShortfall::date, CoverageShortfall::part, CoverageShortfall::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MONDAY.plusDays(5), DayPart.AM, 0));
    }

    @Test
    void aChangeOfClocksNeverMovesADay() {
        // 8 March 2026: clocks in New York go forward (a 23-hour day); 1 November 2026: back (25 hours)
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate springForward = LocalDate.of(2026, 3, 8);
        LocalDate fallBack = LocalDate.of(2026, 11, 1);
        assertThat(newYork.getRules().isDaylightSavings(ZonedDateTime.of(springForward.plusDays(1).atStartOfDay(),
                newYork).toInstant())).isTrue();
        assertThat(springForward.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

        StaffMember everyDay = person("Eve", "MON,TUE,WED,THU,FRI,SAT,SUN");
        CoverageRule daily = rule(EnumSet.allOf(DayOfWeek.class), null, 1);
        for (LocalDate change : List.of(springForward, fallBack)) {
            // time off on the day of the change only: exactly that day is short, not the day before or after
            CoverageCount count = new CoverageCount(List.of(away(everyDay, change, change, LeavePortion.FULL_DAYS)),
                    change.minusDays(1), change.plusDays(1));
            assertThat(count.shortfalls(daily, List.of(everyDay), change.minusDays(1), change.plusDays(1)))
                    .extracting(CoverageShortfall::date).containsExactly(change);
            // a week of time off across the change takes seven days, neither six nor eight
            CoverageCount week = new CoverageCount(List.of(away(everyDay, change.minusDays(3), change.plusDays(3),
                    LeavePortion.FULL_DAYS)), change.minusDays(5), change.plusDays(5));
            assertThat(week.shortfalls(daily, List.of(everyDay), change.minusDays(5), change.plusDays(5))).hasSize(7);
        }
    }

    private static StaffMember person(String name, String pattern) {
        return new StaffMember(UUID.randomUUID(), name, BRANCH, null, WorkingPattern.parse(pattern));
    }

    private static CoverageCount.Absence away(StaffMember person, LocalDate from, LocalDate to, LeavePortion portion) {
        return new CoverageCount.Absence(person.id(), from, to, portion);
    }

    private static CoverageRule rule(EnumSet<DayOfWeek> days, DayPart part, int minimum) {
        return new CoverageRule(UUID.randomUUID(), BRANCH, "Central Library", null, null, days, part, minimum, 3);
    }
}

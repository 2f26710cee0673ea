package org.shelfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.WorkingPattern.DayPart;

class WorkingPatternTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private static final LocalDate SATURDAY = MONDAY.plusDays(5);

    @Test
    void theDefaultIsMondayToFridayWholeDays() {
        assertThat(WorkingPattern.DEFAULT.format()).isEqualTo("MON,TUE,WED,THU,FRI");
        assertThat(WorkingPattern.DEFAULT.covers(MONDAY, DayPart.PM)).isTrue();
        assertThat(WorkingPattern.DEFAULT.covers(SATURDAY, null)).isFalse();
    }

    @Test
    void aHalfDayCoversOnlyThatHalf() {
        WorkingPattern pattern = WorkingPattern.parse("MON,TUE,WED:AM,THU,FRI");
        assertThat(pattern.covers(WEDNESDAY, DayPart.AM)).isTrue();
        assertThat(pattern.covers(WEDNESDAY, DayPart.PM)).isFalse();
        assertThat(pattern.covers(WEDNESDAY, null)).isTrue();
        assertThat(pattern.on(DayOfWeek.WEDNESDAY)).containsExactly(DayPart.AM);
    }

    @Test
    void readsLeniently_writesInWeekOrder() {
        assertThat(WorkingPattern.parse(" sat:pm , mon ").format()).isEqualTo("MON,SAT:PM");
        assertThat(WorkingPattern.parse("").days()).isEmpty();
        assertThat(WorkingPattern.parse("").covers(MONDAY, null)).isFalse();
    }

    @Test
    void refusesWhatIsNotAPattern() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingPattern.parse("MON,MON:AM"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingPattern.parse("MONDAY"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingPattern.parse("MON:EVENING"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingPattern.parse("MON,,TUE"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingPattern.parse("MON:AM:PM"));
    }

    /** Every pattern there is: each of the seven days off, morning, afternoon or whole (4^7). */
    @Test
    void formatThenParseGivesTheSamePattern_forEveryPattern() {
        for (WorkingPattern pattern : everyPattern()) {
            assertThat(WorkingPattern.parse(pattern.format())).as(pattern.format()).isEqualTo(pattern);
        }
    }

    @Test
    void coversExactlyTheGivenParts_forEveryPatternDayAndPart() {
        for (WorkingPattern pattern : everyPattern()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                LocalDate date = MONDAY.plusDays(day.getValue() - 1);
                for (DayPart part : DayPart.values()) {
                    assertThat(pattern.covers(date, part)).as("%s on %s %s", pattern, day, part)
                            .isEqualTo(pattern.days().getOrDefault(day, Set.of()).contains(part));
                }
            }
        }
    }

    private static List<WorkingPattern> everyPattern() {
        List<Set<DayPart>> parts = List.of(Set.of(), EnumSet.of(DayPart.AM), EnumSet.of(DayPart.PM),
                EnumSet.allOf(DayPart.class));
        int count = (int) Math.pow(parts.size(), 7);
        List<WorkingPattern> all = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Map<DayOfWeek, Set<DayPart>> days = new EnumMap<>(DayOfWeek.class);
            int rest = n;
            for (DayOfWeek day : DayOfWeek.values()) {
                days.put(day, parts.get(rest % parts.size()));
                rest /= parts.size();
            }
            all.add(new WorkingPattern(days));
        }
        return all;
    }
}

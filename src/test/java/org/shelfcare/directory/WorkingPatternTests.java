package org.shelfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property
    void formatThenParseGivesTheSamePattern(@ForAll("patterns") WorkingPattern pattern) {
        assertThat(WorkingPattern.parse(pattern.format())).isEqualTo(pattern);
    }

    @Property
    void coversExactlyTheGivenParts(@ForAll("patterns") WorkingPattern pattern, @ForAll DayOfWeek day,
            @ForAll DayPart part) {
        LocalDate date = MONDAY.plusDays(day.getValue() - 1);
        assertThat(pattern.covers(date, part)).isEqualTo(pattern.days().getOrDefault(day, Set.of()).contains(part));
    }

    @Provide
    Arbitrary<WorkingPattern> patterns() {
        Arbitrary<Set<DayPart>> parts = Arbitraries.of(Set.of(), EnumSet.of(DayPart.AM), EnumSet.of(DayPart.PM),
                EnumSet.allOf(DayPart.class));
        return parts.list().ofSize(7).map(list -> {
            Map<DayOfWeek, Set<DayPart>> days = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                days.put(day, list.get(day.ordinal()));
            }
            return new WorkingPattern(days);
        });
    }
}

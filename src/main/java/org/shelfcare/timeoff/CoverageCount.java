package org.shelfcare.timeoff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.StaffMember;
import org.shelfcare.directory.WorkingPattern.DayPart;

/**
 * Counts who is present, from working patterns and time off, with no database: a person is present
 * in a half of a day when their working pattern covers it and no time off takes it. Full days take
 * both halves, a morning or an afternoon takes that half, and hours take neither (a few hours away
 * leave the person counted, as the desk is planned around them). Dates are local dates throughout,
 * so a change of clocks never moves a day.
 */
final class CoverageCount {

    /** Time off that takes days: a person, local dates (the last one included) and a portion. */
    record Absence(UUID personId, LocalDate startDate, LocalDate endDate, LeavePortion portion) {}

    private final Map<LocalDate, Map<UUID, Set<DayPart>>> away = new HashMap<>();

    /** Counts over {@code from} to {@code to}; time off outside those days is ignored. */
    CoverageCount(Collection<Absence> absences, LocalDate from, LocalDate to) {
        absences.forEach(absence -> add(absence, from, to));
    }

    /** Adds time off, e.g. a request that is not yet approved, to see what approving it would do. */
    CoverageCount add(Absence absence, LocalDate from, LocalDate to) {
        Set<DayPart> parts = switch (absence.portion()) {
            case FULL_DAYS -> EnumSet.allOf(DayPart.class);
            case AM -> EnumSet.of(DayPart.AM);
            case PM -> EnumSet.of(DayPart.PM);
            case HOURS -> EnumSet.noneOf(DayPart.class);
        };
        if (parts.isEmpty()) {
            return this;
        }
        LocalDate first = absence.startDate().isBefore(from) ? from : absence.startDate();
        LocalDate last = absence.endDate().isAfter(to) ? to : absence.endDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            away.computeIfAbsent(day, d -> new HashMap<>())
                    .computeIfAbsent(absence.personId(), p -> EnumSet.noneOf(DayPart.class)).addAll(parts);
        }
        return this;
    }

    /** Whether the person is at work on the day in that half (in both halves when {@code part} is null). */
    boolean present(StaffMember person, LocalDate day, @Nullable DayPart part) {
        if (part == null) {
            return present(person, day, DayPart.AM) && present(person, day, DayPart.PM);
        }
        if (!person.workingPattern().covers(day, part)) {
            return false;
        }
        Set<DayPart> taken = away.getOrDefault(day, Map.of()).get(person.id());
        return taken == null || !taken.contains(part);
    }

    /**
     * How many of {@code people} are present on the day in that half; for the whole day, the
     * smaller of the morning and afternoon counts (one person in the morning and another in the
     * afternoon make one person present all day).
     */
    int present(Collection<StaffMember> people, LocalDate day, @Nullable DayPart part) {
        if (part == null) {
            return Math.min(present(people, day, DayPart.AM), present(people, day, DayPart.PM));
        }
        int count = 0;
        for (StaffMember person : people) {
            if (present(person, day, part)) {
                count++;
            }
        }
        return count;
    }

    /** The days from {@code from} to {@code to} on which the rule's weekdays fall and its unit is short. */
    List<CoverageShortfall> shortfalls(CoverageRule rule, Collection<StaffMember> staff, LocalDate from, LocalDate to) {
        List<StaffMember> unit = staff.stream().filter(rule::includes).toList();
        List<CoverageShortfall> gaps = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (rule.weekdays().contains(day.getDayOfWeek())) {
                int present = present(unit, day, rule.part());
                if (present < rule.minimum()) {
                    gaps.add(new CoverageShortfall(rule.id(), rule.unit(), day, rule.part(), present, rule.minimum()));
                }
            }
        }
        return gaps;
    }
}

package org.shelfcare.timeoff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.StaffMember;
import org.shelfcare.directory.Unit;
import org.shelfcare.directory.WorkingPattern;
import org.shelfcare.directory.WorkingPattern.DayPart;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage rules, the coverage gaps ahead, the warnings a request would set off, and the team
 * calendar. Admins manage rules; admins and supervisors read rules and gaps; everyone in the
 * library sees the calendar. Only approved time off takes people away, and nothing here ever says
 * why someone is out: names, dates and half days only, and counts of people present.
 */
@Service
@Transactional
public class CoverageManagement {

    /** The longest range the calendar and the gaps answer, in days (a range includes its last day). */
    public static final int MAX_RANGE_DAYS = 366;
    /** How far the gaps report looks ahead by default. */
    public static final int GAP_WEEKS = 8;
    public static final int MINIMUM_MAX = 1000;

    private final CoverageRules rules;
    private final DirectoryManagement directory;

    CoverageManagement(CoverageRules rules, DirectoryManagement directory) {
        this.rules = rules;
        this.directory = directory;
    }

    /** A rule as typed: a branch and/or a department (ids), weekday codes (MON..SUN), AM, PM or nothing, a minimum. */
    public record RuleDraft(@Nullable String branchId, @Nullable String departmentId, @Nullable List<String> weekdays,
            @Nullable String part, @Nullable String minimum) {}

    /** Some days, the last one included. */
    public record Range(LocalDate from, LocalDate to) {}

    // ---- rules ------------------------------------------------------------------------------------

    /** The library's rules, in the order they were made: admins and supervisors (others 403). */
    @Transactional(readOnly = true)
    public List<CoverageRule> rules(CurrentUser viewer) {
        viewer.requireAny(Role.ADMIN, Role.SUPERVISOR);
        Library library = library(viewer.organizationId());
        return rules.all(viewer.organizationId()).stream().map(library::rule).toList();
    }

    /** One rule: admins and supervisors; another library's rule answers 404. */
    @Transactional(readOnly = true)
    public CoverageRule rule(CurrentUser viewer, UUID id) {
        viewer.requireAny(Role.ADMIN, Role.SUPERVISOR);
        CoverageRules.Row row = rules.find(viewer.organizationId(), id).orElseThrow(Problems::notFound);
        return library(viewer.organizationId()).rule(row);
    }

    /**
     * A new rule (admins). A minimum above the unit's present team size is saved; the answer says
     * so through {@link CoverageRule#aboveTeamSize()}.
     */
    public CoverageRule create(CurrentUser admin, RuleDraft draft) {
        admin.require(Role.ADMIN);
        Library library = library(admin.organizationId());
        CoverageRules.Row row = check(library, UUID.randomUUID(), draft);
        rules.insert(admin.organizationId(), row);
        return library.rule(row);
    }

    public CoverageRule change(CurrentUser admin, UUID id, RuleDraft draft) {
        admin.require(Role.ADMIN);
        rules.find(admin.organizationId(), id).orElseThrow(Problems::notFound);
        Library library = library(admin.organizationId());
        CoverageRules.Row row = check(library, id, draft);
        rules.update(admin.organizationId(), row);
        return library.rule(row);
    }

    public void delete(CurrentUser admin, UUID id) {
        admin.require(Role.ADMIN);
        if (!rules.delete(admin.organizationId(), id)) {
            throw Problems.notFound();
        }
    }

    // ---- gaps and calendar ------------------------------------------------------------------------

    /**
     * Days on which a unit falls short of a rule, by date and then in the order of the rules:
     * admins and supervisors. Without dates, the next {@value #GAP_WEEKS} weeks from today.
     */
    @Transactional(readOnly = true)
    public List<CoverageShortfall> gaps(CurrentUser viewer, @Nullable String from, @Nullable String to) {
        viewer.requireAny(Role.ADMIN, Role.SUPERVISOR);
        LocalDate today = today(viewer);
        Range range = range(from, to, today, today.plusWeeks(GAP_WEEKS).minusDays(1));
        UUID orgId = viewer.organizationId();
        Library library = library(orgId);
        CoverageCount count = count(orgId, range);
        List<CoverageShortfall> gaps = new ArrayList<>();
        for (CoverageRules.Row row : rules.all(orgId)) {
            gaps.addAll(count.shortfalls(library.rule(row), library.staff(), range.from(), range.to()));
        }
        gaps.sort(Comparator.comparing(CoverageShortfall::date));
        return gaps;
    }

    /**
     * Every day of the range with who is out (approved time off of the library's active people, in
     * the branch and department when given) and the shortfalls of the rules about that branch and
     * department. Anyone in the library; an unknown or another library's branch or department
     * answers 404. Without dates, four weeks from today.
     */
    @Transactional(readOnly = true)
    public List<CalendarDay> calendar(CurrentUser viewer, @Nullable String from, @Nullable String to,
            @Nullable String branch, @Nullable String department) {
        LocalDate today = today(viewer);
        Range range = range(from, to, today, today.plusWeeks(4).minusDays(1));
        UUID orgId = viewer.organizationId();
        Library library = library(orgId);
        UUID branchId = unit(library.branches(), branch);
        UUID departmentId = unit(library.departments(), department);
        Map<UUID, StaffMember> shown = library.staff().stream()
                .filter(p -> (branchId == null || branchId.equals(p.branchId()))
                        && (departmentId == null || departmentId.equals(p.departmentId())))
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));

        List<CoverageRules.Leave> leave = rules.approvedBetween(orgId, range.from(), range.to());
        Map<LocalDate, List<CalendarDay.Out>> out = new HashMap<>();
        for (CoverageRules.Leave taken : leave) {
            StaffMember person = shown.get(taken.personId());
            if (person == null) {
                continue;
            }
            LocalDate first = taken.startDate().isBefore(range.from()) ? range.from() : taken.startDate();
            LocalDate last = taken.endDate().isAfter(range.to()) ? range.to() : taken.endDate();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                out.computeIfAbsent(day, d -> new ArrayList<>()).add(new CalendarDay.Out(person.id(), person.name(),
                        taken.portion(), taken.startTime(), taken.endTime()));
            }
        }

        CoverageCount count = new CoverageCount(leave.stream().map(CoverageRules.Leave::absence).toList(),
                range.from(), range.to());
        Map<LocalDate, List<CoverageShortfall>> shortfalls = new HashMap<>();
        for (CoverageRules.Row row : rules.all(orgId)) {
            CoverageRule rule = library.rule(row);
            if ((branchId == null || branchId.equals(rule.branchId()))
                    && (departmentId == null || departmentId.equals(rule.departmentId()))) {
                for (CoverageShortfall gap : count.shortfalls(rule, library.staff(), range.from(), range.to())) {
                    shortfalls.computeIfAbsent(gap.date(), d -> new ArrayList<>()).add(gap);
                }
            }
        }

        Comparator<CalendarDay.Out> byName = Comparator.comparing((CalendarDay.Out o) -> o.name().toLowerCase(Locale.ROOT))
                .thenComparing(o -> o.personId());
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            List<CalendarDay.Out> outThatDay = out.getOrDefault(day, List.of());
            days.add(new CalendarDay(day, outThatDay.stream().sorted(byName).toList(),
                    shortfalls.getOrDefault(day, List.of())));
        }
        return days;
    }

    // ---- warnings ---------------------------------------------------------------------------------

    /**
     * The shortfalls that the person's own time off, as typed on the request form, would cause if it
     * were approved. Input the form would refuse gives no warning (the form says what is wrong).
     */
    @Transactional(readOnly = true)
    public List<CoverageShortfall> wouldBreak(CurrentUser person, @Nullable String startDate, @Nullable String endDate,
            @Nullable String portion) {
        LocalDate start;
        LocalDate end;
        LeavePortion taken;
        try {
            start = LocalDate.parse(Objects.requireNonNullElse(startDate, "").strip());
            String last = Objects.requireNonNullElse(endDate, "").strip();
            end = last.isEmpty() ? start : LocalDate.parse(last);
            String text = Objects.requireNonNullElse(portion, "").strip().toUpperCase(Locale.ROOT);
            taken = text.isEmpty() ? LeavePortion.FULL_DAYS : LeavePortion.valueOf(text);
        } catch (DateTimeParseException | IllegalArgumentException notUsable) {
            return List.of();
        }
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MAX_RANGE_DAYS) {
            return List.of();
        }
        return wouldBreak(person.organizationId(), person.personId(), new Range(start, end), taken);
    }

    /**
     * What approving a pending request would leave short, for whoever may see the request (its
     * requester, its approver, the admins). Decided or cancelled requests give none.
     */
    @Transactional(readOnly = true)
    public List<CoverageShortfall> wouldBreak(CurrentUser viewer, LeaveRequest request) {
        if (request.status() != LeaveStatus.PENDING) {
            return List.of();
        }
        return wouldBreak(viewer.organizationId(), request.personId(),
                new Range(request.startDate(), request.endDate()), request.portion());
    }

    private List<CoverageShortfall> wouldBreak(UUID orgId, UUID personId, Range range, LeavePortion portion) {
        Library library = library(orgId);
        StaffMember person = library.staff().stream().filter(p -> p.id().equals(personId)).findFirst().orElse(null);
        if (person == null) {
            return List.of();
        }
        List<CoverageRule> theirs = rules.all(orgId).stream().map(library::rule).filter(r -> r.includes(person)).toList();
        if (theirs.isEmpty()) {
            return List.of();
        }
        List<CoverageCount.Absence> approved = rules.approvedBetween(orgId, range.from(), range.to()).stream()
                .map(CoverageRules.Leave::absence).toList();
        CoverageCount before = new CoverageCount(approved, range.from(), range.to());
        CoverageCount after = new CoverageCount(approved, range.from(), range.to())
                .add(new CoverageCount.Absence(personId, range.from(), range.to(), portion), range.from(), range.to());
        Map<UUID, List<StaffMember>> units = new HashMap<>();
        theirs.forEach(rule -> units.put(rule.id(), library.staff().stream().filter(rule::includes).toList()));
        List<CoverageShortfall> broken = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            for (CoverageRule rule : theirs) {
                if (!rule.weekdays().contains(day.getDayOfWeek())) {
                    continue;
                }
                List<StaffMember> unit = units.get(rule.id());
                int present = after.present(unit, day, rule.part());
                if (present < rule.minimum() && present < before.present(unit, day, rule.part())) {
                    broken.add(new CoverageShortfall(rule.id(), rule.unit(), day, rule.part(), present, rule.minimum()));
                }
            }
        }
        return broken;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Today where the person is: dates are local dates. */
    public LocalDate today(CurrentUser person) {
        return LocalDate.now(person.zone());
    }

    /** A range from typed dates: both default, the last day not before the first, at most {@value #MAX_RANGE_DAYS} days. */
    public static Range range(@Nullable String from, @Nullable String to, LocalDate defaultFrom, LocalDate defaultTo) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        boolean fromGiven = from != null && !from.isBlank();
        LocalDate start = date(from, defaultFrom, "from", errors);
        LocalDate end = date(to, fromGiven && start != null ? start.plusDays(ChronoUnit.DAYS.between(defaultFrom, defaultTo))
                : defaultTo, "to", errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new InvalidInput.FieldError("to", "timeoff.range.endBeforeStart", new Object[0]));
            } else if (ChronoUnit.DAYS.between(start, end) >= MAX_RANGE_DAYS) {
                errors.add(new InvalidInput.FieldError("to", "timeoff.range.tooLong", new Object[] {MAX_RANGE_DAYS}));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Range(Objects.requireNonNull(start), Objects.requireNonNull(end));
    }

    private static @Nullable LocalDate date(@Nullable String text, LocalDate fallback, String field,
            List<InvalidInput.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            errors.add(new InvalidInput.FieldError(field, "timeoff.request.badDate", new Object[0]));
            return null;
        }
    }

    private CoverageCount count(UUID orgId, Range range) {
        return new CoverageCount(rules.approvedBetween(orgId, range.from(), range.to()).stream()
                .map(CoverageRules.Leave::absence).toList(), range.from(), range.to());
    }

    /** A branch or department id of the library; blank is none; anything else answers 404. */
    private static @Nullable UUID unit(Map<UUID, String> units, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text.strip());
            if (units.containsKey(id)) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // not one of the library's units
        }
        throw Problems.notFound();
    }

    private CoverageRules.Row check(Library library, UUID id, RuleDraft draft) {
        UUID branchId = unit(library.branches(), draft.branchId());
        UUID departmentId = unit(library.departments(), draft.departmentId());
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (branchId == null && departmentId == null) {
            errors.add(new InvalidInput.FieldError("branchId", "timeoff.coverage.unitMissing", new Object[0]));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        try {
            for (String code : Objects.requireNonNullElse(draft.weekdays(), List.<String>of())) {
                if (code != null && !code.isBlank()) {
                    days.addAll(WorkingPattern.parse(code.strip()).days().keySet());
                }
            }
            if (days.isEmpty()) {
                errors.add(new InvalidInput.FieldError("weekdays", "timeoff.coverage.weekdaysMissing", new Object[0]));
            }
        } catch (IllegalArgumentException notADay) {
            errors.add(new InvalidInput.FieldError("weekdays", "timeoff.coverage.weekdaysMissing", new Object[0]));
        }
        DayPart part = null;
        String partText = Objects.requireNonNullElse(draft.part(), "").strip().toUpperCase(Locale.ROOT);
        if (!partText.isEmpty() && !partText.equals("DAY")) {
            try {
                part = DayPart.valueOf(partText);
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInput.FieldError("part", "timeoff.coverage.badPart", new Object[0]));
            }
        }
        int minimum = 0;
        try {
            minimum = Integer.parseInt(Objects.requireNonNullElse(draft.minimum(), "").strip());
        } catch (NumberFormatException notANumber) {
            minimum = 0;
        }
        if (minimum < 1 || minimum > MINIMUM_MAX) {
            errors.add(new InvalidInput.FieldError("minimum", "timeoff.coverage.minimumRange",
                    new Object[] {MINIMUM_MAX}));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CoverageRules.Row(id, branchId, departmentId, days, part, minimum);
    }

    /** The library's branches, departments and active people, read once per call. */
    private record Library(Map<UUID, String> branches, Map<UUID, String> departments, List<StaffMember> staff) {

        CoverageRule rule(CoverageRules.Row row) {
            int size = 0;
            for (StaffMember person : staff) {
                if ((row.branchId() == null || row.branchId().equals(person.branchId()))
                        && (row.departmentId() == null || row.departmentId().equals(person.departmentId()))) {
                    size++;
                }
            }
            return new CoverageRule(row.id(), row.branchId(), row.branchId() == null ? null : branches.get(row.branchId()),
                    row.departmentId(), row.departmentId() == null ? null : departments.get(row.departmentId()),
                    row.weekdays(), row.part(), row.minimum(), size);
        }
    }

    private Library library(UUID orgId) {
        return new Library(names(directory.branches(orgId)), names(directory.departments(orgId)),
                directory.activeStaff(orgId));
    }

    private static Map<UUID, String> names(List<Unit> units) {
        Map<UUID, String> names = new LinkedHashMap<>();
        units.forEach(unit -> names.put(unit.id(), unit.name()));
        return names;
    }
}

package org.shelfcare.training;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.RosterMember;
import org.shelfcare.directory.Unit;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance view: supervisors about their direct reports, admins and wellness leads about the
 * library; completion per required training, department and branch (people who also work at other
 * branches count under each), the people by name, filters by branch, department, training and
 * status, a history of the last months, and the same as CSV. Others get 403.
 */
@Service
@Transactional(readOnly = true)
public class TrainingCompliance {

    /** How many months the history covers, this one included. */
    public static final int HISTORY_MONTHS = 12;

    private final TrainingManagement training;
    private final DirectoryManagement directory;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    TrainingCompliance(TrainingManagement training, DirectoryManagement directory, JdbcClient jdbc,
            MessageSource messages) {
        this.training = training;
        this.directory = directory;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** What the filters offer: the library's branches and departments, and the trainings anyone must take. */
    public record Choices(List<Unit> branches, List<Unit> departments, List<Unit> items) {}

    public Choices choices(CurrentUser viewer) {
        requireViewer(viewer);
        Map<UUID, String> required = new java.util.LinkedHashMap<>();
        training.requirements(viewer).forEach(r -> required.putIfAbsent(r.itemId(), r.itemTitle()));
        return new Choices(directory.branches(viewer.organizationId()), directory.departments(viewer.organizationId()),
                required.entrySet().stream().map(e -> new Unit(e.getKey(), e.getValue())).toList());
    }

    /**
     * The filters as typed (query parameters): blank means any; a malformed id or an unknown status
     * answers field errors (400); an id that is not one of the library's branches, departments or
     * trainings answers 404.
     */
    public ComplianceFilter filter(CurrentUser viewer, @Nullable String branch, @Nullable String department,
            @Nullable String item, @Nullable String status) {
        requireViewer(viewer);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        UUID branchId = id(branch, "branch", errors);
        UUID departmentId = id(department, "department", errors);
        UUID itemId = id(item, "item", errors);
        TrainingStatus chosen = null;
        if (status != null && !status.isBlank()) {
            try {
                chosen = TrainingStatus.valueOf(status.strip());
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInput.FieldError("status", "training.filter.statusInvalid", new Object[0]));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID org = viewer.organizationId();
        if ((branchId != null && directory.branches(org).stream().noneMatch(u -> u.id().equals(branchId)))
                || (departmentId != null && directory.departments(org).stream().noneMatch(u -> u.id().equals(departmentId)))
                || (itemId != null && training.catalog(viewer).stream().noneMatch(i -> i.id().equals(itemId)))) {
            throw Problems.notFound();
        }
        return new ComplianceFilter(branchId, departmentId, itemId, chosen);
    }

    private static @Nullable UUID id(@Nullable String text, String field, List<InvalidInput.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            errors.add(new InvalidInput.FieldError(field, "training.filter.unknown", new Object[0]));
            return null;
        }
    }

    /** One person's standing on one training they must take, with the interval that applies. */
    private record Standing(RosterMember person, List<UUID> otherBranches, UUID itemId, String itemTitle, int months,
            TrainingStatus status, @Nullable LocalDate expiresOn, @Nullable LocalDate dueBy) {}

    public Compliance compliance(CurrentUser viewer, ComplianceFilter filter) {
        requireViewer(viewer);
        UUID org = viewer.organizationId();
        Locale locale = viewer.locale();
        LocalDate today = LocalDate.now(viewer.zone());
        Map<UUID, List<UUID>> others = directory.otherBranches(org);
        Map<UUID, String> branchNames = directory.branches(org).stream().collect(Collectors.toMap(Unit::id, Unit::name));
        List<RosterMember> people = training.scope(viewer).values().stream()
                .filter(p -> filter.department() == null || filter.department().equals(p.departmentId()))
                .filter(p -> filter.branch() == null || filter.branch().equals(p.branchId())
                        || others.getOrDefault(p.id(), List.of()).contains(filter.branch()))
                .toList();
        List<Requirement> requirements = training.requirements(viewer);
        Map<UUID, String> titles = new HashMap<>();
        requirements.forEach(r -> titles.put(r.itemId(), r.itemTitle()));
        Map<UUID, Map<UUID, List<LocalDate>>> done = completionDates(org);

        List<Standing> standings = new ArrayList<>();
        for (RosterMember person : people) {
            Map<UUID, LocalDate> due = TrainingManagement.dueDates(requirements, person);
            for (Map.Entry<UUID, Integer> owed : TrainingManagement.obligations(requirements, person).entrySet()) {
                if (filter.item() != null && !filter.item().equals(owed.getKey())) {
                    continue;
                }
                List<LocalDate> dates = done.getOrDefault(person.id(), Map.of()).getOrDefault(owed.getKey(), List.of());
                LocalDate last = dates.isEmpty() ? null : dates.get(0);
                LocalDate expires = expiry(last, owed.getValue());
                LocalDate dueBy = last == null ? due.get(owed.getKey()) : null;
                standings.add(new Standing(person, others.getOrDefault(person.id(), List.of()), owed.getKey(),
                        titles.get(owed.getKey()), owed.getValue(), TrainingStatus.on(today, last, expires, dueBy), expires,
                        dueBy));
            }
        }

        String none = t("training.compliance.none", locale);
        List<Compliance.Rate> byItem = rates(standings, null);
        List<Compliance.Rate> byDepartment = rates(standings,
                s -> List.of(s.person().departmentName() == null ? none : s.person().departmentName()));
        List<Compliance.Rate> byBranch = rates(standings, s -> {
            Set<String> units = new LinkedHashSet<>();
            if (filter.branch() != null) {
                units.add(branchNames.getOrDefault(filter.branch(), none));
            } else {
                units.add(s.person().branchName() == null ? none : s.person().branchName());
                s.otherBranches().forEach(b -> units.add(branchNames.getOrDefault(b, none)));
            }
            return List.copyOf(units);
        });

        List<Compliance.Gap> listed = standings.stream()
                .filter(s -> filter.status() == null || s.status() == filter.status())
                .sorted(Comparator.comparingInt((Standing s) -> TrainingManagement.urgency(s.status()))
                        .thenComparing(s -> s.person().name().toLowerCase(Locale.ROOT))
                        .thenComparing(s -> s.itemTitle().toLowerCase(Locale.ROOT)))
                .map(s -> new Compliance.Gap(s.person().id(), s.person().name(), s.person().departmentName(),
                        s.person().branchName(), s.otherBranches().stream().map(b -> branchNames.getOrDefault(b, none))
                                .toList(), s.itemId(), s.itemTitle(), s.status(),
                        s.status() == TrainingStatus.OVERDUE ? (s.expiresOn() != null ? s.expiresOn() : s.dueBy()) : null,
                        s.expiresOn()))
                .toList();
        List<Compliance.Gap> overdue = listed.stream()
                .filter(g -> g.status() == TrainingStatus.OVERDUE || g.status() == TrainingStatus.NEVER_DONE).toList();
        return new Compliance(TrainingManagement.manages(viewer), people.size(), filter, byItem, byDepartment, byBranch,
                overdue, listed, history(standings, done, today));
    }

    /**
     * At the end of each of the last months (this month: today), how many of today's person-trainings
     * were complete, from the completion dates (a completion counts from its date until it expires).
     */
    private static List<Compliance.Month> history(List<Standing> standings, Map<UUID, Map<UUID, List<LocalDate>>> done,
            LocalDate today) {
        List<Compliance.Month> months = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int back = HISTORY_MONTHS - 1; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            LocalDate asOf = back == 0 ? today : month.atEndOfMonth();
            int complete = 0;
            for (Standing s : standings) {
                List<LocalDate> dates = done.getOrDefault(s.person().id(), Map.of()).getOrDefault(s.itemId(), List.of());
                LocalDate last = dates.stream().filter(d -> !d.isAfter(asOf)).findFirst().orElse(null);
                if (TrainingStatus.on(asOf, last, expiry(last, s.months())).complete()) {
                    complete++;
                }
            }
            months.add(new Compliance.Month(month, asOf, standings.size(), complete));
        }
        return months;
    }

    /** Per person and training, the dates of completions that count (not rejected), newest first. */
    private Map<UUID, Map<UUID, List<LocalDate>>> completionDates(UUID orgId) {
        Map<UUID, Map<UUID, List<LocalDate>>> dates = new HashMap<>();
        jdbc.sql("""
                SELECT person_id, item_id, completed_on FROM training_completion
                WHERE org_id = ? AND status <> 'REJECTED' ORDER BY completed_on DESC, created_at DESC, id""")
                .param(orgId)
                .query(rs -> {
                    dates.computeIfAbsent(rs.getObject("person_id", UUID.class), p -> new HashMap<>())
                            .computeIfAbsent(rs.getObject("item_id", UUID.class), i -> new ArrayList<>())
                            .add(rs.getDate("completed_on").toLocalDate());
                });
        return dates;
    }

    private static @Nullable LocalDate expiry(@Nullable LocalDate last, int months) {
        return last == null || months == 0 ? null : last.plusMonths(months);
    }

    /** Completion per training, and per unit when {@code units} names the units each standing counts under. */
    private static List<Compliance.Rate> rates(List<Standing> standings,
            @Nullable Function<Standing, List<String>> units) {
        record Key(UUID item, String title, @Nullable String unit) {}
        Map<Key, int[]> counts = new TreeMap<>(Comparator.comparing((Key k) -> k.title().toLowerCase(Locale.ROOT))
                .thenComparing(Key::item).thenComparing(k -> k.unit() == null ? "" : k.unit().toLowerCase(Locale.ROOT)));
        for (Standing s : standings) {
            for (@Nullable String unit : units == null ? java.util.Collections.<@Nullable String>singletonList(null)
                    : units.apply(s)) {
                int[] c = counts.computeIfAbsent(new Key(s.itemId(), s.itemTitle(), unit), k -> new int[2]);
                c[0]++;
                if (s.status().complete()) {
                    c[1]++;
                }
            }
        }
        return counts.entrySet().stream().map(e -> new Compliance.Rate(e.getKey().item(), e.getKey().title(),
                e.getKey().unit(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /**
     * The compliance view as CSV (UTF-8, RFC 4180), with the same filters: rates by department and
     * branch, the people by name (overdue and never done, or those with the status chosen), then the
     * history by month.
     */
    public String csv(CurrentUser viewer, ComplianceFilter filter) {
        Compliance c = compliance(viewer, filter);
        Locale l = viewer.locale();
        StringBuilder out = new StringBuilder();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(t("training.csv.section", l), t("training.csv.training", l), t("training.csv.unit", l),
                    t("training.csv.person", l), t("training.csv.required", l), t("training.csv.complete", l),
                    t("training.csv.status", l), t("training.csv.expired", l));
            for (Compliance.Rate r : c.byDepartment()) {
                csv.printRecord(t("training.csv.department", l), cell(r.itemTitle()), cell(r.unit()), "", r.required(),
                        r.complete(), "", "");
            }
            for (Compliance.Rate r : c.byBranch()) {
                csv.printRecord(t("training.csv.branch", l), cell(r.itemTitle()), cell(r.unit()), "", r.required(),
                        r.complete(), "", "");
            }
            String section = t(filter.status() == null ? "training.csv.overdue" : "training.csv.people", l);
            for (Compliance.Gap g : filter.status() == null ? c.overdue() : c.listed()) {
                csv.printRecord(section, cell(g.itemTitle()), cell(g.department()),
                        cell(g.personName()), "", "", t("training.status." + g.status(), l),
                        g.expiredOn() == null ? "" : g.expiredOn().toString());
            }
            for (Compliance.Month m : c.history()) {
                csv.printRecord(t("training.csv.history", l), "", m.month().toString(), "", m.required(), m.complete(),
                        "", "");
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    /** A cell that a spreadsheet will not run as a formula. */
    private static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void requireViewer(CurrentUser viewer) {
        if (!TrainingManagement.reviews(viewer)) {
            throw Problems.forbidden();
        }
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

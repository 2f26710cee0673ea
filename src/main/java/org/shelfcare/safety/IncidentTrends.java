package org.shelfcare.safety;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Unit;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trends for safety leads and admins: how many submitted incidents (never drafts) the library had
 * by type, by branch and by month, over a period of whole months (by default the last twelve).
 * Only the factual record's type, branch and date are counted: never who was affected, care
 * notes or check-ins. Reports that name the viewer as their subject are left out of the viewer's
 * counts, as they are left out of every list the viewer sees. Another library's admin sees their
 * own library's trends only.
 */
@Service
@Transactional(readOnly = true)
public class IncidentTrends {

    /** The longest period one may ask for, in months. */
    public static final int MAX_MONTHS = 36;

    private final JdbcClient jdbc;
    private final IncidentTypes types;
    private final DirectoryManagement directory;
    private final MessageSource messages;

    IncidentTrends(JdbcClient jdbc, IncidentTypes types, DirectoryManagement directory, MessageSource messages) {
        this.jdbc = jdbc;
        this.types = types;
        this.directory = directory;
        this.messages = messages;
    }

    /** A period of whole months, both ends included. */
    public record Period(YearMonth from, YearMonth to) {}

    /** How many incidents had a type; {@code code} null for reports saved without one. */
    public record TypeCount(@Nullable String code, String label, long count) {}

    /** How many incidents happened at a branch; {@code branchId} null for reports without a branch. */
    public record BranchCount(@Nullable UUID branchId, String name, long count) {}

    /** How many incidents happened in a month (every month of the period, zeros included). */
    public record MonthCount(YearMonth month, long count) {}

    public record Trends(Period period, long total, List<TypeCount> byType, List<BranchCount> byBranch,
            List<MonthCount> byMonth) {}

    /** Only safety leads and admins see trends (others 403). */
    public static boolean sees(CurrentUser person) {
        return SafetyManagement.readsAll(person);
    }

    /** The last twelve whole months before the current one, in the person's time zone. */
    public static Period defaultPeriod(ZoneId zone) {
        YearMonth to = YearMonth.now(zone).minusMonths(1);
        return new Period(to.minusMonths(11), to);
    }

    /**
     * The period from two {@code YYYY-MM} values (blank for the default); a malformed month, a
     * start after the end or more than {@link #MAX_MONTHS} months answer 400.
     */
    public static Period period(@Nullable String from, @Nullable String to, ZoneId zone) {
        Period fallback = defaultPeriod(zone);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        YearMonth start = month("from", from, fallback.from(), errors);
        YearMonth end = month("to", to, fallback.to(), errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.add(new InvalidInput.FieldError("to", "safety.trends.order", new Object[0]));
        } else if (errors.isEmpty() && start.plusMonths(MAX_MONTHS - 1L).isBefore(end)) {
            errors.add(new InvalidInput.FieldError("to", "safety.trends.tooLong", new Object[] {MAX_MONTHS}));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Period(start, end);
    }

    private static YearMonth month(String field, @Nullable String value, YearMonth fallback,
            List<InvalidInput.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException bad) {
            errors.add(new InvalidInput.FieldError(field, "safety.trends.monthFormat", new Object[0]));
            return fallback;
        }
    }

    /** The counts of the person's library over the period, in their time zone and language. */
    public Trends trends(CurrentUser viewer, Period period, Locale locale) {
        if (!sees(viewer)) {
            throw Problems.forbidden();
        }
        ZoneId zone = viewer.zone();
        Instant start = period.from().atDay(1).atStartOfDay(zone).toInstant();
        Instant end = period.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        record Row(@Nullable String type, @Nullable UUID branch, Instant at) {}
        List<Row> rows = jdbc.sql("""
                SELECT i.type_code, i.branch_id, i.occurred_at FROM safety_incident i
                WHERE i.org_id = ? AND i.status = 'SUBMITTED' AND i.occurred_at >= ? AND i.occurred_at < ?
                  AND NOT EXISTS (SELECT 1 FROM safety_incident_person p
                                  WHERE p.incident_id = i.id AND p.part = 'SUBJECT' AND p.person_id = ?)""")
                .params(viewer.organizationId(), Timestamp.from(start), Timestamp.from(end), viewer.personId())
                .query((rs, n) -> new Row(rs.getString("type_code"), rs.getObject("branch_id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
        Map<String, Long> typeCounts = new LinkedHashMap<>();
        Map<String, Long> branchCounts = new LinkedHashMap<>();
        TreeMap<YearMonth, Long> monthCounts = new TreeMap<>();
        for (YearMonth m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
            monthCounts.put(m, 0L);
        }
        for (Row row : rows) {
            typeCounts.merge(row.type() == null ? "" : row.type(), 1L, Long::sum);
            branchCounts.merge(row.branch() == null ? "" : row.branch().toString(), 1L, Long::sum);
            monthCounts.merge(YearMonth.from(row.at().atZone(zone)), 1L, Long::sum);
        }
        List<TypeCount> byType = new ArrayList<>();
        typeCounts.forEach((code, count) -> byType.add(new TypeCount(code.isEmpty() ? null : code,
                types.label(viewer.organizationId(), code.isEmpty() ? null : code, locale), count)));
        byType.sort(Comparator.comparingLong(TypeCount::count).reversed().thenComparing(TypeCount::label));
        Map<String, String> branchNames = new LinkedHashMap<>();
        for (Unit unit : directory.branches(viewer.organizationId())) {
            branchNames.put(unit.id().toString(), unit.name());
        }
        List<BranchCount> byBranch = new ArrayList<>();
        branchCounts.forEach((id, count) -> byBranch.add(new BranchCount(id.isEmpty() ? null : UUID.fromString(id),
                id.isEmpty() ? t("safety.trends.noBranch", locale)
                        : branchNames.getOrDefault(id, t("safety.trends.formerBranch", locale)), count)));
        byBranch.sort(Comparator.comparingLong(BranchCount::count).reversed().thenComparing(BranchCount::name));
        List<MonthCount> byMonth = new ArrayList<>();
        monthCounts.forEach((month, count) -> byMonth.add(new MonthCount(month, count)));
        return new Trends(period, rows.size(), byType, byBranch, byMonth);
    }

    /**
     * The same counts as CSV (UTF-8, RFC 4180) with the columns type, branch, month and count: each
     * row fills one of the first three. Names a spreadsheet would read as a formula are neutralized.
     */
    public String csv(CurrentUser viewer, Period period, Locale locale) {
        Trends trends = trends(viewer, period, locale);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(t("safety.trends.csv.type", locale), t("safety.trends.csv.branch", locale),
                    t("safety.trends.csv.month", locale), t("safety.trends.csv.count", locale));
            for (TypeCount type : trends.byType()) {
                csv.printRecord(cell(type.label()), "", "", type.count());
            }
            for (BranchCount branch : trends.byBranch()) {
                csv.printRecord("", cell(branch.name()), "", branch.count());
            }
            for (MonthCount month : trends.byMonth()) {
                csv.printRecord("", "", month.month().toString(), month.count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The export's file name, e.g. {@code incident-trends-2025-11-to-2026-10.csv}. */
    public static String filename(Period period) {
        return "incident-trends-" + period.from() + "-to-" + period.to() + ".csv";
    }

    private static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

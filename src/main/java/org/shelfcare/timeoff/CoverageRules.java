package org.shelfcare.timeoff;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.WorkingPattern;
import org.shelfcare.directory.WorkingPattern.DayPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Coverage rule rows, and the approved time off that coverage and the calendar count. Every query names the library. */
@Repository
class CoverageRules {

    private final JdbcClient jdbc;

    CoverageRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored rule, without names: the service adds them from the directory. */
    record Row(UUID id, @Nullable UUID branchId, @Nullable UUID departmentId, Set<DayOfWeek> weekdays,
            @Nullable DayPart part, int minimum) {}

    /** Approved time off touching some days, as the calendar shows it. */
    record Leave(UUID personId, LocalDate startDate, LocalDate endDate, LeavePortion portion,
            @Nullable LocalTime startTime, @Nullable LocalTime endTime) {

        CoverageCount.Absence absence() {
            return new CoverageCount.Absence(personId, startDate, endDate, portion);
        }
    }

    List<Row> all(UUID orgId) {
        return jdbc.sql("""
                SELECT id, branch_id, department_id, weekdays, day_part, minimum FROM timeoff_coverage_rule
                WHERE org_id = ? ORDER BY created_at, id""").param(orgId).query(CoverageRules::map).list();
    }

    Optional<Row> find(UUID orgId, UUID id) {
        return jdbc.sql("""
                SELECT id, branch_id, department_id, weekdays, day_part, minimum FROM timeoff_coverage_rule
                WHERE org_id = ? AND id = ?""").params(orgId, id).query(CoverageRules::map).optional();
    }

    void insert(UUID orgId, Row rule) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO timeoff_coverage_rule (id, org_id, branch_id, department_id, weekdays, day_part, minimum,
                    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(rule.id(), orgId, rule.branchId(), rule.departmentId(), weekdays(rule.weekdays()),
                        rule.part() == null ? null : rule.part().name(), rule.minimum(), now, now)
                .update();
    }

    void update(UUID orgId, Row rule) {
        jdbc.sql("""
                UPDATE timeoff_coverage_rule SET branch_id = ?, department_id = ?, weekdays = ?, day_part = ?,
                    minimum = ?, updated_at = ? WHERE org_id = ? AND id = ?""")
                .params(rule.branchId(), rule.departmentId(), weekdays(rule.weekdays()),
                        rule.part() == null ? null : rule.part().name(), rule.minimum(),
                        Timestamp.from(Instant.now()), orgId, rule.id())
                .update();
    }

    boolean delete(UUID orgId, UUID id) {
        return jdbc.sql("DELETE FROM timeoff_coverage_rule WHERE org_id = ? AND id = ?").params(orgId, id).update() == 1;
    }

    /** The library's approved time off that touches any of the days: one query, by first day. */
    List<Leave> approvedBetween(UUID orgId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT person_id, start_date, end_date, portion, start_time, end_time FROM timeoff_request
                WHERE org_id = ? AND status = 'APPROVED' AND start_date <= ? AND end_date >= ?
                ORDER BY start_date, person_id""")
                .params(orgId, Date.valueOf(to), Date.valueOf(from))
                .query((rs, n) -> {
                    Time start = rs.getTime("start_time");
                    Time end = rs.getTime("end_time");
                    return new Leave(rs.getObject("person_id", UUID.class), rs.getDate("start_date").toLocalDate(),
                            rs.getDate("end_date").toLocalDate(), LeavePortion.valueOf(rs.getString("portion")),
                            start == null ? null : start.toLocalTime(), end == null ? null : end.toLocalTime());
                })
                .list();
    }

    static String weekdays(Set<DayOfWeek> days) {
        StringJoiner out = new StringJoiner(",");
        EnumSet.copyOf(days).forEach(day -> out.add(WorkingPattern.code(day)));
        return out.toString();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(WorkingPattern.parse(rs.getString("weekdays")).days().keySet());
        String part = rs.getString("day_part");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("branch_id", UUID.class),
                rs.getObject("department_id", UUID.class), days, part == null ? null : DayPart.valueOf(part),
                rs.getInt("minimum"));
    }
}

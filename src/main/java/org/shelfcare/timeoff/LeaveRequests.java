package org.shelfcare.timeoff;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leave request rows. Every query names the library. */
@Repository
class LeaveRequests {

    static final String TABLE = "timeoff_request";
    static final String NOTE = "note";

    private static final String COLUMNS = """
            id, person_id, type_code, start_date, end_date, portion, start_time, end_time, note, status,
            approver_id, auto_approved, private_type, decision_comment, created_at""";

    private final JdbcClient jdbc;

    LeaveRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored row; the note is still sealed. */
    record Row(UUID id, UUID personId, String typeCode, LocalDate startDate, LocalDate endDate, LeavePortion portion,
            @Nullable LocalTime startTime, @Nullable LocalTime endTime, @Nullable String sealedNote,
            LeaveStatus status, @Nullable UUID approverId, boolean autoApproved, boolean privateType,
            @Nullable String decisionComment, Instant createdAt) {}

    /** What a request asks for, checked. */
    record Asked(String typeCode, LocalDate startDate, LocalDate endDate, LeavePortion portion,
            @Nullable LocalTime startTime, @Nullable LocalTime endTime) {}

    void insert(UUID orgId, UUID personId, UUID id, Asked asked, @Nullable String sealedNote, LeaveStatus status,
            @Nullable UUID approverId, boolean autoApproved, boolean privateType, @Nullable String formToken) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO timeoff_request (id, org_id, person_id, type_code, start_date, end_date, portion, start_time,
                    end_time, note, status, approver_id, auto_approved, private_type, form_token, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orgId, personId, asked.typeCode(), Date.valueOf(asked.startDate()),
                        Date.valueOf(asked.endDate()), asked.portion().name(), time(asked.startTime()),
                        time(asked.endTime()), sealedNote, status.name(), approverId, autoApproved, privateType, formToken, now, now)
                .update();
    }

    void change(UUID orgId, UUID id, Asked asked, @Nullable String sealedNote, LeaveStatus status,
            boolean autoApproved, boolean privateType) {
        jdbc.sql("""
                UPDATE timeoff_request SET type_code = ?, start_date = ?, end_date = ?, portion = ?, start_time = ?,
                    end_time = ?, note = ?, status = ?, auto_approved = ?, private_type = ?, updated_at = ?
                WHERE id = ? AND org_id = ?""")
                .params(asked.typeCode(), Date.valueOf(asked.startDate()), Date.valueOf(asked.endDate()),
                        asked.portion().name(), time(asked.startTime()), time(asked.endTime()), sealedNote,
                        status.name(), autoApproved, privateType, Timestamp.from(Instant.now()), id, orgId)
                .update();
    }

    /** Moves a request from {@code from} to {@code to}; false when it was no longer in {@code from}. */
    boolean decide(UUID orgId, UUID id, LeaveStatus from, LeaveStatus to, @Nullable UUID decidedBy,
            @Nullable String comment) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                UPDATE timeoff_request SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ?, updated_at = ?
                WHERE id = ? AND org_id = ? AND status = ?""")
                .params(to.name(), decidedBy, now, comment, now, id, orgId, from.name()).update() == 1;
    }

    boolean cancel(UUID orgId, UUID id) {
        return jdbc.sql("""
                UPDATE timeoff_request SET status = 'CANCELLED', updated_at = ?
                WHERE id = ? AND org_id = ? AND status IN ('PENDING', 'APPROVED')""")
                .params(Timestamp.from(Instant.now()), id, orgId).update() == 1;
    }

    Optional<Row> find(UUID orgId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM timeoff_request WHERE id = ? AND org_id = ?").params(id, orgId)
                .query(LeaveRequests::map).optional();
    }

    Optional<Row> byFormToken(UUID orgId, UUID personId, String formToken) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM timeoff_request WHERE org_id = ? AND person_id = ? AND form_token = ?")
                .params(orgId, personId, formToken).query(LeaveRequests::map).optional();
    }

    /** The person's requests, latest first day first. */
    List<Row> of(UUID orgId, UUID personId) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM timeoff_request WHERE org_id = ? AND person_id = ? ORDER BY start_date DESC, created_at DESC""")
                .params(orgId, personId).query(LeaveRequests::map).list();
    }

    /** Whether the person holds (pending or approved) any of the days, other than in {@code except}. */
    boolean overlaps(UUID orgId, UUID personId, LocalDate start, LocalDate end, @Nullable UUID except) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM timeoff_request WHERE org_id = ? AND person_id = ? AND status IN ('PENDING', 'APPROVED')
                AND start_date <= ? AND end_date >= ? AND id <> ?""")
                .params(orgId, personId, Date.valueOf(end), Date.valueOf(start),
                        except == null ? new UUID(0, 0) : except)
                .query(Long.class).single() > 0;
    }

    /** Approved requests of any of {@code people} that touch the days, by first day. */
    List<Row> approvedBetween(UUID orgId, Collection<UUID> people, LocalDate start, LocalDate end) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM timeoff_request WHERE org_id = :org AND person_id IN (:people) AND status = 'APPROVED'
                AND start_date <= :end AND end_date >= :start ORDER BY start_date, created_at""")
                .param("org", orgId).param("people", people).param("start", Date.valueOf(start))
                .param("end", Date.valueOf(end)).query(LeaveRequests::map).list();
    }

    /**
     * Requests an approver handles: those naming them, and (for admins) those of people without a
     * supervisor. Pending ones and those from {@code since} on, by first day.
     */
    List<Row> forApprover(UUID orgId, UUID approverId, boolean includeUnassigned, LocalDate since) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM timeoff_request WHERE org_id = :org
                AND (approver_id = :approver OR (:unassigned AND approver_id IS NULL AND person_id <> :approver))
                AND (status = 'PENDING' OR end_date >= :since) ORDER BY start_date, created_at""")
                .param("org", orgId).param("approver", approverId).param("unassigned", includeUnassigned)
                .param("since", Date.valueOf(since)).query(LeaveRequests::map).list();
    }

    private static @Nullable Time time(@Nullable LocalTime value) {
        return value == null ? null : Time.valueOf(value);
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        Time start = rs.getTime("start_time");
        Time end = rs.getTime("end_time");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("type_code"),
                rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
                LeavePortion.valueOf(rs.getString("portion")), start == null ? null : start.toLocalTime(),
                end == null ? null : end.toLocalTime(), rs.getString("note"), LeaveStatus.valueOf(rs.getString("status")),
                rs.getObject("approver_id", UUID.class), rs.getBoolean("auto_approved"), rs.getBoolean("private_type"),
                rs.getString("decision_comment"), rs.getTimestamp("created_at").toInstant());
    }
}

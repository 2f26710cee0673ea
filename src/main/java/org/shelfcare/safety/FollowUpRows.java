package org.shelfcare.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-up tables: the library's setting, each follow-up, and the care contacts' tasks. */
@Repository
class FollowUpRows {

    static final String TABLE = "safety_followup";

    private final JdbcClient jdbc;

    FollowUpRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, UUID incidentId, UUID orgId, UUID personId, int seq, Instant dueAt, FollowUpStatus status,
            @Nullable Instant sentAt, @Nullable FollowUpAnswer answer, @Nullable String note,
            @Nullable Instant answeredAt) {}

    record TaskRow(UUID id, UUID orgId, UUID incidentId, UUID personId, String kind, @Nullable UUID followUpId,
            Instant createdAt, @Nullable Instant doneAt, @Nullable UUID doneBy) {}

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant value) {
        return value == null ? null : Timestamp.from(value);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String answer = rs.getString("answer");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
                rs.getObject("org_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getInt("seq"),
                rs.getTimestamp("due_at").toInstant(), FollowUpStatus.valueOf(rs.getString("status")),
                instant(rs, "sent_at"), answer == null ? null : FollowUpAnswer.valueOf(answer), rs.getString("note"),
                instant(rs, "answered_at"));
    }

    private static TaskRow task(ResultSet rs, int n) throws SQLException {
        return new TaskRow(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
                rs.getObject("incident_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("kind"),
                rs.getObject("followup_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                instant(rs, "done_at"), rs.getObject("done_by", UUID.class));
    }

    // ---- the library's setting ---------------------------------------------------------------------

    FollowUpSettings settings(UUID orgId) {
        return jdbc.sql("SELECT first_days, second_days FROM safety_followup_setting WHERE org_id = ?").param(orgId)
                .query((rs, n) -> new FollowUpSettings(rs.getInt("first_days"), rs.getInt("second_days")))
                .optional().orElse(FollowUpSettings.DEFAULT);
    }

    void saveSettings(UUID orgId, FollowUpSettings settings) {
        int updated = jdbc.sql("UPDATE safety_followup_setting SET first_days = ?, second_days = ? WHERE org_id = ?")
                .params(settings.firstDays(), settings.secondDays(), orgId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO safety_followup_setting (org_id, first_days, second_days) VALUES (?, ?, ?)")
                    .params(orgId, settings.firstDays(), settings.secondDays()).update();
        }
    }

    // ---- follow-ups --------------------------------------------------------------------------------

    void insert(UUID id, UUID orgId, UUID incidentId, UUID personId, int seq, Instant dueAt) {
        jdbc.sql("""
                INSERT INTO safety_followup (id, incident_id, org_id, person_id, seq, due_at, status)
                VALUES (?, ?, ?, ?, ?, ?, 'SCHEDULED') ON CONFLICT DO NOTHING""")
                .params(id, incidentId, orgId, personId, seq, Timestamp.from(dueAt)).update();
    }

    Optional<Row> find(UUID orgId, UUID id) {
        return jdbc.sql("SELECT * FROM safety_followup WHERE org_id = ? AND id = ?").params(orgId, id)
                .query(FollowUpRows::row).optional();
    }

    /** Follow-ups due at {@code now} and not sent yet, oldest first. */
    List<Row> due(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM safety_followup WHERE status = 'SCHEDULED' AND due_at <= ? ORDER BY due_at, id LIMIT ?")
                .params(Timestamp.from(now), limit).query(FollowUpRows::row).list();
    }

    /** Marks a scheduled follow-up sent; false when another run (or node) got there first, or it was stopped. */
    boolean claim(UUID id, Instant now) {
        return jdbc.sql("UPDATE safety_followup SET status = 'SENT', sent_at = ? WHERE id = ? AND status = 'SCHEDULED'")
                .params(Timestamp.from(now), id).update() > 0;
    }

    /** The person's follow-ups that were sent to them, newest first. */
    List<Row> sentTo(UUID orgId, UUID personId) {
        return jdbc.sql("SELECT * FROM safety_followup WHERE org_id = ? AND person_id = ? AND sent_at IS NOT NULL ORDER BY sent_at DESC, id")
                .params(orgId, personId).query(FollowUpRows::row).list();
    }

    List<Row> ofIncident(UUID incidentId) {
        return jdbc.sql("SELECT * FROM safety_followup WHERE incident_id = ? ORDER BY seq, person_id").param(incidentId)
                .query(FollowUpRows::row).list();
    }

    List<Row> ofLibrary(UUID orgId) {
        return jdbc.sql("SELECT * FROM safety_followup WHERE org_id = ? ORDER BY due_at DESC, id").param(orgId)
                .query(FollowUpRows::row).list();
    }

    /** Asks the person again at {@code at}: a follow-up waiting for their answer goes back to waiting for its day. */
    boolean askAgain(UUID id, Instant at) {
        return jdbc.sql("UPDATE safety_followup SET status = 'SCHEDULED', due_at = ? WHERE id = ? AND status = 'SENT'")
                .params(Timestamp.from(at), id).update() > 0;
    }

    /** The library's follow-ups not sent yet, with the day each is due. */
    List<Row> notSentYet(UUID orgId) {
        return jdbc.sql("SELECT * FROM safety_followup WHERE org_id = ? AND status = 'SCHEDULED' AND sent_at IS NULL")
                .param(orgId).query(FollowUpRows::row).list();
    }

    void moveDue(UUID id, Instant dueAt) {
        jdbc.sql("UPDATE safety_followup SET due_at = ? WHERE id = ? AND status = 'SCHEDULED' AND sent_at IS NULL")
                .params(Timestamp.from(dueAt), id).update();
    }

    boolean laterScheduled(Row row) {
        return jdbc.sql("SELECT count(*) FROM safety_followup WHERE incident_id = ? AND person_id = ? AND seq > ? AND status = 'SCHEDULED'")
                .params(row.incidentId(), row.personId(), row.seq()).query(Integer.class).single() > 0;
    }

    void answer(UUID id, FollowUpAnswer answer, @Nullable String sealedNote, Instant at) {
        jdbc.sql("UPDATE safety_followup SET status = 'ANSWERED', answer = ?, note = ?, answered_at = ? WHERE id = ?")
                .params(answer.name(), sealedNote, Timestamp.from(at), id).update();
    }

    void setStatus(UUID id, FollowUpStatus status) {
        jdbc.sql("UPDATE safety_followup SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    /** Stops the follow-ups of the incident for the person still to be sent, or sent and not answered yet. */
    void stopRemaining(UUID incidentId, UUID personId) {
        jdbc.sql("""
                UPDATE safety_followup SET status = 'STOPPED'
                WHERE incident_id = ? AND person_id = ? AND status IN ('SCHEDULED', 'SENT', 'DECLINED')""")
                .params(incidentId, personId).update();
    }

    /** Puts the stopped follow-ups of the incident back: sent ones wait for an answer again, the others for their day. */
    void resume(UUID incidentId, UUID personId) {
        jdbc.sql("""
                UPDATE safety_followup SET status = CASE WHEN sent_at IS NULL THEN 'SCHEDULED' ELSE 'SENT' END
                WHERE incident_id = ? AND person_id = ? AND status = 'STOPPED'""")
                .params(incidentId, personId).update();
    }

    // ---- care tasks --------------------------------------------------------------------------------

    /** Adds a task unless the same request is already open; answers whether it was added. */
    boolean insertTask(UUID orgId, UUID incidentId, UUID personId, String kind, @Nullable UUID followUpId, Instant at) {
        Integer open = followUpId == null
                ? jdbc.sql("SELECT count(*) FROM safety_care_task WHERE incident_id = ? AND person_id = ? AND kind = ? AND followup_id IS NULL AND done_at IS NULL")
                        .params(incidentId, personId, kind).query(Integer.class).single()
                : jdbc.sql("SELECT count(*) FROM safety_care_task WHERE followup_id = ? AND kind = ? AND done_at IS NULL")
                        .params(followUpId, kind).query(Integer.class).single();
        if (open > 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO safety_care_task (id, org_id, incident_id, person_id, kind, followup_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), orgId, incidentId, personId, kind, followUpId, Timestamp.from(at)).update();
        return true;
    }

    Optional<TaskRow> findTask(UUID orgId, UUID id) {
        return jdbc.sql("SELECT * FROM safety_care_task WHERE org_id = ? AND id = ?").params(orgId, id)
                .query(FollowUpRows::task).optional();
    }

    List<TaskRow> tasks(UUID orgId) {
        return jdbc.sql("SELECT * FROM safety_care_task WHERE org_id = ? ORDER BY created_at DESC, id").param(orgId)
                .query(FollowUpRows::task).list();
    }

    List<TaskRow> tasksOfIncident(UUID incidentId) {
        return jdbc.sql("SELECT * FROM safety_care_task WHERE incident_id = ? ORDER BY created_at DESC, id").param(incidentId)
                .query(FollowUpRows::task).list();
    }

    void setDone(UUID id, @Nullable UUID by, @Nullable Instant at) {
        jdbc.sql("UPDATE safety_care_task SET done_at = ?, done_by = ? WHERE id = ?").params(timestamp(at), by, id).update();
    }
}

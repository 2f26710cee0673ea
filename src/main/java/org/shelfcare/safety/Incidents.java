package org.shelfcare.safety;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The incident tables: the factual record, its people and notes, and the care track. */
@Repository
class Incidents {

    static final String STAFF_INVOLVED = "STAFF_INVOLVED";
    static final String SUBJECT = "SUBJECT";
    static final String CARE_NOTE_TABLE = "safety_care_note";

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, UUID orgId, @Nullable UUID reporterId, IncidentStatus status, @Nullable String typeCode,
            @Nullable Instant occurredAt, @Nullable UUID branchId, @Nullable String area, @Nullable String description,
            @Nullable String othersDescribed, @Nullable String witnesses, Set<IncidentAction> actions,
            @Nullable String actionsDetail, @Nullable String restriction, @Nullable LocalDate restrictionEnds,
            Instant createdAt, @Nullable Instant submittedAt) {}

    record NoteRow(UUID id, @Nullable UUID authorId, String body, Instant at) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp occurred = rs.getTimestamp("occurred_at");
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Date ends = rs.getDate("restriction_ends");
        String actions = rs.getString("actions");
        Set<IncidentAction> set = EnumSet.noneOf(IncidentAction.class);
        if (actions != null && !actions.isBlank()) {
            Arrays.stream(actions.split(",")).map(IncidentAction::valueOf).forEach(set::add);
        }
        return new Row(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
                rs.getObject("reporter_id", UUID.class), IncidentStatus.valueOf(rs.getString("status")),
                rs.getString("type_code"), occurred == null ? null : occurred.toInstant(),
                rs.getObject("branch_id", UUID.class), rs.getString("area"), rs.getString("description"),
                rs.getString("others_described"), rs.getString("witnesses"), set, rs.getString("actions_detail"),
                rs.getString("restriction"), ends == null ? null : ends.toLocalDate(),
                rs.getTimestamp("created_at").toInstant(), submitted == null ? null : submitted.toInstant());
    }

    Optional<Row> find(UUID orgId, UUID id) {
        return jdbc.sql("SELECT * FROM safety_incident WHERE org_id = ? AND id = ?").params(orgId, id)
                .query(Incidents::row).optional();
    }

    /** Submitted reports, and the drafts of {@code reporterId}, newest first. */
    List<Row> visibleList(UUID orgId, UUID reporterId) {
        return jdbc.sql("""
                SELECT * FROM safety_incident WHERE org_id = ? AND (status = 'SUBMITTED' OR reporter_id = ?)
                ORDER BY occurred_at DESC, created_at DESC""").params(orgId, reporterId).query(Incidents::row).list();
    }

    List<Row> submitted(UUID orgId) {
        return jdbc.sql("SELECT * FROM safety_incident WHERE org_id = ? AND status = 'SUBMITTED' ORDER BY occurred_at DESC, created_at DESC")
                .param(orgId).query(Incidents::row).list();
    }

    void insert(UUID id, UUID orgId, UUID reporterId, Instant now) {
        jdbc.sql("INSERT INTO safety_incident (id, org_id, reporter_id, status, created_at) VALUES (?, ?, ?, 'DRAFT', ?)")
                .params(id, orgId, reporterId, Timestamp.from(now)).update();
    }

    void save(UUID orgId, UUID id, IncidentDraft d) {
        String actions = d.actions().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        jdbc.sql("""
                UPDATE safety_incident SET type_code = ?, occurred_at = ?, branch_id = ?, area = ?, description = ?,
                    others_described = ?, witnesses = ?, actions = ?, actions_detail = ?, restriction = ?,
                    restriction_ends = ?
                WHERE org_id = ? AND id = ?""")
                .params(d.type(), d.occurredAt() == null ? null : Timestamp.from(d.occurredAt()), d.branchId(), d.area(),
                        d.description(), d.othersDescribed(), d.witnesses(), actions.isEmpty() ? null : actions,
                        d.actionsDetail(), d.restriction(), d.restrictionEnds() == null ? null : Date.valueOf(d.restrictionEnds()),
                        orgId, id)
                .update();
        jdbc.sql("DELETE FROM safety_incident_person WHERE incident_id = ?").param(id).update();
        for (UUID person : d.staffInvolvedIds()) {
            addPerson(orgId, id, person, STAFF_INVOLVED);
        }
        for (UUID person : d.subjectPersonIds()) {
            addPerson(orgId, id, person, SUBJECT);
        }
        jdbc.sql("DELETE FROM safety_care_affected WHERE incident_id = ?").param(id).update();
        for (UUID person : d.affectedPersonIds()) {
            jdbc.sql("INSERT INTO safety_care_affected (incident_id, org_id, person_id) VALUES (?, ?, ?)")
                    .params(id, orgId, person).update();
        }
    }

    private void addPerson(UUID orgId, UUID id, UUID person, String part) {
        jdbc.sql("INSERT INTO safety_incident_person (incident_id, org_id, person_id, part) VALUES (?, ?, ?, ?)")
                .params(id, orgId, person, part).update();
    }

    void submit(UUID orgId, UUID id, Instant now) {
        jdbc.sql("UPDATE safety_incident SET status = 'SUBMITTED', submitted_at = ? WHERE org_id = ? AND id = ?")
                .params(Timestamp.from(now), orgId, id).update();
    }

    List<UUID> people(UUID id, String part) {
        return jdbc.sql("SELECT person_id FROM safety_incident_person WHERE incident_id = ? AND part = ?")
                .params(id, part).query(UUID.class).list();
    }

    boolean isSubject(UUID id, UUID personId) {
        return jdbc.sql("SELECT count(*) FROM safety_incident_person WHERE incident_id = ? AND part = 'SUBJECT' AND person_id = ?")
                .params(id, personId).query(Integer.class).single() > 0;
    }

    /** The incidents of the library that name the person as a subject. */
    Set<UUID> subjectOf(UUID orgId, UUID personId) {
        return Set.copyOf(jdbc.sql("SELECT incident_id FROM safety_incident_person WHERE org_id = ? AND person_id = ? AND part = 'SUBJECT'")
                .params(orgId, personId).query(UUID.class).list());
    }

    void insertNote(UUID orgId, UUID incidentId, UUID noteId, UUID authorId, String body, Instant at) {
        jdbc.sql("INSERT INTO safety_incident_note (id, incident_id, org_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(noteId, incidentId, orgId, authorId, body, Timestamp.from(at)).update();
    }

    List<NoteRow> notes(UUID incidentId) {
        return jdbc.sql("SELECT id, author_id, body, created_at FROM safety_incident_note WHERE incident_id = ? ORDER BY created_at, id")
                .param(incidentId).query((rs, n) -> new NoteRow(rs.getObject("id", UUID.class),
                        rs.getObject("author_id", UUID.class), rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    // ---- the care track ----------------------------------------------------------------------------

    List<UUID> affected(UUID incidentId) {
        return jdbc.sql("SELECT person_id FROM safety_care_affected WHERE incident_id = ?").param(incidentId)
                .query(UUID.class).list();
    }

    /** Submitted incidents of the library that have anything in their care track. */
    List<Row> withCare(UUID orgId) {
        return jdbc.sql("""
                SELECT * FROM safety_incident i WHERE org_id = ? AND status = 'SUBMITTED' AND (
                    EXISTS (SELECT 1 FROM safety_care_affected a WHERE a.incident_id = i.id)
                    OR EXISTS (SELECT 1 FROM safety_care_checkin c WHERE c.incident_id = i.id)
                    OR EXISTS (SELECT 1 FROM safety_care_note n WHERE n.incident_id = i.id))
                ORDER BY occurred_at DESC, created_at DESC""").param(orgId).query(Incidents::row).list();
    }

    void insertCareNote(UUID orgId, UUID incidentId, UUID noteId, UUID authorId, String sealed, Instant at) {
        jdbc.sql("INSERT INTO safety_care_note (id, incident_id, org_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(noteId, incidentId, orgId, authorId, sealed, Timestamp.from(at)).update();
    }

    List<NoteRow> careNotes(UUID incidentId) {
        return jdbc.sql("SELECT id, author_id, body, created_at FROM safety_care_note WHERE incident_id = ? ORDER BY created_at, id")
                .param(incidentId).query((rs, n) -> new NoteRow(rs.getObject("id", UUID.class),
                        rs.getObject("author_id", UUID.class), rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Records a check-in request; answers false when the person had already asked about this incident. */
    boolean insertCheckIn(UUID orgId, UUID incidentId, UUID personId, Instant at) {
        return jdbc.sql("""
                INSERT INTO safety_care_checkin (id, incident_id, org_id, person_id, requested_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(UUID.randomUUID(), incidentId, orgId, personId, Timestamp.from(at)).update() > 0;
    }

    boolean checkInRequested(UUID incidentId, UUID personId) {
        return jdbc.sql("SELECT count(*) FROM safety_care_checkin WHERE incident_id = ? AND person_id = ?")
                .params(incidentId, personId).query(Integer.class).single() > 0;
    }

    record CheckInRow(UUID personId, Instant at) {}

    List<CheckInRow> checkIns(UUID incidentId) {
        return jdbc.sql("SELECT person_id, requested_at FROM safety_care_checkin WHERE incident_id = ? ORDER BY requested_at")
                .param(incidentId).query((rs, n) -> new CheckInRow(rs.getObject("person_id", UUID.class),
                        rs.getTimestamp("requested_at").toInstant()))
                .list();
    }
}

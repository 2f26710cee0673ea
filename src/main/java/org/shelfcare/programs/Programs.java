package org.shelfcare.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The program, session and registration tables. */
@Repository
class Programs {

    private final JdbcClient jdbc;

    Programs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, UUID orgId, String title, @Nullable String description, ProgramCategory category,
            ProgramAudience audience, ProgramStatus status, @Nullable UUID teamSupervisorId, @Nullable UUID facilitatorId,
            @Nullable String facilitatorName, @Nullable UUID branchId, @Nullable String room, @Nullable String onlineUrl,
            @Nullable String accessibility, @Nullable Integer ageMin, @Nullable Integer ageMax) {}

    record SessionRow(UUID id, UUID programId, UUID orgId, Instant startsAt, Instant endsAt, @Nullable Integer capacity,
            boolean dropIn, int seatsTaken, boolean cancelled, int sequence, @Nullable String room,
            @Nullable String onlineUrl) {

        /** The room it takes place in: its own, else the program's. */
        @Nullable String roomOf(Row p) {
            return room != null ? room : p.room();
        }

        /** The link to join online: its own, else the program's. */
        @Nullable String onlineUrlOf(Row p) {
            return onlineUrl != null ? onlineUrl : p.onlineUrl();
        }
    }

    record RegistrationRow(UUID id, UUID sessionId, String registrant, @Nullable UUID personId, @Nullable String name,
            @Nullable String email, int partySize, RegistrationStatus status, Instant createdAt) {}

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class), rs.getString("title"),
                rs.getString("description"), ProgramCategory.valueOf(rs.getString("category")),
                ProgramAudience.valueOf(rs.getString("audience")), ProgramStatus.valueOf(rs.getString("status")),
                rs.getObject("team_supervisor_id", UUID.class), rs.getObject("facilitator_id", UUID.class),
                rs.getString("facilitator_name"), rs.getObject("branch_id", UUID.class), rs.getString("room"),
                rs.getString("online_url"), rs.getString("accessibility"), integer(rs, "age_min"), integer(rs, "age_max"));
    }

    private static SessionRow session(ResultSet rs, int n) throws SQLException {
        return new SessionRow(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
                rs.getObject("org_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), integer(rs, "capacity"), rs.getBoolean("drop_in"),
                rs.getInt("seats_taken"), rs.getBoolean("cancelled"), rs.getInt("calendar_sequence"),
                rs.getString("room"), rs.getString("online_url"));
    }

    private static RegistrationRow registration(ResultSet rs, int n) throws SQLException {
        return new RegistrationRow(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getString("registrant"), rs.getObject("person_id", UUID.class), rs.getString("name"),
                rs.getString("email"), rs.getInt("party_size"), RegistrationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant());
    }

    // ---- programs ----------------------------------------------------------------------------------

    Optional<Row> find(UUID orgId, UUID id) {
        return jdbc.sql("SELECT * FROM program WHERE org_id = ? AND id = ? AND deleted_at IS NULL").params(orgId, id)
                .query(Programs::row).optional();
    }

    List<Row> all(UUID orgId) {
        return jdbc.sql("SELECT * FROM program WHERE org_id = ? AND deleted_at IS NULL ORDER BY lower(title), id")
                .param(orgId).query(Programs::row).list();
    }

    /** A deleted program, not yet deleted for good, with when it was deleted. */
    Optional<Map.Entry<Row, Instant>> findDeleted(UUID orgId, UUID id) {
        return jdbc.sql("SELECT * FROM program WHERE org_id = ? AND id = ? AND deleted_at IS NOT NULL").params(orgId, id)
                .query((rs, n) -> Map.entry(row(rs, n), rs.getTimestamp("deleted_at").toInstant())).optional();
    }

    /** The library's deleted programs, most recently deleted first, with when. */
    List<Map.Entry<Row, Instant>> deleted(UUID orgId) {
        return jdbc.sql("SELECT * FROM program WHERE org_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC, id")
                .param(orgId).query((rs, n) -> Map.entry(row(rs, n), rs.getTimestamp("deleted_at").toInstant())).list();
    }

    /** Marks a program deleted at {@code at}, or restores it with null. */
    void markDeleted(UUID orgId, UUID id, @Nullable Instant at) {
        jdbc.sql("UPDATE program SET deleted_at = ? WHERE org_id = ? AND id = ?")
                .params(at == null ? null : Timestamp.from(at), orgId, id).update();
    }

    /** Deletes for good the programs deleted before {@code before}, with their sessions and registrations. */
    int purgeDeletedBefore(Instant before) {
        return jdbc.sql("DELETE FROM program WHERE deleted_at < ?").param(Timestamp.from(before)).update();
    }

    void insert(Row p, UUID createdBy, Instant now) {
        jdbc.sql("""
                INSERT INTO program (id, org_id, title, description, category, audience, status, team_supervisor_id,
                    facilitator_id, facilitator_name, branch_id, room, online_url, accessibility, age_min, age_max,
                    created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), p.orgId(), p.title(), p.description(), p.category().name(), p.audience().name(),
                        p.status().name(), p.teamSupervisorId(), p.facilitatorId(), p.facilitatorName(), p.branchId(),
                        p.room(), p.onlineUrl(), p.accessibility(), p.ageMin(), p.ageMax(), createdBy, Timestamp.from(now))
                .update();
    }

    void update(Row p) {
        jdbc.sql("""
                UPDATE program SET title = ?, description = ?, category = ?, audience = ?, status = ?, facilitator_id = ?,
                    facilitator_name = ?, branch_id = ?, room = ?, online_url = ?, accessibility = ?, age_min = ?,
                    age_max = ?
                WHERE org_id = ? AND id = ?""")
                .params(p.title(), p.description(), p.category().name(), p.audience().name(), p.status().name(),
                        p.facilitatorId(), p.facilitatorName(), p.branchId(), p.room(), p.onlineUrl(), p.accessibility(),
                        p.ageMin(), p.ageMax(), p.orgId(), p.id())
                .update();
    }

    /** The next session of each program that has one not cancelled and not yet begun. */
    Map<UUID, Instant> nextSessions(UUID orgId, Instant now) {
        return jdbc.sql("""
                SELECT program_id, min(starts_at) AS next FROM program_session
                WHERE org_id = ? AND cancelled = FALSE AND starts_at > ? GROUP BY program_id""")
                .params(orgId, Timestamp.from(now))
                .query((rs, n) -> Map.entry(rs.getObject("program_id", UUID.class), rs.getTimestamp("next").toInstant()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    // ---- sessions ----------------------------------------------------------------------------------

    void insertSession(SessionRow s, Instant now) {
        jdbc.sql("""
                INSERT INTO program_session (id, program_id, org_id, starts_at, ends_at, capacity, drop_in, room, online_url,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.programId(), s.orgId(), Timestamp.from(s.startsAt()), Timestamp.from(s.endsAt()),
                        s.capacity(), s.dropIn(), s.room(), s.onlineUrl(), Timestamp.from(now))
                .update();
    }

    Optional<SessionRow> findSession(UUID orgId, UUID id) {
        return jdbc.sql("SELECT * FROM program_session WHERE org_id = ? AND id = ?").params(orgId, id)
                .query(Programs::session).optional();
    }

    /** The session, its row locked until the transaction ends: registrations for it wait their turn. */
    Optional<SessionRow> lockSession(UUID orgId, UUID id) {
        return jdbc.sql("SELECT * FROM program_session WHERE org_id = ? AND id = ? FOR UPDATE").params(orgId, id)
                .query(Programs::session).optional();
    }

    List<SessionRow> sessions(UUID programId) {
        return jdbc.sql("SELECT * FROM program_session WHERE program_id = ? ORDER BY starts_at, id").param(programId)
                .query(Programs::session).list();
    }

    void cancelSession(UUID orgId, UUID id) {
        jdbc.sql("""
                UPDATE program_session SET cancelled = TRUE, calendar_sequence = calendar_sequence + 1
                WHERE org_id = ? AND id = ? AND cancelled = FALSE""").params(orgId, id).update();
    }

    /**
     * Changes a session's times, seats, drop-in flag and own place; a move or a new place raises its
     * calendar sequence (so calendar apps replace the event), and a move sends the reminder again
     * before the new date.
     */
    void changeSession(SessionRow s, boolean moved, boolean placeChanged) {
        jdbc.sql("""
                UPDATE program_session SET starts_at = ?, ends_at = ?, capacity = ?, drop_in = ?, room = ?,
                    online_url = ?, calendar_sequence = calendar_sequence + ?
                WHERE org_id = ? AND id = ?""")
                .params(Timestamp.from(s.startsAt()), Timestamp.from(s.endsAt()), s.capacity(), s.dropIn(), s.room(),
                        s.onlineUrl(), moved || placeChanged ? 1 : 0, s.orgId(), s.id())
                .update();
        if (moved) {
            jdbc.sql("UPDATE program_registration SET reminded_at = NULL WHERE session_id = ?").param(s.id()).update();
        }
    }

    void addSeats(UUID id, int delta) {
        jdbc.sql("UPDATE program_session SET seats_taken = seats_taken + ? WHERE id = ?").params(delta, id).update();
    }

    // ---- registrations -----------------------------------------------------------------------------

    Optional<RegistrationRow> registration(UUID sessionId, String registrant) {
        return jdbc.sql("SELECT * FROM program_registration WHERE session_id = ? AND registrant = ?")
                .params(sessionId, registrant).query(Programs::registration).optional();
    }

    Optional<RegistrationRow> registrationById(UUID orgId, UUID id) {
        return jdbc.sql("SELECT * FROM program_registration WHERE org_id = ? AND id = ?").params(orgId, id)
                .query(Programs::registration).optional();
    }

    void insertRegistration(UUID orgId, RegistrationRow r, @Nullable String cancelHash) {
        jdbc.sql("""
                INSERT INTO program_registration (id, session_id, org_id, registrant, person_id, name, email, party_size,
                    status, cancel_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.sessionId(), orgId, r.registrant(), r.personId(), r.name(), r.email(), r.partySize(),
                        r.status().name(), cancelHash, Timestamp.from(r.createdAt()))
                .update();
    }

    Optional<RegistrationRow> registrationByCancelHash(UUID orgId, String hash) {
        return jdbc.sql("""
                SELECT * FROM program_registration WHERE org_id = ? AND (cancel_hash = ? OR reminder_cancel_hash = ?)""")
                .params(orgId, hash, hash).query(Programs::registration).optional();
    }

    /** Published sessions for patrons from {@code from} to {@code to}, soonest first, with their program. */
    List<Map.Entry<Row, SessionRow>> publicSessions(UUID orgId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT p.*, s.id AS s_id, s.starts_at, s.ends_at, s.capacity, s.drop_in, s.seats_taken, s.cancelled,
                    s.calendar_sequence, s.room AS s_room, s.online_url AS s_online_url
                FROM program_session s JOIN program p ON p.id = s.program_id
                WHERE s.org_id = ? AND p.status = 'PUBLISHED' AND p.audience IN ('PATRONS', 'BOTH')
                    AND p.deleted_at IS NULL
                    AND p.team_supervisor_id IS NULL AND s.starts_at > ? AND s.starts_at < ?
                ORDER BY s.starts_at, s.id""")
                .params(orgId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> Map.entry(row(rs, n), new SessionRow(rs.getObject("s_id", UUID.class),
                        rs.getObject("id", UUID.class), orgId, rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), integer(rs, "capacity"), rs.getBoolean("drop_in"),
                        rs.getInt("seats_taken"), rs.getBoolean("cancelled"), rs.getInt("calendar_sequence"),
                        rs.getString("s_room"), rs.getString("s_online_url"))))
                .list();
    }

    /**
     * Deletes the registrations (with who came) and the walk-ins' names of every session that ended
     * before {@code before}, in the libraries that keep the instance's number of days (no
     * {@code program_settings} row); the sessions keep their counts. Answers how many registrations.
     */
    int deleteRegistrationsOfSessionsEndedBefore(Instant before) {
        return deleteRegistrationsOf("ends_at < ? AND org_id NOT IN (SELECT org_id FROM program_settings)", before);
    }

    /** The same for one library, which chose its own number of days. */
    int deleteRegistrationsOfSessionsEndedBefore(Instant before, UUID orgId) {
        return deleteRegistrationsOf("ends_at < ? AND org_id = ?", before, orgId);
    }

    private int deleteRegistrationsOf(String sessions, Object... params) {
        Object[] values = params.clone();
        values[0] = Timestamp.from((Instant) params[0]);
        jdbc.sql("DELETE FROM program_walk_in WHERE session_id IN (SELECT id FROM program_session WHERE " + sessions + ")")
                .params(values).update();
        return jdbc.sql("DELETE FROM program_registration WHERE session_id IN (SELECT id FROM program_session WHERE "
                + sessions + ")").params(values).update();
    }

    void deleteRegistration(UUID id) {
        // a registration marked present leaves the session's attendance count with it
        jdbc.sql("""
                UPDATE program_session SET attended = attended - COALESCE((SELECT r.party_size FROM program_registration r
                    WHERE r.id = ? AND r.attended = TRUE), 0)
                WHERE id = (SELECT session_id FROM program_registration WHERE id = ?)""").params(id, id).update();
        jdbc.sql("DELETE FROM program_registration WHERE id = ?").param(id).update();
    }

    void confirm(UUID id) {
        jdbc.sql("UPDATE program_registration SET status = 'CONFIRMED' WHERE id = ?").param(id).update();
    }

    /** The waitlist of a session, first come first. */
    List<RegistrationRow> waitlist(UUID sessionId) {
        return jdbc.sql("""
                SELECT * FROM program_registration WHERE session_id = ? AND status = 'WAITLISTED'
                ORDER BY created_at, id""").param(sessionId).query(Programs::registration).list();
    }

    List<RegistrationRow> registrations(UUID sessionId) {
        return jdbc.sql("SELECT * FROM program_registration WHERE session_id = ? ORDER BY created_at, id")
                .param(sessionId).query(Programs::registration).list();
    }

    /** People waiting per session of a program. */
    Map<UUID, Integer> waiting(UUID programId) {
        return jdbc.sql("""
                SELECT r.session_id, sum(r.party_size) AS people FROM program_registration r
                JOIN program_session s ON s.id = r.session_id
                WHERE s.program_id = ? AND r.status = 'WAITLISTED' GROUP BY r.session_id""")
                .param(programId)
                .query((rs, n) -> Map.entry(rs.getObject("session_id", UUID.class), rs.getInt("people")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The person's registrations for the sessions of a program, by session. */
    Map<UUID, RegistrationStatus> mine(UUID programId, UUID personId) {
        return jdbc.sql("""
                SELECT r.session_id, r.status FROM program_registration r JOIN program_session s ON s.id = r.session_id
                WHERE s.program_id = ? AND r.person_id = ?""")
                .params(programId, personId)
                .query((rs, n) -> Map.entry(rs.getObject("session_id", UUID.class),
                        RegistrationStatus.valueOf(rs.getString("status"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

package org.shelfcare.wellbeing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Check-in rows. Every query names the library and the person: a check-in is only ever read by
 * its owner, so there is no query by id alone and none across people.
 */
@Repository
class CheckIns {

    static final String TABLE = "wellbeing_checkin";
    static final String NOTE = "note";

    private static final String COLUMNS = "id, checkin_date, mood, energy, stress, note, created_at";

    private final JdbcClient jdbc;

    CheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored row; the note is still sealed. */
    record Row(UUID id, LocalDate date, int mood, int energy, int stress, @Nullable String sealedNote,
            Instant createdAt) {}

    void insert(UUID orgId, UUID personId, UUID id, LocalDate date, int mood, int energy, int stress,
            @Nullable String sealedNote) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO wellbeing_checkin (id, org_id, person_id, checkin_date, mood, energy, stress, note,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orgId, personId, Date.valueOf(date), mood, energy, stress, sealedNote, now, now)
                .update();
    }

    boolean update(UUID orgId, UUID personId, UUID id, LocalDate date, int mood, int energy, int stress,
            @Nullable String sealedNote) {
        return jdbc.sql("""
                UPDATE wellbeing_checkin SET checkin_date = ?, mood = ?, energy = ?, stress = ?, note = ?, updated_at = ?
                WHERE id = ? AND org_id = ? AND person_id = ?""")
                .params(Date.valueOf(date), mood, energy, stress, sealedNote, Timestamp.from(Instant.now()), id, orgId,
                        personId)
                .update() == 1;
    }

    boolean delete(UUID orgId, UUID personId, UUID id) {
        return jdbc.sql("DELETE FROM wellbeing_checkin WHERE id = ? AND org_id = ? AND person_id = ?")
                .params(id, orgId, personId).update() == 1;
    }

    Optional<Row> find(UUID orgId, UUID personId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wellbeing_checkin WHERE id = ? AND org_id = ? AND person_id = ?")
                .params(id, orgId, personId).query(CheckIns::map).optional();
    }

    /** The person's check-ins dated {@code from} to {@code to} (both included, either open), newest first. */
    List<Row> between(UUID orgId, UUID personId, @Nullable LocalDate from, @Nullable LocalDate to) {
        return jdbc.sql("""
                SELECT %s FROM wellbeing_checkin
                WHERE org_id = ? AND person_id = ? AND checkin_date >= ? AND checkin_date <= ?
                ORDER BY checkin_date DESC, created_at DESC, id""".formatted(COLUMNS))
                .params(orgId, personId, Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from),
                        Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to))
                .query(CheckIns::map).list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getDate("checkin_date").toLocalDate(), rs.getInt("mood"),
                rs.getInt("energy"), rs.getInt("stress"), rs.getString("note"),
                rs.getTimestamp("created_at").toInstant());
    }
}

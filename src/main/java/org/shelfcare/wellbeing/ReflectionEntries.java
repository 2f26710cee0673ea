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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reflection rows. Every query names the library, the person and the kind: a reflection is only
 * ever read by its owner, so there is no query by id alone and none across people.
 */
@Repository
class ReflectionEntries {

    static final String TABLE = "wellbeing_reflection";
    static final String BODY = "body";

    private static final String COLUMNS = "id, kind, reflection_date, body, created_at";

    private final JdbcClient jdbc;

    ReflectionEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored row; the text is still sealed. */
    record Row(UUID id, ReflectionKind kind, LocalDate date, String sealedText, Instant createdAt) {}

    void insert(UUID orgId, UUID personId, ReflectionKind kind, UUID id, LocalDate date, String sealedText) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO wellbeing_reflection (id, org_id, person_id, kind, reflection_date, body, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orgId, personId, kind.name(), Date.valueOf(date), sealedText, now, now).update();
    }

    boolean update(UUID orgId, UUID personId, ReflectionKind kind, UUID id, LocalDate date, String sealedText) {
        return jdbc.sql("""
                UPDATE wellbeing_reflection SET reflection_date = ?, body = ?, updated_at = ?
                WHERE id = ? AND org_id = ? AND person_id = ? AND kind = ?""")
                .params(Date.valueOf(date), sealedText, Timestamp.from(Instant.now()), id, orgId, personId, kind.name())
                .update() == 1;
    }

    boolean delete(UUID orgId, UUID personId, ReflectionKind kind, UUID id) {
        return jdbc.sql("DELETE FROM wellbeing_reflection WHERE id = ? AND org_id = ? AND person_id = ? AND kind = ?")
                .params(id, orgId, personId, kind.name()).update() == 1;
    }

    Optional<Row> find(UUID orgId, UUID personId, ReflectionKind kind, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM wellbeing_reflection WHERE id = ? AND org_id = ? AND person_id = ? AND kind = ?")
                .params(id, orgId, personId, kind.name()).query(ReflectionEntries::map).optional();
    }

    /** The person's reflections of one kind, newest first. */
    List<Row> all(UUID orgId, UUID personId, ReflectionKind kind) {
        return jdbc.sql("""
                SELECT %s FROM wellbeing_reflection WHERE org_id = ? AND person_id = ? AND kind = ?
                ORDER BY reflection_date DESC, created_at DESC, id""".formatted(COLUMNS))
                .params(orgId, personId, kind.name()).query(ReflectionEntries::map).list();
    }

    Optional<Row> on(UUID orgId, UUID personId, ReflectionKind kind, LocalDate date) {
        return jdbc.sql("""
                SELECT %s FROM wellbeing_reflection WHERE org_id = ? AND person_id = ? AND kind = ? AND reflection_date = ?
                ORDER BY created_at, id""".formatted(COLUMNS))
                .params(orgId, personId, kind.name(), Date.valueOf(date)).query(ReflectionEntries::map).list().stream()
                .findFirst();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), ReflectionKind.valueOf(rs.getString("kind")),
                rs.getDate("reflection_date").toLocalDate(), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant());
    }
}

package org.shelfcare.wellbeing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A library's own affirmations; every query names the library. */
@Repository
class LibraryAffirmations {

    private final JdbcClient jdbc;

    LibraryAffirmations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID orgId, UUID id, String text, UUID createdBy) {
        jdbc.sql("INSERT INTO wellbeing_affirmation (id, org_id, body, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, orgId, text, createdBy, Timestamp.from(Instant.now())).update();
    }

    boolean delete(UUID orgId, UUID id) {
        return jdbc.sql("DELETE FROM wellbeing_affirmation WHERE id = ? AND org_id = ?").params(id, orgId).update() == 1;
    }

    /** The library's affirmations, oldest first: the order of the daily rotation. */
    List<Affirmation> all(UUID orgId) {
        return jdbc.sql("SELECT id, body, created_at FROM wellbeing_affirmation WHERE org_id = ? ORDER BY created_at, id")
                .param(orgId)
                .query((rs, n) -> new Affirmation(rs.getObject("id", UUID.class), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}

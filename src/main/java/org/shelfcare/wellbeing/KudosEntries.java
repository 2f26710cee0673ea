package org.shelfcare.wellbeing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kudos rows; every query names the library. */
@Repository
class KudosEntries {

    private static final String COLUMNS = "id, giver_id, receiver_id, body, visibility, hidden, created_at";

    private final JdbcClient jdbc;

    KudosEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, UUID giverId, UUID receiverId, String text, KudosVisibility visibility, boolean hidden,
            Instant createdAt) {}

    void insert(UUID orgId, UUID id, UUID giverId, UUID receiverId, String text, KudosVisibility visibility) {
        jdbc.sql("""
                INSERT INTO wellbeing_kudos (id, org_id, giver_id, receiver_id, body, visibility, hidden, created_at)
                VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)""")
                .params(id, orgId, giverId, receiverId, text, visibility.name(), Timestamp.from(Instant.now())).update();
    }

    Optional<Row> find(UUID orgId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wellbeing_kudos WHERE org_id = ? AND id = ?").params(orgId, id)
                .query(KudosEntries::map).optional();
    }

    List<Row> receivedBy(UUID orgId, UUID personId) {
        return list("receiver_id = ?", orgId, personId);
    }

    List<Row> givenBy(UUID orgId, UUID personId) {
        return list("giver_id = ?", orgId, personId);
    }

    List<Row> wall(UUID orgId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM wellbeing_kudos WHERE org_id = ? AND visibility = 'WALL' AND hidden = FALSE
                ORDER BY created_at DESC, id LIMIT ?""").params(orgId, limit).query(KudosEntries::map).list();
    }

    void hide(UUID orgId, UUID id, boolean hidden) {
        jdbc.sql("UPDATE wellbeing_kudos SET hidden = ? WHERE org_id = ? AND id = ?").params(hidden, orgId, id).update();
    }

    void delete(UUID orgId, UUID id) {
        jdbc.sql("DELETE FROM wellbeing_kudos WHERE org_id = ? AND id = ?").params(orgId, id).update();
    }

    private List<Row> list(String condition, UUID orgId, UUID personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wellbeing_kudos WHERE org_id = ? AND " + condition
                + " ORDER BY created_at DESC, id").params(orgId, personId).query(KudosEntries::map).list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("giver_id", UUID.class),
                rs.getObject("receiver_id", UUID.class), rs.getString("body"),
                KudosVisibility.valueOf(rs.getString("visibility")), rs.getBoolean("hidden"),
                rs.getTimestamp("created_at").toInstant());
    }
}

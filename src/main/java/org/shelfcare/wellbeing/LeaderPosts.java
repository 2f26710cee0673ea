package org.shelfcare.wellbeing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leaders' corner rows. Every query names the library; who may read a row is decided by {@link LeadersCorner}. */
@Repository
class LeaderPosts {

    private static final String COLUMNS = "id, author_id, title, body, audience, created_at, updated_at";

    private final JdbcClient jdbc;

    LeaderPosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, UUID authorId, @Nullable String title, String body, LeaderAudience audience, Instant createdAt,
            Instant updatedAt) {}

    void insert(UUID orgId, UUID authorId, UUID id, @Nullable String title, String body, LeaderAudience audience,
            Instant at) {
        jdbc.sql("""
                INSERT INTO wellbeing_leader_post (id, org_id, author_id, title, body, audience, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orgId, authorId, title, body, audience.name(), Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    boolean update(UUID orgId, UUID authorId, UUID id, @Nullable String title, String body, LeaderAudience audience) {
        return jdbc.sql("""
                UPDATE wellbeing_leader_post SET title = ?, body = ?, audience = ?, updated_at = ?
                WHERE id = ? AND org_id = ? AND author_id = ?""")
                .params(title, body, audience.name(), Timestamp.from(Instant.now()), id, orgId, authorId).update() == 1;
    }

    boolean delete(UUID orgId, UUID authorId, UUID id) {
        return jdbc.sql("DELETE FROM wellbeing_leader_post WHERE id = ? AND org_id = ? AND author_id = ?")
                .params(id, orgId, authorId).update() == 1;
    }

    Optional<Row> find(UUID orgId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wellbeing_leader_post WHERE id = ? AND org_id = ?")
                .params(id, orgId).query(LeaderPosts::map).optional();
    }

    /**
     * Newest first, at most {@code limit}: the library-wide posts and every post of the reader's
     * {@code leaders} (the supervisors above them), and the reader's own unless {@code ownToo} is false.
     */
    List<Row> visible(UUID orgId, UUID reader, Collection<UUID> leaders, boolean ownToo, int limit) {
        List<UUID> authors = new java.util.ArrayList<>(leaders);
        authors.add(reader);
        return jdbc.sql("""
                SELECT %s FROM wellbeing_leader_post
                WHERE org_id = :org AND (audience = 'LIBRARY' OR author_id IN (:authors))
                  AND (:ownToo OR author_id <> :reader)
                ORDER BY created_at DESC, id
                LIMIT :limit""".formatted(COLUMNS))
                .param("org", orgId).param("authors", authors).param("ownToo", ownToo).param("reader", reader)
                .param("limit", limit).query(LeaderPosts::map).list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("author_id", UUID.class), rs.getString("title"),
                rs.getString("body"), LeaderAudience.valueOf(rs.getString("audience")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}

package org.shelfcare.wellbeing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Joy Wall posts and their reactions. Every query names the library. An anonymous post's row has
 * no author; nothing here can find the author of one.
 */
@Repository
class WallPosts {

    private static final String COLUMNS = "id, audience, branch_id, department_id, author_id, body, post_date, hidden_reason";

    private final JdbcClient jdbc;

    WallPosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, WallAudience audience, @Nullable UUID unitId, @Nullable UUID authorId, String text,
            LocalDate date, @Nullable String hiddenReason) {}

    void insert(UUID orgId, UUID id, WallAudience audience, @Nullable UUID unitId, @Nullable UUID authorId, String text,
            LocalDate date) {
        jdbc.sql("""
                INSERT INTO wellbeing_wall_post (id, org_id, audience, branch_id, department_id, author_id, anonymous, body, post_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orgId, audience.name(), audience == WallAudience.BRANCH ? unitId : null,
                        audience == WallAudience.DEPARTMENT ? unitId : null, authorId, authorId == null, text,
                        Date.valueOf(date))
                .update();
    }

    Optional<Row> find(UUID orgId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wellbeing_wall_post WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(WallPosts::map).optional();
    }

    List<Row> all(UUID orgId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM wellbeing_wall_post WHERE org_id = :org AND id IN (:ids)")
                .param("org", orgId).param("ids", ids).query(WallPosts::map).list();
    }

    /**
     * The posts of one audience, newest first; {@code units} limits a branch or department wall to
     * those units (null: all of them).
     */
    List<Row> wall(UUID orgId, WallAudience audience, @Nullable Collection<UUID> units, boolean withHidden, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        String unitColumn = audience == WallAudience.DEPARTMENT ? "department_id" : "branch_id";
        String sql = "SELECT " + COLUMNS + " FROM wellbeing_wall_post WHERE org_id = :org AND audience = :audience"
                + (units == null ? "" : " AND " + unitColumn + " IN (:units)")
                + (withHidden ? "" : " AND hidden_reason IS NULL")
                // the same day's posts in the order of their random ids, so nothing hints at who posted when
                + " ORDER BY post_date DESC, id LIMIT :limit";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("org", orgId).param("audience", audience.name())
                .param("limit", limit);
        if (units != null) {
            statement = statement.param("units", units);
        }
        return statement.query(WallPosts::map).list();
    }

    boolean delete(UUID orgId, UUID id) {
        return jdbc.sql("DELETE FROM wellbeing_wall_post WHERE org_id = ? AND id = ?").params(orgId, id).update() == 1;
    }

    void hide(UUID orgId, UUID id, @Nullable String reason) {
        jdbc.sql("UPDATE wellbeing_wall_post SET hidden_reason = ? WHERE org_id = ? AND id = ?")
                .params(reason, orgId, id).update();
    }

    // ---- reactions ------------------------------------------------------------------------------

    void react(UUID orgId, UUID postId, UUID personId, WallReaction kind) {
        if (reacted(orgId, postId, personId, kind)) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO wellbeing_wall_reaction (post_id, org_id, person_id, kind) VALUES (?, ?, ?, ?)")
                    .params(postId, orgId, personId, kind.name()).update();
        } catch (DuplicateKeyException sameReactionMeanwhile) {
            // a double click: the reaction is there, which is what was asked
        }
    }

    void unreact(UUID orgId, UUID postId, UUID personId, WallReaction kind) {
        jdbc.sql("DELETE FROM wellbeing_wall_reaction WHERE org_id = ? AND post_id = ? AND person_id = ? AND kind = ?")
                .params(orgId, postId, personId, kind.name()).update();
    }

    boolean reacted(UUID orgId, UUID postId, UUID personId, WallReaction kind) {
        return jdbc.sql("""
                SELECT count(*) FROM wellbeing_wall_reaction WHERE org_id = ? AND post_id = ? AND person_id = ? AND kind = ?""")
                .params(orgId, postId, personId, kind.name()).query(Integer.class).single() > 0;
    }

    /** How many people gave each reaction, by post. */
    Map<UUID, Map<WallReaction, Integer>> counts(UUID orgId, Collection<UUID> postIds) {
        Map<UUID, Map<WallReaction, Integer>> counts = new HashMap<>();
        if (postIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT post_id, kind, count(*) AS people FROM wellbeing_wall_reaction
                WHERE org_id = :org AND post_id IN (:ids) GROUP BY post_id, kind""")
                .param("org", orgId).param("ids", postIds).query(rs -> {
                    counts.computeIfAbsent(rs.getObject("post_id", UUID.class), id -> new EnumMap<>(WallReaction.class))
                            .put(WallReaction.valueOf(rs.getString("kind")), rs.getInt("people"));
                });
        return counts;
    }

    /** The reactions {@code personId} gave, by post. */
    Map<UUID, Set<WallReaction>> mine(UUID orgId, UUID personId, Collection<UUID> postIds) {
        Map<UUID, Set<WallReaction>> mine = new HashMap<>();
        if (postIds.isEmpty()) {
            return mine;
        }
        jdbc.sql("""
                SELECT post_id, kind FROM wellbeing_wall_reaction
                WHERE org_id = :org AND person_id = :person AND post_id IN (:ids)""")
                .param("org", orgId).param("person", personId).param("ids", postIds).query(rs -> {
                    mine.computeIfAbsent(rs.getObject("post_id", UUID.class), id -> EnumSet.noneOf(WallReaction.class))
                            .add(WallReaction.valueOf(rs.getString("kind")));
                });
        return mine;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        WallAudience audience = WallAudience.valueOf(rs.getString("audience"));
        UUID unit = audience == WallAudience.BRANCH ? rs.getObject("branch_id", UUID.class)
                : audience == WallAudience.DEPARTMENT ? rs.getObject("department_id", UUID.class) : null;
        return new Row(rs.getObject("id", UUID.class), audience, unit, rs.getObject("author_id", UUID.class),
                rs.getString("body"), rs.getDate("post_date").toLocalDate(), rs.getString("hidden_reason"));
    }
}

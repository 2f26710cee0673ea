package org.shelfcare.listening;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions, their questions and votes, as rows. Every query is bound to a library. */
@Repository
class SessionStore {

    record Row(UUID id, UUID orgId, @Nullable UUID hostId, String title, @Nullable String purpose, Instant startsAt,
            @Nullable Instant endsAt, SessionFormat format, @Nullable String location, SessionAudience audience,
            @Nullable UUID unitId, @Nullable String agenda, String joinCode, boolean moderated, @Nullable Instant closedAt) {}

    record QuestionRow(UUID id, UUID sessionId, @Nullable UUID authorId, boolean anonymous, String text,
            LocalDate date, int position, QuestionStatus status, @Nullable HideReason hiddenReason,
            @Nullable String answer, @Nullable String editHash, @Nullable UUID mergedInto,
            @Nullable QuestionStatus statusBeforeMerge) {}

    private static final RowMapper<Row> ROW = (rs, n) -> {
        SessionAudience audience = SessionAudience.valueOf(rs.getString("audience"));
        Timestamp ends = rs.getTimestamp("ends_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
                rs.getObject("host_id", UUID.class), rs.getString("title"), rs.getString("purpose"),
                rs.getTimestamp("starts_at").toInstant(), ends == null ? null : ends.toInstant(),
                SessionFormat.valueOf(rs.getString("format")), rs.getString("location"), audience,
                audience == SessionAudience.BRANCH ? rs.getObject("branch_id", UUID.class)
                        : audience == SessionAudience.DEPARTMENT ? rs.getObject("department_id", UUID.class) : null,
                rs.getString("agenda"), rs.getString("join_code"), rs.getBoolean("moderated"),
                closed == null ? null : closed.toInstant());
    };

    private static final RowMapper<QuestionRow> QUESTION = (rs, n) -> new QuestionRow(rs.getObject("id", UUID.class),
            rs.getObject("session_id", UUID.class), rs.getObject("author_id", UUID.class), rs.getBoolean("anonymous"),
            rs.getString("body"), rs.getObject("post_date", LocalDate.class), rs.getInt("position"),
            QuestionStatus.valueOf(rs.getString("status")),
            rs.getString("hidden_reason") == null ? null : HideReason.valueOf(rs.getString("hidden_reason")),
            rs.getString("answer"), rs.getString("edit_hash"), rs.getObject("merged_into", UUID.class),
            rs.getString("status_before_merge") == null ? null : QuestionStatus.valueOf(rs.getString("status_before_merge")));

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.sql("""
                INSERT INTO listening_session (id, org_id, host_id, title, purpose, starts_at, ends_at, format, location,
                    audience, branch_id, department_id, agenda, join_code, moderated, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.id(), row.orgId(), row.hostId(), row.title(), row.purpose(), Timestamp.from(row.startsAt()),
                        row.endsAt() == null ? null : Timestamp.from(row.endsAt()), row.format().name(), row.location(),
                        row.audience().name(), row.audience() == SessionAudience.BRANCH ? row.unitId() : null,
                        row.audience() == SessionAudience.DEPARTMENT ? row.unitId() : null, row.agenda(), row.joinCode(),
                        row.moderated(), Timestamp.from(Instant.now()))
                .update();
    }

    Optional<Row> find(UUID orgId, UUID id) {
        return jdbc.sql("SELECT * FROM listening_session WHERE org_id = ? AND id = ?").params(orgId, id).query(ROW)
                .optional();
    }

    List<Row> all(UUID orgId) {
        return jdbc.sql("SELECT * FROM listening_session WHERE org_id = ? ORDER BY starts_at DESC, id")
                .param(orgId).query(ROW).list();
    }

    /** The open session of the library with this join code. */
    Optional<Row> open(UUID orgId, String joinCode) {
        return jdbc.sql("SELECT * FROM listening_session WHERE org_id = ? AND join_code = ? AND closed_at IS NULL")
                .params(orgId, joinCode).query(ROW).optional();
    }

    boolean close(UUID orgId, UUID id) {
        jdbc.sql("DELETE FROM listening_pin WHERE org_id = ? AND session_id = ?").params(orgId, id).update();
        return jdbc.sql("UPDATE listening_session SET closed_at = ? WHERE org_id = ? AND id = ? AND closed_at IS NULL")
                .params(Timestamp.from(Instant.now()), orgId, id).update() > 0;
    }

    // ---- questions --------------------------------------------------------------------------------

    void insertQuestion(UUID orgId, UUID sessionId, UUID id, @Nullable UUID authorId, String text, LocalDate date,
            QuestionStatus status) {
        insertQuestion(orgId, sessionId, id, authorId, text, date, status, null);
    }

    /** A question; an anonymous one may carry the hash of its asker's edit secret. */
    void insertQuestion(UUID orgId, UUID sessionId, UUID id, @Nullable UUID authorId, String text, LocalDate date,
            QuestionStatus status, @Nullable String editHash) {
        // the session row is locked so that two questions posted at once get distinct positions
        jdbc.sql("SELECT id FROM listening_session WHERE org_id = ? AND id = ? FOR UPDATE").params(orgId, sessionId)
                .query(UUID.class).optional();
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM listening_question WHERE session_id = ?")
                .param(sessionId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO listening_question (id, session_id, org_id, author_id, anonymous, body, post_date, position,
                    status, edit_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sessionId, orgId, authorId, authorId == null, text, date, position, status.name(), editHash)
                .update();
    }

    Optional<QuestionRow> question(UUID orgId, UUID id) {
        return jdbc.sql("SELECT * FROM listening_question WHERE org_id = ? AND id = ?").params(orgId, id)
                .query(QUESTION).optional();
    }

    List<QuestionRow> questions(UUID orgId, UUID sessionId) {
        return jdbc.sql("SELECT * FROM listening_question WHERE org_id = ? AND session_id = ? ORDER BY position")
                .params(orgId, sessionId).query(QUESTION).list();
    }

    Map<UUID, Integer> questionCounts(UUID orgId) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT session_id, COUNT(*) AS n FROM listening_question WHERE org_id = ? AND status NOT IN ('WITHDRAWN', 'MERGED') GROUP BY session_id")
                .param(orgId).query((rs, n) -> counts.put(rs.getObject("session_id", UUID.class), rs.getInt("n")))
                .list();
        return counts;
    }

    void status(UUID orgId, UUID id, QuestionStatus status, @Nullable HideReason reason) {
        jdbc.sql("UPDATE listening_question SET status = ?, hidden_reason = ? WHERE org_id = ? AND id = ?")
                .params(status.name(), reason == null ? null : reason.name(), orgId, id).update();
    }

    void text(UUID orgId, UUID id, String text) {
        jdbc.sql("UPDATE listening_question SET body = ? WHERE org_id = ? AND id = ?").params(text, orgId, id).update();
    }

    void answer(UUID orgId, UUID id, String answer) {
        jdbc.sql("UPDATE listening_question SET answer = ?, answered_at = ? WHERE org_id = ? AND id = ?")
                .params(answer, Timestamp.from(Instant.now()), orgId, id).update();
    }

    /** Merges the question into another of its session, remembering the status it had. */
    void merge(UUID orgId, UUID id, UUID into, QuestionStatus before) {
        jdbc.sql("""
                UPDATE listening_question SET status = 'MERGED', merged_into = ?, status_before_merge = ?
                WHERE org_id = ? AND id = ?""")
                .params(into, before.name(), orgId, id).update();
    }

    /** Undoes a merge: the question gets back the status it had. */
    void unmerge(UUID orgId, UUID id, QuestionStatus back) {
        jdbc.sql("""
                UPDATE listening_question SET status = ?, merged_into = NULL, status_before_merge = NULL
                WHERE org_id = ? AND id = ?""")
                .params(back.name(), orgId, id).update();
    }

    /** The questions merged into this one. */
    List<QuestionRow> mergedInto(UUID orgId, UUID into) {
        return jdbc.sql("SELECT * FROM listening_question WHERE org_id = ? AND merged_into = ? ORDER BY position")
                .params(orgId, into).query(QUESTION).list();
    }

    // ---- the pinned question ----------------------------------------------------------------------

    Optional<UUID> pinned(UUID orgId, UUID sessionId) {
        return jdbc.sql("SELECT question_id FROM listening_pin WHERE org_id = ? AND session_id = ?")
                .params(orgId, sessionId).query(UUID.class).optional();
    }

    void pin(UUID orgId, UUID sessionId, UUID questionId) {
        // the session row is locked so that two moderators pinning at once leave one pin
        jdbc.sql("SELECT id FROM listening_session WHERE org_id = ? AND id = ? FOR UPDATE").params(orgId, sessionId)
                .query(UUID.class).optional();
        if (jdbc.sql("UPDATE listening_pin SET question_id = ?, pinned_at = ? WHERE org_id = ? AND session_id = ?")
                .params(questionId, Timestamp.from(Instant.now()), orgId, sessionId).update() == 0) {
            jdbc.sql("INSERT INTO listening_pin (session_id, org_id, question_id, pinned_at) VALUES (?, ?, ?, ?)")
                    .params(sessionId, orgId, questionId, Timestamp.from(Instant.now())).update();
        }
    }

    /** Unpins the session's question (only when it is {@code questionId}, if given); answers whether one was. */
    boolean unpin(UUID orgId, UUID sessionId, @Nullable UUID questionId) {
        if (questionId == null) {
            return jdbc.sql("DELETE FROM listening_pin WHERE org_id = ? AND session_id = ?").params(orgId, sessionId)
                    .update() > 0;
        }
        return jdbc.sql("DELETE FROM listening_pin WHERE org_id = ? AND session_id = ? AND question_id = ?")
                .params(orgId, sessionId, questionId).update() > 0;
    }

    /** Hidden questions of the session per reason. */
    Map<HideReason, Integer> hiddenCounts(UUID orgId, UUID sessionId) {
        Map<HideReason, Integer> counts = new java.util.EnumMap<>(HideReason.class);
        jdbc.sql("""
                SELECT hidden_reason, COUNT(*) AS n FROM listening_question
                WHERE org_id = ? AND session_id = ? AND status = 'HIDDEN' GROUP BY hidden_reason""")
                .params(orgId, sessionId)
                .query((rs, n) -> counts.put(HideReason.valueOf(rs.getString("hidden_reason")), rs.getInt("n"))).list();
        return counts;
    }

    // ---- votes ------------------------------------------------------------------------------------

    Map<UUID, Integer> votes(UUID orgId, UUID sessionId) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("""
                SELECT v.question_id, COUNT(*) AS n FROM listening_vote v
                JOIN listening_question q ON q.id = v.question_id
                WHERE v.org_id = ? AND q.session_id = ? GROUP BY v.question_id""")
                .params(orgId, sessionId)
                .query((rs, n) -> counts.put(rs.getObject("question_id", UUID.class), rs.getInt("n"))).list();
        return counts;
    }

    int votesOn(UUID orgId, UUID questionId) {
        return jdbc.sql("SELECT COUNT(*) FROM listening_vote WHERE org_id = ? AND question_id = ?")
                .params(orgId, questionId).query(Integer.class).single();
    }

    boolean voted(UUID orgId, UUID questionId, Collection<String> hashes) {
        return jdbc.sql("SELECT COUNT(*) FROM listening_vote WHERE org_id = :org AND question_id = :q AND voter_hash IN (:h)")
                .param("org", orgId).param("q", questionId).param("h", hashes).query(Integer.class).single() > 0;
    }

    void vote(UUID orgId, UUID questionId, String hash) {
        jdbc.sql("INSERT INTO listening_vote (question_id, org_id, voter_hash) VALUES (?, ?, ?)")
                .params(questionId, orgId, hash).update();
    }

    boolean unvote(UUID orgId, UUID questionId, Collection<String> hashes) {
        return jdbc.sql("DELETE FROM listening_vote WHERE org_id = :org AND question_id = :q AND voter_hash IN (:h)")
                .param("org", orgId).param("q", questionId).param("h", hashes).update() > 0;
    }

    /** Of these votes (by hash), the questions they are on. */
    java.util.Set<UUID> votedQuestions(UUID orgId, Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT question_id FROM listening_vote WHERE org_id = :org AND voter_hash IN (:h)")
                .param("org", orgId).param("h", hashes).query(UUID.class).list());
    }
}

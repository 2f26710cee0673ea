package org.shelfcare.listening;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.privacy.AnonymityGuard;
import org.shelfcare.privacy.ItemHashes;
import org.shelfcare.web.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of session questions: the themes leads put them in (the same themes as suggestions),
 * the actions they led to, and news for the people they concern.
 * <ul>
 * <li>Wellness leads and admins put questions of sessions they see into a theme; a theme shows its
 * visible questions and suggestions, with counts only where they reach the library's k.</li>
 * <li>A question shows the actions it led to; an action shows the visible questions behind it,
 * never the asker of an anonymous one.</li>
 * <li>News (a written answer, a change to a linked action) is worked out when a person looks: for
 * voters from their keyed vote hashes and the one "last looked at the board" time per person; for
 * the asker on their own question's page, against the day its asker last looked, which is kept on
 * the question itself. Nothing links a person to a question.</li>
 * </ul>
 */
@Service
@Transactional
public class QuestionTrails {

    public static final String KIND = "QUESTION";

    private final JdbcClient jdbc;
    private final ListeningSessions sessions;
    private final SessionStore store;
    private final SuggestionBox box;
    private final ItemHashes hashes;
    private final DirectoryManagement directory;
    private final ActionLinks links;

    QuestionTrails(JdbcClient jdbc, ListeningSessions sessions, SessionStore store, SuggestionBox box,
            ItemHashes hashes, DirectoryManagement directory, ActionLinks links) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.store = store;
        this.box = box;
        this.hashes = hashes;
        this.directory = directory;
        this.links = links;
    }

    /** The people who put questions into themes and link them to actions: wellness leads and admins. */
    public static boolean manages(CurrentUser person) {
        return SuggestionBox.moderates(person);
    }

    // ---- themes -----------------------------------------------------------------------------------

    /** Puts a question in a theme, or takes it out ({@code themeId} null). Unseen 404, others 403. */
    public void group(CurrentUser lead, UUID questionId, @Nullable UUID themeId) {
        sessions.sessionOf(lead, questionId);
        if (!manages(lead)) {
            throw Problems.forbidden();
        }
        if (themeId != null && jdbc.sql("SELECT COUNT(*) FROM listening_theme WHERE id = ? AND org_id = ?")
                .params(themeId, lead.organizationId()).query(Integer.class).single() == 0) {
            throw Problems.notFound();
        }
        jdbc.sql("UPDATE listening_question SET theme_id = ? WHERE id = ? AND org_id = ?")
                .params(themeId, questionId, lead.organizationId()).update();
    }

    /** A theme with the visible questions (of sessions the viewer sees) and suggestions in it. */
    @Transactional(readOnly = true)
    public ThemeView theme(CurrentUser viewer, UUID themeId) {
        String name = jdbc.sql("SELECT name FROM listening_theme WHERE id = ? AND org_id = ?")
                .params(themeId, viewer.organizationId()).query(String.class).optional()
                .orElseThrow(Problems::notFound);
        List<LinkedQuestion> questions = views(viewer, rows(viewer, "q.theme_id = :theme", Map.of("theme", themeId)));
        List<Suggestion> suggestions = box.list(viewer).stream()
                .filter(s -> !s.hidden() && themeId.equals(s.themeId())).toList();
        int k = box.threshold(viewer);
        Integer questionCount = count(k, questions.size());
        Integer suggestionCount = count(k, suggestions.size());
        Integer total = questionCount == null || suggestionCount == null ? null
                : count(k, questions.size() + suggestions.size());
        return new ThemeView(themeId, name, k, questionCount, suggestionCount, total, questions, suggestions);
    }

    /** Zero identifies nobody; any other count only from k on. */
    private static @Nullable Integer count(int k, int n) {
        return n == 0 || AnonymityGuard.allowsAggregate(k, n) ? n : null;
    }

    // ---- a session's questions --------------------------------------------------------------------

    /** For each of the session's questions (as the viewer sees them): its theme, actions and news. */
    @Transactional(readOnly = true)
    public Map<UUID, QuestionTrail> trails(CurrentUser viewer, UUID sessionId, List<Question> questions) {
        Map<UUID, QuestionTrail> trails = new HashMap<>();
        if (questions.isEmpty()) {
            return trails;
        }
        List<UUID> ids = questions.stream().map(Question::id).toList();
        Map<UUID, List<LinkedAction>> actions = actions(viewer.organizationId(), ids);
        Map<UUID, String> themes = themeNames(viewer.organizationId());
        Map<UUID, UUID> themeOf = new HashMap<>();
        Map<UUID, Instant> answeredAt = new HashMap<>();
        jdbc.sql("""
                SELECT id, theme_id, answered_at FROM listening_question
                WHERE org_id = :org AND session_id = :session AND id IN (:ids)""")
                .param("org", viewer.organizationId()).param("session", sessionId).param("ids", ids)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    UUID theme = rs.getObject("theme_id", UUID.class);
                    if (theme != null) {
                        themeOf.put(id, theme);
                    }
                    Timestamp answered = rs.getTimestamp("answered_at");
                    if (answered != null) {
                        answeredAt.put(id, answered.toInstant());
                    }
                });
        Instant seen = boardSeen(viewer);
        for (Question q : questions) {
            List<LinkedAction> led = actions.getOrDefault(q.id(), List.of());
            boolean concerns = q.voted() || q.yours();
            boolean changed = (q.answer() != null && answeredAt.containsKey(q.id()) && answeredAt.get(q.id()).isAfter(seen))
                    || led.stream().anyMatch(a -> a.changedAt().isAfter(seen));
            UUID theme = themeOf.get(q.id());
            trails.put(q.id(), new QuestionTrail(theme, theme == null ? null : themes.get(theme), led, concerns && changed));
        }
        return trails;
    }

    /** The library's themes, by name, for the leads' theme picker. */
    @Transactional(readOnly = true)
    public List<SuggestionTheme> themes(CurrentUser viewer) {
        return box.themes(viewer);
    }

    // ---- actions ----------------------------------------------------------------------------------

    /** The actions each of these questions led to, newest change first. */
    @Transactional(readOnly = true)
    Map<UUID, List<LinkedAction>> actions(UUID org, List<UUID> questionIds) {
        return links.of(org, KIND, questionIds);
    }

    /** The visible questions among {@code ids} of sessions the viewer sees, for the action they are behind. */
    @Transactional(readOnly = true)
    List<LinkedQuestion> linked(CurrentUser viewer, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(viewer, rows(viewer, "q.id IN (:ids)", Map.of("ids", ids)));
    }

    /** The visible questions a lead may link to an action: of every session they see, newest session first. */
    @Transactional(readOnly = true)
    public List<LinkedQuestion> linkable(CurrentUser lead) {
        if (!manages(lead)) {
            return List.of();
        }
        return views(lead, rows(lead, "1 = 1", Map.of()));
    }

    /** Whether the question is one of the library's, not withdrawn (for linking it to an action). */
    @Transactional(readOnly = true)
    boolean linkable(CurrentUser lead, UUID questionId) {
        return store.question(lead.organizationId(), questionId).filter(q -> q.status() != QuestionStatus.WITHDRAWN)
                .isPresent();
    }

    /** The named askers of these questions, for a normal notification when their action changes. */
    @Transactional(readOnly = true)
    Set<UUID> namedAskers(UUID org, List<UUID> questionIds) {
        if (questionIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT author_id FROM listening_question
                WHERE org_id = :org AND id IN (:ids) AND anonymous = FALSE AND author_id IS NOT NULL""")
                .param("org", org).param("ids", questionIds).query(UUID.class).list());
    }

    // ---- news -------------------------------------------------------------------------------------

    /** Questions the viewer upvoted or asked by name that got a written answer since they last looked at the board. */
    @Transactional(readOnly = true)
    public List<LinkedQuestion> newAnswers(CurrentUser viewer) {
        Instant seen = boardSeen(viewer);
        return views(viewer, rows(viewer, "q.answer IS NOT NULL AND q.answered_at > :seen",
                Map.of("seen", Timestamp.from(seen)))).stream().filter(q -> q.voted() || q.yours()).toList();
    }

    /**
     * For the asker of the question (checked by the caller): whether it got an answer or one of its
     * actions changed on or after the day its asker last looked; then that day becomes today. Only
     * the day is kept, on the question, never who looked.
     */
    boolean askerLooks(UUID org, UUID questionId, boolean mark) {
        record Seen(@Nullable LocalDate seenOn, @Nullable Instant answeredAt) {}
        Seen seen = jdbc.sql("SELECT asker_seen_on, answered_at FROM listening_question WHERE org_id = ? AND id = ?")
                .params(org, questionId)
                .query((rs, n) -> new Seen(rs.getObject("asker_seen_on", LocalDate.class),
                        ActionLinks.instant(rs.getTimestamp("answered_at"))))
                .optional().orElseThrow(Problems::notFound);
        ZoneId zone = directory.organization(org).zone();
        List<Instant> events = new ArrayList<>(ActionLinks.changes(links.of(org, KIND, questionId)));
        if (seen.answeredAt() != null) {
            events.add(seen.answeredAt());
        }
        boolean news = ActionLinks.newSince(seen.seenOn(), events, zone);
        if (mark) {
            jdbc.sql("UPDATE listening_question SET asker_seen_on = ? WHERE org_id = ? AND id = ?")
                    .params(LocalDate.now(zone), org, questionId).update();
        }
        return news;
    }

    /** When the viewer last looked at the actions board: one time per person, naming no item. */
    Instant boardSeen(CurrentUser viewer) {
        return jdbc.sql("SELECT seen_at FROM listening_seen WHERE person_id = ? AND org_id = ?")
                .params(viewer.personId(), viewer.organizationId()).query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(Instant.EPOCH);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private record Row(UUID id, UUID sessionId, String sessionTitle, String text, boolean anonymous,
            @Nullable UUID authorId, @Nullable String answer) {}

    /** Visible questions matching {@code where}, of sessions the viewer sees, newest session first. */
    private List<Row> rows(CurrentUser viewer, String where, Map<String, Object> params) {
        var sql = jdbc.sql("""
                SELECT q.id, q.session_id, s.title, q.body, q.anonymous, q.author_id, q.answer
                FROM listening_question q JOIN listening_session s ON s.id = q.session_id
                WHERE q.org_id = :org AND q.status = 'VISIBLE' AND """ + " " + where
                + " ORDER BY s.starts_at DESC, q.position").param("org", viewer.organizationId());
        for (Map.Entry<String, Object> param : params.entrySet()) {
            sql = sql.param(param.getKey(), param.getValue());
        }
        Map<UUID, Boolean> sees = new HashMap<>();
        return sql.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                        rs.getString("title"), rs.getString("body"), rs.getBoolean("anonymous"),
                        rs.getObject("author_id", UUID.class), rs.getString("answer"))).list().stream()
                .filter(row -> sees.computeIfAbsent(row.sessionId(), id -> sessions.sees(viewer, id)))
                .toList();
    }

    private List<LinkedQuestion> views(CurrentUser viewer, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, Integer> votes = new HashMap<>();
        jdbc.sql("""
                SELECT question_id, COUNT(*) AS n FROM listening_vote
                WHERE org_id = :org AND question_id IN (:ids) GROUP BY question_id""")
                .param("org", viewer.organizationId()).param("ids", ids)
                .query(rs -> {
                    votes.put(rs.getObject("question_id", UUID.class), rs.getInt("n"));
                });
        Set<String> mine = new LinkedHashSet<>();
        ids.forEach(id -> mine.addAll(hashes.all(viewer.personId(), id)));
        Set<UUID> voted = store.votedQuestions(viewer.organizationId(), mine);
        Map<UUID, String> names = directory.people(viewer).stream()
                .collect(Collectors.toMap(PersonView::id, PersonView::name, (a, b) -> a));
        return rows.stream().map(row -> new LinkedQuestion(row.id(), row.sessionId(), row.sessionTitle(), row.text(),
                row.anonymous(), row.anonymous() || row.authorId() == null ? null : names.get(row.authorId()),
                votes.getOrDefault(row.id(), 0), row.answer(), voted.contains(row.id()),
                viewer.personId().equals(row.authorId()))).toList();
    }

    private Map<UUID, String> themeNames(UUID org) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM listening_theme WHERE org_id = ?").param(org)
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }
}

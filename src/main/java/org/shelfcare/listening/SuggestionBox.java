package org.shelfcare.listening;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.privacy.AnonymityGuard;
import org.shelfcare.privacy.ItemHashes;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's suggestion box, open any time. Staff post named or anonymous suggestions and upvote
 * others; wellness leads and admins hide a suggestion with a reason category (its author sees it,
 * everyone sees the count per reason) and group suggestions into themes.
 * <p>
 * An anonymous suggestion stores no author and no IP, only the day; its author edits or withdraws
 * it with a random secret kept in their browser, of which the row stores only the SHA-256. A vote
 * is stored as HMAC(server key, person + item) only, so nobody can list a person's votes.
 */
@Service
@Transactional
public class SuggestionBox {

    public static final String KIND = "SUGGESTION";
    public static final int TEXT_MAX = 2000;
    public static final int THEME_MAX = 120;
    /** The most suggestions one person may post in {@link #RATE_WINDOW}. */
    public static final int RATE_LIMIT = 10;
    public static final Duration RATE_WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final ItemHashes hashes;
    private final DirectoryManagement directory;
    private final PeopleAdministration people;
    private final ActionLinks links;
    /** Recent post times by HMAC(person): in memory only, forgotten after the window or a restart. */
    private final Map<String, Deque<Instant>> recentPosts = new ConcurrentHashMap<>();

    SuggestionBox(JdbcClient jdbc, ItemHashes hashes, DirectoryManagement directory, PeopleAdministration people,
            ActionLinks links) {
        this.jdbc = jdbc;
        this.hashes = hashes;
        this.directory = directory;
        this.people = people;
        this.links = links;
    }

    /** Wellness leads and admins moderate the box and group suggestions into themes. */
    public static boolean moderates(CurrentUser person) {
        return person.has(Role.WELLNESS_LEAD) || person.isAdmin();
    }

    @Transactional(readOnly = true)
    public int threshold(CurrentUser person) {
        return AnonymityGuard.threshold(directory.organization(person.organizationId()));
    }

    /** Everyone who sees the box: the library's active people, the viewer included. */
    @Transactional(readOnly = true)
    public int audience(CurrentUser person) {
        return people.colleagues(person, null).size();
    }

    @Transactional(readOnly = true)
    public boolean anonymousAllowed(CurrentUser person) {
        return AnonymityGuard.allowsAnonymousPosting(threshold(person), audience(person));
    }

    // ---- posting ----------------------------------------------------------------------------------

    public SuggestionPosted post(CurrentUser person, @Nullable String text, boolean anonymous) {
        String body = text(text);
        if (anonymous && !anonymousAllowed(person)) {
            throw Problems.invalid("anonymous", "listening.suggestion.tooSmall", audience(person), threshold(person));
        }
        rateLimit(person);
        UUID id = UUID.randomUUID();
        String secret = EditSecrets.issue(anonymous);
        jdbc.sql("""
                INSERT INTO listening_suggestion (id, org_id, author_id, anonymous, body, posted_on, edit_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, person.organizationId(), anonymous ? null : person.personId(), anonymous, body,
                        today(person), EditSecrets.hash(secret))
                .update();
        return new SuggestionPosted(id, secret);
    }

    /** Changes the text: the named author, or anyone holding the anonymous suggestion's edit secret. */
    public Suggestion edit(CurrentUser person, UUID id, @Nullable String text, @Nullable String editToken) {
        Row row = owned(person, id, editToken);
        jdbc.sql("UPDATE listening_suggestion SET body = ? WHERE id = ? AND org_id = ?")
                .params(text(text), row.id(), person.organizationId()).update();
        return suggestion(person, id, editToken);
    }

    /** Withdraws it, with its votes: the named author, or anyone holding the edit secret. */
    public void withdraw(CurrentUser person, UUID id, @Nullable String editToken) {
        owned(person, id, editToken);
        jdbc.sql("DELETE FROM listening_item_vote WHERE org_id = ? AND item_kind = ? AND item_id = ?")
                .params(person.organizationId(), KIND, id).update();
        jdbc.sql("DELETE FROM listening_action_item WHERE org_id = ? AND item_kind = ? AND item_id = ?")
                .params(person.organizationId(), KIND, id).update();
        jdbc.sql("DELETE FROM listening_suggestion WHERE id = ? AND org_id = ?").params(id, person.organizationId())
                .update();
    }

    // ---- reading ----------------------------------------------------------------------------------

    /** The box, most voted first: hidden suggestions only for moderators and their named author. */
    @Transactional(readOnly = true)
    public List<Suggestion> list(CurrentUser viewer) {
        List<Row> rows = rows(viewer.organizationId(), null).stream().filter(row -> sees(viewer, row, null)).toList();
        return views(viewer, rows, null).stream()
                .sorted((a, b) -> a.votes() != b.votes() ? Integer.compare(b.votes(), a.votes())
                        : b.postedOn().compareTo(a.postedOn()))
                .toList();
    }

    /** One suggestion; a hidden one only for moderators, its named author or the holder of its edit secret. */
    @Transactional(readOnly = true)
    public Suggestion suggestion(CurrentUser viewer, UUID id, @Nullable String editToken) {
        Row row = find(viewer, id);
        if (!sees(viewer, row, editToken)) {
            throw Problems.notFound();
        }
        return views(viewer, List.of(row), editToken).get(0);
    }

    /** Whether the person is the named author of the suggestion (no secret needed); another library's 404. */
    @Transactional(readOnly = true)
    public boolean authored(CurrentUser person, UUID id) {
        return person.personId().equals(find(person, id).authorId());
    }

    /**
     * One's own suggestion with the actions it led to and whether one of them changed since its
     * author last looked: for its named author, or whoever holds its edit secret (others as
     * {@link #withdraw}: 404 when they do not see it, 403 otherwise). With {@code look}, the author
     * is looking now: afterwards only what changes from today on is news. Only the day is kept.
     */
    public OwnSuggestion own(CurrentUser person, UUID id, @Nullable String editToken, boolean look) {
        Row row = owned(person, id, editToken);
        UUID org = person.organizationId();
        LocalDate seenOn = jdbc.sql("SELECT author_seen_on FROM listening_suggestion WHERE id = ? AND org_id = ?")
                .params(id, org).query((rs, n) -> rs.getObject("author_seen_on", LocalDate.class)).optional()
                .orElse(null);
        ZoneId zone = directory.organization(org).zone();
        List<LinkedAction> actions = links.of(org, KIND, id);
        boolean news = ActionLinks.newSince(seenOn, ActionLinks.changes(actions), zone);
        if (look) {
            jdbc.sql("UPDATE listening_suggestion SET author_seen_on = ? WHERE id = ? AND org_id = ?")
                    .params(LocalDate.now(zone), id, org).update();
        }
        return new OwnSuggestion(views(person, List.of(row), editToken).get(0), actions, news);
    }

    /** The visible suggestions among {@code ids}, for the actions they are linked to. */
    @Transactional(readOnly = true)
    List<Suggestion> visible(CurrentUser viewer, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(viewer, rows(viewer.organizationId(), ids).stream().filter(row -> row.hiddenReason() == null)
                .toList(), null);
    }

    /** How many suggestions are hidden, per reason: public, so that nothing disappears silently. */
    @Transactional(readOnly = true)
    public Map<SuggestionHideReason, Integer> hiddenCounts(CurrentUser viewer) {
        Map<SuggestionHideReason, Integer> counts = new EnumMap<>(SuggestionHideReason.class);
        jdbc.sql("""
                SELECT hidden_reason, COUNT(*) AS n FROM listening_suggestion
                WHERE org_id = ? AND hidden_reason IS NOT NULL GROUP BY hidden_reason""")
                .param(viewer.organizationId())
                .query(rs -> {
                    counts.put(SuggestionHideReason.valueOf(rs.getString("hidden_reason")), rs.getInt("n"));
                });
        return counts;
    }

    // ---- votes ------------------------------------------------------------------------------------

    /** One upvote per person: a second one answers 409, a hidden suggestion 404. */
    public int vote(CurrentUser viewer, UUID id) {
        Row row = find(viewer, id);
        if (row.hiddenReason() != null) {
            throw Problems.notFound();
        }
        if (voted(viewer, KIND, id)) {
            throw Problems.conflict("listening.suggestion.alreadyVoted");
        }
        String hash = hashes.hash(viewer.personId(), id);
        int inserted = jdbc.sql("""
                INSERT INTO listening_item_vote (voter_hash, org_id, item_kind, item_id)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM listening_item_vote WHERE voter_hash = ?)""")
                .params(hash, viewer.organizationId(), KIND, id, hash).update();
        if (inserted == 0) {
            throw Problems.conflict("listening.suggestion.alreadyVoted");
        }
        return votes(viewer.organizationId(), id);
    }

    /** Takes the viewer's vote back; 404 when they had none. */
    public int unvote(CurrentUser viewer, UUID id) {
        find(viewer, id);
        int deleted = jdbc.sql("DELETE FROM listening_item_vote WHERE voter_hash IN (:hashes) AND org_id = :org")
                .param("hashes", hashes.all(viewer.personId(), id)).param("org", viewer.organizationId()).update();
        if (deleted == 0) {
            throw Problems.notFound();
        }
        return votes(viewer.organizationId(), id);
    }

    /** Whether the viewer upvoted the item: worked out from the keyed hash, never stored against them. */
    @Transactional(readOnly = true)
    boolean voted(CurrentUser viewer, String kind, UUID itemId) {
        return jdbc.sql("SELECT COUNT(*) FROM listening_item_vote WHERE voter_hash IN (:hashes)")
                .param("hashes", hashes.all(viewer.personId(), itemId)).query(Integer.class).single() > 0;
    }

    // ---- moderation -------------------------------------------------------------------------------

    public void hide(CurrentUser moderator, UUID id, @Nullable String reason) {
        moderated(moderator, id);
        SuggestionHideReason why = SuggestionHideReason.of(Objects.requireNonNullElse(reason, ""))
                .orElseThrow(() -> Problems.invalid("reason", "listening.suggestion.reasonRequired"));
        jdbc.sql("UPDATE listening_suggestion SET hidden_reason = ? WHERE id = ? AND org_id = ?")
                .params(why.name(), id, moderator.organizationId()).update();
    }

    public void unhide(CurrentUser moderator, UUID id) {
        moderated(moderator, id);
        jdbc.sql("UPDATE listening_suggestion SET hidden_reason = NULL WHERE id = ? AND org_id = ?")
                .params(id, moderator.organizationId()).update();
    }

    // ---- themes -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<SuggestionTheme> themes(CurrentUser viewer) {
        int k = threshold(viewer);
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("""
                SELECT theme_id, COUNT(*) AS n FROM listening_suggestion
                WHERE org_id = ? AND theme_id IS NOT NULL AND hidden_reason IS NULL GROUP BY theme_id""")
                .param(viewer.organizationId())
                .query(rs -> {
                    counts.put(rs.getObject("theme_id", UUID.class), rs.getInt("n"));
                });
        return jdbc.sql("SELECT id, name FROM listening_theme WHERE org_id = ? ORDER BY name")
                .param(viewer.organizationId())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    int count = counts.getOrDefault(id, 0);
                    return new SuggestionTheme(id, rs.getString("name"),
                            AnonymityGuard.allowsAggregate(k, count) ? count : null);
                }).list();
    }

    public UUID createTheme(CurrentUser lead, @Nullable String name) {
        requireModerator(lead);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO listening_theme (id, org_id, name) VALUES (?, ?, ?)")
                .params(id, lead.organizationId(), themeName(name)).update();
        return id;
    }

    public void renameTheme(CurrentUser lead, UUID themeId, @Nullable String name) {
        theme(lead, themeId);
        requireModerator(lead);
        jdbc.sql("UPDATE listening_theme SET name = ? WHERE id = ? AND org_id = ?")
                .params(themeName(name), themeId, lead.organizationId()).update();
    }

    public void deleteTheme(CurrentUser lead, UUID themeId) {
        theme(lead, themeId);
        requireModerator(lead);
        jdbc.sql("UPDATE listening_suggestion SET theme_id = NULL WHERE theme_id = ? AND org_id = ?")
                .params(themeId, lead.organizationId()).update();
        jdbc.sql("DELETE FROM listening_theme WHERE id = ? AND org_id = ?").params(themeId, lead.organizationId())
                .update();
    }

    /** Puts the suggestion in a theme, or takes it out of its theme ({@code themeId} null). */
    public void group(CurrentUser lead, UUID suggestionId, @Nullable UUID themeId) {
        moderated(lead, suggestionId);
        if (themeId != null) {
            theme(lead, themeId);
        }
        jdbc.sql("UPDATE listening_suggestion SET theme_id = ? WHERE id = ? AND org_id = ?")
                .params(themeId, suggestionId, lead.organizationId()).update();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    record Row(UUID id, @Nullable UUID authorId, boolean anonymous, String text, LocalDate postedOn,
            @Nullable String editHash, @Nullable SuggestionHideReason hiddenReason, @Nullable UUID themeId) {}

    private List<Row> rows(UUID org, @Nullable List<UUID> ids) {
        String where = ids == null ? "" : " AND id IN (:ids)";
        var sql = jdbc.sql("""
                SELECT id, author_id, anonymous, body, posted_on, edit_hash, hidden_reason, theme_id
                FROM listening_suggestion WHERE org_id = :org""" + where + " ORDER BY posted_on DESC, id")
                .param("org", org);
        if (ids != null) {
            sql = sql.param("ids", ids);
        }
        return sql.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("author_id", UUID.class),
                rs.getBoolean("anonymous"), rs.getString("body"), rs.getObject("posted_on", LocalDate.class),
                rs.getString("edit_hash"),
                rs.getString("hidden_reason") == null ? null : SuggestionHideReason.valueOf(rs.getString("hidden_reason")),
                rs.getObject("theme_id", UUID.class))).list();
    }

    private Row find(CurrentUser viewer, UUID id) {
        List<Row> rows = rows(viewer.organizationId(), List.of(id));
        if (rows.isEmpty()) {
            throw Problems.notFound();
        }
        return rows.get(0);
    }

    private boolean sees(CurrentUser viewer, Row row, @Nullable String editToken) {
        return row.hiddenReason() == null || moderates(viewer) || viewer.personId().equals(row.authorId())
                || holds(row, editToken);
    }

    private static boolean holds(Row row, @Nullable String editToken) {
        return EditSecrets.holds(row.editHash(), editToken);
    }

    /** The row its named author or the holder of its secret may change; others 404 (or 403 when they see it). */
    private Row owned(CurrentUser person, UUID id, @Nullable String editToken) {
        Row row = find(person, id);
        if (person.personId().equals(row.authorId()) || holds(row, editToken)) {
            return row;
        }
        if (!sees(person, row, null)) {
            throw Problems.notFound();
        }
        throw Problems.forbidden();
    }

    private void moderated(CurrentUser person, UUID id) {
        Row row = find(person, id);
        if (!sees(person, row, null)) {
            throw Problems.notFound();
        }
        requireModerator(person);
    }

    private static void requireModerator(CurrentUser person) {
        if (!moderates(person)) {
            throw Problems.forbidden();
        }
    }

    private void theme(CurrentUser person, UUID themeId) {
        if (jdbc.sql("SELECT COUNT(*) FROM listening_theme WHERE id = ? AND org_id = ?")
                .params(themeId, person.organizationId()).query(Integer.class).single() == 0) {
            throw Problems.notFound();
        }
    }

    private int votes(UUID org, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM listening_item_vote WHERE org_id = ? AND item_kind = ? AND item_id = ?")
                .params(org, KIND, id).query(Integer.class).single();
    }

    private List<Suggestion> views(CurrentUser viewer, List<Row> rows, @Nullable String editToken) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, Integer> votes = new HashMap<>();
        jdbc.sql("""
                SELECT item_id, COUNT(*) AS n FROM listening_item_vote
                WHERE org_id = :org AND item_kind = :kind AND item_id IN (:ids) GROUP BY item_id""")
                .param("org", viewer.organizationId()).param("kind", KIND).param("ids", ids)
                .query(rs -> {
                    votes.put(rs.getObject("item_id", UUID.class), rs.getInt("n"));
                });
        Map<String, UUID> hashed = new HashMap<>();
        ids.forEach(id -> hashes.all(viewer.personId(), id).forEach(hash -> hashed.put(hash, id)));
        java.util.Set<UUID> mine = new java.util.HashSet<>();
        jdbc.sql("SELECT voter_hash FROM listening_item_vote WHERE voter_hash IN (:hashes)")
                .param("hashes", hashed.keySet()).query(String.class).list()
                .forEach(hash -> mine.add(hashed.get(hash)));
        Map<UUID, String> names = directory.people(viewer).stream()
                .collect(Collectors.toMap(PersonView::id, PersonView::name));
        Map<UUID, String> themes = themes(viewer).stream()
                .collect(Collectors.toMap(SuggestionTheme::id, SuggestionTheme::name));
        boolean moderator = moderates(viewer);
        return rows.stream().map(row -> {
            boolean yours = viewer.personId().equals(row.authorId());
            boolean reasonShown = moderator || yours || holds(row, editToken);
            return new Suggestion(row.id(), row.text(), row.anonymous(), row.authorId(),
                    row.authorId() == null ? null : names.get(row.authorId()), row.postedOn(),
                    votes.getOrDefault(row.id(), 0), mine.contains(row.id()), yours, row.hiddenReason() != null,
                    reasonShown ? row.hiddenReason() : null, row.themeId(),
                    row.themeId() == null ? null : themes.get(row.themeId()));
        }).toList();
    }

    private static String text(@Nullable String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw Problems.invalid("text", "listening.suggestion.textRequired");
        }
        if (body.codePointCount(0, body.length()) > TEXT_MAX) {
            throw Problems.invalid("text", "validation.tooLong", TEXT_MAX);
        }
        return body;
    }

    private static String themeName(@Nullable String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw Problems.invalid("name", "listening.theme.nameRequired");
        }
        if (text.codePointCount(0, text.length()) > THEME_MAX) {
            throw Problems.invalid("name", "validation.tooLong", THEME_MAX);
        }
        return text;
    }

    private LocalDate today(CurrentUser person) {
        return LocalDate.now(directory.organization(person.organizationId()).zone());
    }

    private void rateLimit(CurrentUser person) {
        Instant now = Instant.now();
        // the counter is kept under a keyed hash, never the person's id
        String key = hashes.hash(person.personId(), person.organizationId());
        Deque<Instant> times = recentPosts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(RATE_WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= RATE_LIMIT) {
                throw Problems.of(HttpStatus.TOO_MANY_REQUESTS, "listening.suggestion.rateLimited", RATE_LIMIT,
                        RATE_WINDOW.toMinutes());
            }
            times.addLast(now);
        }
    }
}

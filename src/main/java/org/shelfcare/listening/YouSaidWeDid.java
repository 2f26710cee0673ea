package org.shelfcare.listening;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.web.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "You said, we did": the actions that staff feedback became. Wellness leads and admins create and
 * update them; every person of the library sees the board.
 * <p>
 * An action's items are suggestions and session questions ({@link QuestionTrails}). When an action
 * changes, the named authors of the suggestions and the named askers of the questions behind it get a
 * notification. Nobody else is told anything that is stored: voters and anonymous authors see "new
 * since you last looked" on the board, worked out when they look from their keyed vote hashes and one
 * "last looked" time per person that names no item.
 */
@Service
@Transactional
public class YouSaidWeDid {

    public static final String NOTICE = "listening.actions";
    public static final String BOARD = "/listening/actions";
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int UPDATE_MAX = 2000;
    public static final int REASON_MAX = 1000;

    private final JdbcClient jdbc;
    private final SuggestionBox box;
    private final DirectoryManagement directory;
    private final NotificationManagement notifications;
    private final QuestionTrails trails;

    YouSaidWeDid(JdbcClient jdbc, SuggestionBox box, DirectoryManagement directory,
            NotificationManagement notifications, QuestionTrails trails) {
        this.jdbc = jdbc;
        this.box = box;
        this.trails = trails;
        this.directory = directory;
        this.notifications = notifications;
    }

    public static boolean manages(CurrentUser person) {
        return SuggestionBox.moderates(person);
    }

    // ---- reading ----------------------------------------------------------------------------------

    /** Every action of the library, newest change first, with news worked out for the viewer. */
    @Transactional(readOnly = true)
    public List<Action> board(CurrentUser viewer) {
        return views(viewer, rows(viewer.organizationId(), null));
    }

    @Transactional(readOnly = true)
    public Action action(CurrentUser viewer, UUID id) {
        return views(viewer, List.of(row(viewer, id))).get(0);
    }

    /** Records that the viewer looked at the board now: one time per person, linked to no item. */
    public void seen(CurrentUser viewer) {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.sql("UPDATE listening_seen SET seen_at = ? WHERE person_id = ? AND org_id = ?")
                .params(now, viewer.personId(), viewer.organizationId()).update() == 0) {
            jdbc.sql("INSERT INTO listening_seen (person_id, org_id, seen_at) VALUES (?, ?, ?)")
                    .params(viewer.personId(), viewer.organizationId(), now).update();
        }
    }

    // ---- changing ---------------------------------------------------------------------------------

    public UUID create(CurrentUser lead, ActionDraft draft) {
        requireManager(lead);
        Checked checked = check(lead, draft);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        jdbc.sql("""
                INSERT INTO listening_action (id, org_id, title, description, owner_id, status, wont_do_reason,
                    created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, lead.organizationId(), checked.title(), checked.description(), draft.ownerId(),
                        checked.status().name(), checked.reason(), now, now).update();
        link(lead, id, checked.suggestions(), checked.questions());
        tell(lead, id, checked.title(), checked.suggestions(), checked.questions());
        return id;
    }

    public void update(CurrentUser lead, UUID id, ActionDraft draft) {
        row(lead, id);
        requireManager(lead);
        Checked checked = check(lead, draft);
        jdbc.sql("""
                UPDATE listening_action SET title = ?, description = ?, owner_id = ?, status = ?, wont_do_reason = ?,
                    changed_at = ? WHERE id = ? AND org_id = ?""")
                .params(checked.title(), checked.description(), draft.ownerId(), checked.status().name(),
                        checked.reason(), Timestamp.from(Instant.now()), id, lead.organizationId()).update();
        jdbc.sql("DELETE FROM listening_action_item WHERE action_id = ? AND org_id = ?").params(id, lead.organizationId())
                .update();
        link(lead, id, checked.suggestions(), checked.questions());
        tell(lead, id, checked.title(), checked.suggestions(), checked.questions());
    }

    /** A dated progress update, which may move the action to another status (WONT_DO needs a reason). */
    public UUID addUpdate(CurrentUser lead, UUID id, @Nullable String text, @Nullable String status,
            @Nullable String wontDoReason) {
        Row row = row(lead, id);
        requireManager(lead);
        String body = required("text", text, UPDATE_MAX, "listening.action.updateRequired");
        ActionStatus next = status == null || status.isBlank() ? row.status() : ActionStatus.of(status)
                .orElseThrow(() -> Problems.invalid("status", "listening.action.statusUnknown"));
        String reason = row.wontDoReason();
        if (next == ActionStatus.WONT_DO && (reason == null || (wontDoReason != null && !wontDoReason.isBlank()))) {
            reason = required("wontDoReason", wontDoReason, REASON_MAX, "listening.action.reasonRequired");
        } else if (next != ActionStatus.WONT_DO) {
            reason = null;
        }
        UUID updateId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO listening_action_update (id, action_id, org_id, body, status, written_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(updateId, id, lead.organizationId(), body, next.name(), now).update();
        jdbc.sql("UPDATE listening_action SET status = ?, wont_do_reason = ?, changed_at = ? WHERE id = ? AND org_id = ?")
                .params(next.name(), reason, now, id, lead.organizationId()).update();
        tell(lead, id, row.title(), items(lead.organizationId(), List.of(id), SuggestionBox.KIND).getOrDefault(id, List.of()),
                items(lead.organizationId(), List.of(id), QuestionTrails.KIND).getOrDefault(id, List.of()));
        return updateId;
    }

    public void delete(CurrentUser lead, UUID id) {
        row(lead, id);
        requireManager(lead);
        jdbc.sql("DELETE FROM listening_action WHERE id = ? AND org_id = ?").params(id, lead.organizationId()).update();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    record Row(UUID id, String title, String description, @Nullable UUID ownerId, ActionStatus status,
            @Nullable String wontDoReason, Instant createdAt, Instant changedAt) {}

    private record Checked(String title, String description, ActionStatus status, @Nullable String reason,
            List<UUID> suggestions, List<UUID> questions) {}

    private Checked check(CurrentUser lead, ActionDraft draft) {
        String title = required("title", draft.title(), TITLE_MAX, "listening.action.titleRequired");
        String description = draft.description() == null ? "" : draft.description().strip();
        if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
            throw Problems.invalid("description", "validation.tooLong", DESCRIPTION_MAX);
        }
        ActionStatus status = draft.status() == null || draft.status().isBlank() ? ActionStatus.CONSIDERING
                : ActionStatus.of(draft.status()).orElseThrow(() -> Problems.invalid("status",
                        "listening.action.statusUnknown"));
        String reason = null;
        if (status == ActionStatus.WONT_DO) {
            reason = required("wontDoReason", draft.wontDoReason(), REASON_MAX, "listening.action.reasonRequired");
        }
        if (draft.ownerId() != null && directory.people(lead).stream().noneMatch(p -> p.id().equals(draft.ownerId()))) {
            throw Problems.invalid("ownerId", "listening.action.ownerUnknown");
        }
        List<UUID> suggestions = List.copyOf(new LinkedHashSet<>(Objects.requireNonNullElse(draft.suggestionIds(),
                List.<UUID>of())));
        for (UUID suggestion : suggestions) {
            if (!exists(lead, suggestion)) {
                throw Problems.invalid("suggestionIds", "listening.action.suggestionUnknown");
            }
        }
        List<UUID> questions = List.copyOf(new LinkedHashSet<>(Objects.requireNonNullElse(draft.questionIds(),
                List.<UUID>of())));
        for (UUID question : questions) {
            if (!trails.linkable(lead, question)) {
                throw Problems.invalid("questionIds", "listening.action.questionUnknown");
            }
        }
        return new Checked(title, description, status, reason, suggestions, questions);
    }

    private boolean exists(CurrentUser lead, UUID suggestion) {
        return jdbc.sql("SELECT COUNT(*) FROM listening_suggestion WHERE id = ? AND org_id = ?")
                .params(suggestion, lead.organizationId()).query(Integer.class).single() > 0;
    }

    private void link(CurrentUser lead, UUID actionId, List<UUID> suggestions, List<UUID> questions) {
        for (UUID suggestion : suggestions) {
            jdbc.sql("INSERT INTO listening_action_item (action_id, org_id, item_kind, item_id) VALUES (?, ?, ?, ?)")
                    .params(actionId, lead.organizationId(), SuggestionBox.KIND, suggestion).update();
        }
        for (UUID question : questions) {
            jdbc.sql("INSERT INTO listening_action_item (action_id, org_id, item_kind, item_id) VALUES (?, ?, ?, ?)")
                    .params(actionId, lead.organizationId(), QuestionTrails.KIND, question).update();
        }
    }

    /**
     * A notification to the named authors of the suggestions and the named askers of the questions
     * behind the action; nobody else gets one (voters and anonymous askers see news when they look).
     */
    private void tell(CurrentUser lead, UUID actionId, String title, List<UUID> suggestions, List<UUID> questions) {
        Set<UUID> authors = new LinkedHashSet<>();
        if (!suggestions.isEmpty()) {
            authors.addAll(jdbc.sql("""
                    SELECT author_id FROM listening_suggestion
                    WHERE org_id = :org AND id IN (:ids) AND anonymous = FALSE AND author_id IS NOT NULL""")
                    .param("org", lead.organizationId()).param("ids", suggestions).query(UUID.class).list());
        }
        authors.addAll(trails.namedAskers(lead.organizationId(), questions));
        authors.remove(lead.personId());
        if (!authors.isEmpty()) {
            notifications.notify(Notice.inApp(lead.organizationId(), authors, NOTICE, "listening.action.notice.changed",
                    List.of(title), BOARD + "#action-" + actionId));
        }
    }

    private Row row(CurrentUser viewer, UUID id) {
        List<Row> rows = rows(viewer.organizationId(), id);
        if (rows.isEmpty()) {
            throw Problems.notFound();
        }
        return rows.get(0);
    }

    private List<Row> rows(UUID org, @Nullable UUID id) {
        var sql = jdbc.sql("""
                SELECT id, title, description, owner_id, status, wont_do_reason, created_at, changed_at
                FROM listening_action WHERE org_id = :org""" + (id == null ? "" : " AND id = :id")
                + " ORDER BY changed_at DESC, id").param("org", org);
        if (id != null) {
            sql = sql.param("id", id);
        }
        return sql.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("description"), rs.getObject("owner_id", UUID.class),
                        ActionStatus.valueOf(rs.getString("status")), rs.getString("wont_do_reason"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private Map<UUID, List<UUID>> items(UUID org, List<UUID> actions, String kind) {
        Map<UUID, List<UUID>> items = new HashMap<>();
        if (actions.isEmpty()) {
            return items;
        }
        jdbc.sql("""
                SELECT action_id, item_id FROM listening_action_item
                WHERE org_id = :org AND item_kind = :kind AND action_id IN (:ids)""")
                .param("org", org).param("kind", kind).param("ids", actions)
                .query(rs -> {
                    items.computeIfAbsent(rs.getObject("action_id", UUID.class), a -> new ArrayList<>())
                            .add(rs.getObject("item_id", UUID.class));
                });
        return items;
    }

    private List<Action> views(CurrentUser viewer, List<Row> rows) {
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<UUID>> items = items(viewer.organizationId(), ids, SuggestionBox.KIND);
        Map<UUID, List<UUID>> questionItems = items(viewer.organizationId(), ids, QuestionTrails.KIND);
        Map<UUID, List<ActionUpdate>> updates = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    SELECT id, action_id, body, status, written_at FROM listening_action_update
                    WHERE org_id = :org AND action_id IN (:ids) ORDER BY written_at DESC, id""")
                    .param("org", viewer.organizationId()).param("ids", ids)
                    .query(rs -> {
                        updates.computeIfAbsent(rs.getObject("action_id", UUID.class), a -> new ArrayList<>())
                                .add(new ActionUpdate(rs.getObject("id", UUID.class), rs.getString("body"),
                                        ActionStatus.valueOf(rs.getString("status")),
                                        rs.getTimestamp("written_at").toInstant()));
                    });
        }
        Instant seen = jdbc.sql("SELECT seen_at FROM listening_seen WHERE person_id = ? AND org_id = ?")
                .params(viewer.personId(), viewer.organizationId()).query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(Instant.EPOCH);
        Map<UUID, String> names = directory.people(viewer).stream()
                .collect(Collectors.toMap(PersonView::id, PersonView::name));
        List<Action> actions = new ArrayList<>();
        for (Row row : rows) {
            List<UUID> linked = items.getOrDefault(row.id(), List.of());
            List<Suggestion> suggestions = box.visible(viewer, linked);
            List<LinkedQuestion> questions = trails.linked(viewer, questionItems.getOrDefault(row.id(), List.of()));
            boolean concerns = suggestions.stream().anyMatch(s -> s.voted() || s.yours())
                    || questions.stream().anyMatch(q -> q.voted() || q.yours());
            actions.add(new Action(row.id(), row.title(), row.description(), row.ownerId(),
                    row.ownerId() == null ? null : names.get(row.ownerId()), row.status(), row.wontDoReason(),
                    row.createdAt(), row.changedAt(), updates.getOrDefault(row.id(), List.of()), suggestions,
                    concerns && row.changedAt().isAfter(seen), questions));
        }
        return actions;
    }

    private static void requireManager(CurrentUser person) {
        if (!manages(person)) {
            throw Problems.forbidden();
        }
    }

    private static String required(String field, @Nullable String value, int max, String messageCode) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw Problems.invalid(field, messageCode);
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw Problems.invalid(field, "validation.tooLong", max);
        }
        return text;
    }
}

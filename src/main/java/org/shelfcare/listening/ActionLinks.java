package org.shelfcare.listening;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The actions items led to, for questions and suggestions alike, and what counts as news for an
 * item's own author: a change on or after the day they last looked (only that day is kept, on the
 * item's row, never who looked).
 */
@Component
class ActionLinks {

    private final JdbcClient jdbc;

    ActionLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The actions each item of this kind led to, newest change first. */
    Map<UUID, List<LinkedAction>> of(UUID org, String kind, Collection<UUID> itemIds) {
        Map<UUID, List<LinkedAction>> actions = new HashMap<>();
        if (itemIds.isEmpty()) {
            return actions;
        }
        jdbc.sql("""
                SELECT i.item_id, a.id, a.title, a.status, a.changed_at FROM listening_action_item i
                JOIN listening_action a ON a.id = i.action_id
                WHERE i.org_id = :org AND i.item_kind = :kind AND i.item_id IN (:ids)
                ORDER BY a.changed_at DESC, a.id""")
                .param("org", org).param("kind", kind).param("ids", itemIds)
                .query(rs -> {
                    actions.computeIfAbsent(rs.getObject("item_id", UUID.class), q -> new ArrayList<>())
                            .add(new LinkedAction(rs.getObject("id", UUID.class), rs.getString("title"),
                                    ActionStatus.valueOf(rs.getString("status")),
                                    rs.getTimestamp("changed_at").toInstant()));
                });
        return actions;
    }

    /** The actions one item led to, newest change first. */
    List<LinkedAction> of(UUID org, String kind, UUID itemId) {
        return of(org, kind, List.of(itemId)).getOrDefault(itemId, List.of());
    }

    /**
     * Whether anything happened on or after the day the author last looked ({@code seenOn}, null when
     * they never looked), counting whole days in the library's zone: the kept day says no more.
     */
    static boolean newSince(@Nullable LocalDate seenOn, List<Instant> happened, ZoneId zone) {
        return happened.stream().anyMatch(at -> seenOn == null || !LocalDate.ofInstant(at, zone).isBefore(seenOn));
    }

    /** The times these actions changed, for {@link #newSince}. */
    static List<Instant> changes(List<LinkedAction> actions) {
        return actions.stream().map(LinkedAction::changedAt).toList();
    }

    static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}

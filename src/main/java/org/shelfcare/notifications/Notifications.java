package org.shelfcare.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The notification center's rows, preferences and quiet hours. Every query filters by library. */
@Repository
class Notifications {

    /** The notification center keeps showing this many of the newest. */
    static final int KEPT_IN_VIEW = 500;

    private static final String SELECT =
            "SELECT id, type, message_key, args, link, created_at, read_at FROM notification";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Notifications(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID orgId, UUID personId, String type, String messageKey, List<String> args, @Nullable String link,
            Instant at) {
        jdbc.sql("""
                INSERT INTO notification (id, org_id, person_id, type, message_key, args, link, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), orgId, personId, type, messageKey, json.writeValueAsString(args), link,
                        Timestamp.from(at))
                .update();
    }

    List<NotificationView> newest(UUID orgId, UUID personId, int limit) {
        return jdbc.sql(SELECT + " WHERE org_id = ? AND person_id = ? ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(orgId, personId, limit).query(this::view).list();
    }

    Optional<NotificationView> find(UUID orgId, UUID personId, UUID id) {
        return jdbc.sql(SELECT + " WHERE org_id = ? AND person_id = ? AND id = ?")
                .params(orgId, personId, id).query(this::view).optional();
    }

    private NotificationView view(ResultSet rs, int row) throws SQLException {
        return new NotificationView(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("message_key"),
                json.readValue(rs.getString("args"), STRINGS), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("read_at")));
    }

    long unread(UUID orgId, UUID personId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE org_id = ? AND person_id = ? AND read_at IS NULL")
                .params(orgId, personId).query(Long.class).single();
    }

    boolean markRead(UUID orgId, UUID personId, UUID id, Instant at) {
        jdbc.sql("UPDATE notification SET read_at = ? WHERE org_id = ? AND person_id = ? AND id = ? AND read_at IS NULL")
                .params(Timestamp.from(at), orgId, personId, id).update();
        return find(orgId, personId, id).isPresent();
    }

    int markAllRead(UUID orgId, UUID personId, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = ? WHERE org_id = ? AND person_id = ? AND read_at IS NULL")
                .params(Timestamp.from(at), orgId, personId).update();
    }

    // ---- preferences ---------------------------------------------------------------------------

    List<NotificationPreferences.TypePreference> typePreferences(UUID orgId, UUID personId) {
        return jdbc.sql("SELECT type, in_app, email FROM notification_preference WHERE org_id = ? AND person_id = ?")
                .params(orgId, personId)
                .query((rs, n) -> new NotificationPreferences.TypePreference(rs.getString("type"),
                        rs.getBoolean("in_app"), rs.getBoolean("email")))
                .list();
    }

    QuietHours quietHours(UUID orgId, UUID personId) {
        return jdbc.sql("""
                SELECT enabled, quiet_start, quiet_end, quiet_days FROM notification_quiet_hours
                WHERE org_id = ? AND person_id = ?""")
                .params(orgId, personId)
                .query((rs, n) -> new QuietHours(rs.getBoolean("enabled"), rs.getObject("quiet_start", LocalTime.class),
                        rs.getObject("quiet_end", LocalTime.class), days(rs.getString("quiet_days"))))
                .optional().orElse(QuietHours.OFF);
    }

    void save(UUID orgId, UUID personId, NotificationPreferences preferences) {
        jdbc.sql("DELETE FROM notification_preference WHERE org_id = ? AND person_id = ?").params(orgId, personId).update();
        for (NotificationPreferences.TypePreference type : preferences.types()) {
            jdbc.sql("INSERT INTO notification_preference (person_id, org_id, type, in_app, email) VALUES (?, ?, ?, ?, ?)")
                    .params(personId, orgId, type.type(), type.inApp(), type.email()).update();
        }
        QuietHours quiet = preferences.quietHours();
        jdbc.sql("DELETE FROM notification_quiet_hours WHERE org_id = ? AND person_id = ?").params(orgId, personId).update();
        jdbc.sql("""
                INSERT INTO notification_quiet_hours (person_id, org_id, enabled, quiet_start, quiet_end, quiet_days)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(personId, orgId, quiet.enabled(), quiet.start(), quiet.end(),
                        quiet.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")))
                .update();
    }

    private static Set<DayOfWeek> days(String text) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(text.split(",")).filter(d -> !d.isBlank()).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package org.shelfcare.wellbeing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The capacity statuses people set and the breaks they take. A break is over once its end has
 * passed: reads leave such rows out, so nothing needs to clear them on time.
 */
@Repository
class CapacityStatuses {

    private final JdbcClient jdbc;

    CapacityStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CapacityStatus> status(UUID orgId, UUID personId) {
        return jdbc.sql("SELECT status FROM wellbeing_status WHERE org_id = ? AND person_id = ?")
                .params(orgId, personId).query(String.class).optional().map(CapacityStatus::valueOf);
    }

    /** Everyone in the library with a status set. */
    Map<UUID, CapacityStatus> statuses(UUID orgId) {
        Map<UUID, CapacityStatus> all = new HashMap<>();
        jdbc.sql("SELECT person_id, status FROM wellbeing_status WHERE org_id = ?").param(orgId)
                .query((rs, n) -> all.put(rs.getObject("person_id", UUID.class), CapacityStatus.valueOf(rs.getString("status"))))
                .list();
        return all;
    }

    void setStatus(UUID orgId, UUID personId, CapacityStatus status, Instant now) {
        int updated = jdbc.sql("UPDATE wellbeing_status SET status = ?, set_at = ? WHERE org_id = ? AND person_id = ?")
                .params(status.name(), Timestamp.from(now), orgId, personId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO wellbeing_status (status, set_at, org_id, person_id) VALUES (?, ?, ?, ?)")
                    .params(status.name(), Timestamp.from(now), orgId, personId).update();
        }
    }

    void clearStatus(UUID orgId, UUID personId) {
        jdbc.sql("DELETE FROM wellbeing_status WHERE org_id = ? AND person_id = ?").params(orgId, personId).update();
    }

    // ---- breaks ----------------------------------------------------------------------------------

    Optional<CurrentBreak> currentBreak(UUID orgId, UUID personId, Instant now) {
        return jdbc.sql("""
                SELECT practice, minutes, started_at, ends_at, show_status FROM wellbeing_break
                WHERE org_id = ? AND person_id = ? AND ends_at > ?""")
                .params(orgId, personId, Timestamp.from(now)).query(CapacityStatuses::mapBreak).optional();
    }

    /** The breaks running at {@code now} in the library whose status colleagues may see. */
    Map<UUID, CurrentBreak> shownBreaks(UUID orgId, Instant now) {
        Map<UUID, CurrentBreak> all = new HashMap<>();
        jdbc.sql("""
                SELECT person_id, practice, minutes, started_at, ends_at, show_status FROM wellbeing_break
                WHERE org_id = ? AND ends_at > ? AND show_status = TRUE""")
                .params(orgId, Timestamp.from(now))
                .query((rs, n) -> all.put(rs.getObject("person_id", UUID.class), mapBreak(rs, n))).list();
        return all;
    }

    /** Starts a break, replacing any earlier one (running or over). */
    void startBreak(UUID orgId, UUID personId, CurrentBreak started) {
        jdbc.sql("DELETE FROM wellbeing_break WHERE org_id = ? AND person_id = ?").params(orgId, personId).update();
        jdbc.sql("""
                INSERT INTO wellbeing_break (org_id, person_id, practice, minutes, started_at, ends_at, show_status)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(orgId, personId, started.practice().name(), started.minutes(),
                        Timestamp.from(started.startedAt()), Timestamp.from(started.endsAt()), started.showStatus())
                .update();
    }

    /** Ends the running break; false when none was running. */
    boolean endBreak(UUID orgId, UUID personId, Instant now) {
        return jdbc.sql("DELETE FROM wellbeing_break WHERE org_id = ? AND person_id = ? AND ends_at > ?")
                .params(orgId, personId, Timestamp.from(now)).update() == 1;
    }

    private static CurrentBreak mapBreak(ResultSet rs, int n) throws SQLException {
        return new CurrentBreak(BreakPractice.valueOf(rs.getString("practice")), rs.getInt("minutes"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getBoolean("show_status"));
    }
}

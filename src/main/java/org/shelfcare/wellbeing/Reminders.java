package org.shelfcare.wellbeing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
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

/** Check-in reminder rows, one per person who has ever saved the setting. */
@Repository
class Reminders {

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored reminder and the last day (in the person's zone) it was handled. */
    record Row(UUID orgId, UUID personId, CheckInReminder reminder, @Nullable LocalDate lastSentOn) {}

    Optional<Row> find(UUID orgId, UUID personId) {
        return jdbc.sql("SELECT * FROM wellbeing_reminder WHERE org_id = ? AND person_id = ?")
                .params(orgId, personId).query(Reminders::map).optional();
    }

    /** Every switched-on reminder of every library: the scheduler's work list. */
    List<Row> enabled() {
        return jdbc.sql("SELECT * FROM wellbeing_reminder WHERE enabled = TRUE").query(Reminders::map).list();
    }

    void save(UUID orgId, UUID personId, CheckInReminder reminder) {
        String days = reminder.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("""
                UPDATE wellbeing_reminder SET enabled = ?, days = ?, remind_at = ?, updated_at = ?
                WHERE org_id = ? AND person_id = ?""")
                .params(reminder.enabled(), days, Time.valueOf(reminder.time()), now, orgId, personId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO wellbeing_reminder (person_id, org_id, enabled, days, remind_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(personId, orgId, reminder.enabled(), days, Time.valueOf(reminder.time()), now).update();
        }
    }

    /**
     * Marks the reminder handled for {@code day}; false when it already was (by another run or
     * node), so that nobody gets two on one day.
     */
    boolean claim(UUID orgId, UUID personId, LocalDate day) {
        return jdbc.sql("""
                UPDATE wellbeing_reminder SET last_sent_on = ?
                WHERE org_id = ? AND person_id = ? AND enabled = TRUE AND (last_sent_on IS NULL OR last_sent_on <> ?)""")
                .params(Date.valueOf(day), orgId, personId, Date.valueOf(day)).update() == 1;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String days = rs.getString("days");
        Set<DayOfWeek> chosen = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : Arrays.stream(days.split(",")).map(DayOfWeek::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        Date last = rs.getDate("last_sent_on");
        return new Row(rs.getObject("org_id", UUID.class), rs.getObject("person_id", UUID.class),
                new CheckInReminder(rs.getBoolean("enabled"), chosen, rs.getTime("remind_at").toLocalTime()),
                last == null ? null : last.toLocalDate());
    }
}

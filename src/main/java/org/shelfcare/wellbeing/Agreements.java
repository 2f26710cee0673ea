package org.shelfcare.wellbeing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Working agreement rows, one per person; every query names the library. The three texts are
 * stored sealed ({@link Boundaries} seals and opens them), bound to their column and the person.
 */
@Repository
class Agreements {

    static final String TABLE = "wellbeing_agreement";
    static final String RESPONSE = "response_expectations";
    static final String PROTECTED = "protected_time";
    static final String HOW_TO = "how_to_work_with_me";

    private final JdbcClient jdbc;

    Agreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WorkingAgreement> find(UUID orgId, UUID personId) {
        return jdbc.sql("""
                SELECT working_hours, channels, response_expectations, protected_time, how_to_work_with_me, shared,
                       updated_at
                FROM wellbeing_agreement WHERE org_id = ? AND person_id = ?""")
                .params(orgId, personId).query(Agreements::map).optional();
    }

    /** Of {@code personIds}, those who share their agreement with their colleagues. */
    Set<UUID> sharing(UUID orgId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> wanted = new HashSet<>(personIds);
        return jdbc.sql("SELECT person_id FROM wellbeing_agreement WHERE org_id = ? AND shared = TRUE").param(orgId)
                .query(UUID.class).list().stream().filter(wanted::contains).collect(Collectors.toSet());
    }

    void save(UUID orgId, UUID personId, WorkingAgreement agreement) {
        Object[] values = {hours(agreement.hours()), channels(agreement.channels()),
            agreement.responseExpectations(), agreement.protectedTime(), agreement.howToWorkWithMe(),
            agreement.shared(), Timestamp.from(agreement.updatedAt() == null ? Instant.now() : agreement.updatedAt()),
            orgId, personId};
        int updated = jdbc.sql("""
                UPDATE wellbeing_agreement SET working_hours = ?, channels = ?, response_expectations = ?,
                       protected_time = ?, how_to_work_with_me = ?, shared = ?, updated_at = ?
                WHERE org_id = ? AND person_id = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO wellbeing_agreement (working_hours, channels, response_expectations, protected_time,
                        how_to_work_with_me, shared, updated_at, org_id, person_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
    }

    /** "MONDAY 09:00-17:00,TUESDAY 08:30-12:00": the worked days only. */
    static String hours(List<WorkingDay> days) {
        return days.stream().filter(WorkingDay::working)
                .map(d -> d.day() + " " + d.start() + "-" + d.end()).collect(Collectors.joining(","));
    }

    static List<WorkingDay> hours(String text) {
        Map<DayOfWeek, WorkingDay> byDay = new EnumMap<>(DayOfWeek.class);
        for (String part : text.split(",")) {
            String[] dayAndTimes = part.strip().split(" ");
            if (dayAndTimes.length == 2) {
                String[] times = dayAndTimes[1].split("-");
                DayOfWeek day = DayOfWeek.valueOf(dayAndTimes[0]);
                byDay.put(day, new WorkingDay(day, LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            }
        }
        List<WorkingDay> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(byDay.getOrDefault(day, new WorkingDay(day, null, null)));
        }
        return week;
    }

    private static String channels(Set<ContactChannel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<ContactChannel> channels(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(ContactChannel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContactChannel.class)));
    }

    private static WorkingAgreement map(ResultSet rs, int n) throws SQLException {
        return new WorkingAgreement(hours(rs.getString("working_hours")), channels(rs.getString("channels")),
                rs.getString("response_expectations"), rs.getString("protected_time"),
                rs.getString("how_to_work_with_me"), rs.getBoolean("shared"), rs.getTimestamp("updated_at").toInstant());
    }
}

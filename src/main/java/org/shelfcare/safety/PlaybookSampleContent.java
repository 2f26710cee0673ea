package org.shelfcare.safety;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sample library's bomb threat worked through its playbook: the reporter's ticks, minute by
 * minute, and the operational review a week later with what was found and what changes. Made up.
 */
@Component
class PlaybookSampleContent {

    /** The shipped bomb threat steps the sample's reporter ticked, with the minutes after the call. */
    private static final List<int[]> TICKS = List.of(new int[] {1, 1}, new int[] {2, 1}, new int[] {3, 2},
            new int[] {4, 2}, new int[] {7, 9}, new int[] {8, 95});

    private final JdbcClient jdbc;
    private final MessageSource messages;

    PlaybookSampleContent(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    void bombThreat(UUID orgId, UUID incidentId, UUID reporterId, UUID reviewerId, Instant occurred, Locale locale) {
        for (int[] tick : TICKS) {
            String step = messages.getMessage("safety.playbook.shipped.BOMB_THREAT." + tick[0], null, locale);
            jdbc.sql("""
                    INSERT INTO safety_playbook_tick (id, incident_id, org_id, step_id, step_text, done, person_id, created_at)
                    VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)""")
                    .params(UUID.randomUUID(), incidentId, orgId, String.valueOf(tick[0]), step, reporterId,
                            Timestamp.from(occurred.plus(tick[1], ChronoUnit.MINUTES)))
                    .update();
        }
        Instant review = occurred.plus(7, ChronoUnit.DAYS);
        jdbc.sql("""
                INSERT INTO safety_incident_review (incident_id, org_id, scheduled_at, findings, changes, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(incidentId, orgId, Timestamp.from(review),
                        "The caller's exact words were written down and 911 was called from another phone within two"
                                + " minutes. Several colleagues were not sure where to meet outside.",
                        "Our meeting point is now step 7 of the bomb threat playbook and in the alert template; every"
                                + " new colleague is shown it in their first week.",
                        Timestamp.from(review.plus(2, ChronoUnit.HOURS)), reviewerId)
                .update();
    }
}

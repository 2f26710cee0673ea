package org.shelfcare.safety;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.privacy.KeyOwner;
import org.shelfcare.privacy.SealedField;
import org.shelfcare.privacy.SealedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sample library's follow-ups, written with its past incidents: for an incident that affected
 * two colleagues, the first answered "I'm OK" both times; the second asked to talk at the first
 * follow-up (with a note, and a task a care contact has done) and was OK at the second. A more
 * recent incident's first follow-up waits for an answer.
 */
@Component
class FollowUpSampleContent {

    private final JdbcClient jdbc;
    private final SealedText sealedText;

    FollowUpSampleContent(JdbcClient jdbc, SealedText sealedText) {
        this.jdbc = jdbc;
        this.sealedText = sealedText;
    }

    /** The follow-ups of one sample incident submitted at {@code submitted}, for its affected people in order. */
    void add(UUID org, UUID incidentId, List<UUID> affected, Instant submitted, UUID careContact, Instant now) {
        FollowUpSettings days = FollowUpSettings.DEFAULT;
        for (int i = 0; i < affected.size(); i++) {
            UUID person = affected.get(i);
            for (int seq = 1; seq <= 2; seq++) {
                Instant due = submitted.plus(seq == 1 ? days.firstDays() : days.secondDays(), ChronoUnit.DAYS);
                UUID id = UUID.randomUUID();
                if (due.isAfter(now)) {
                    insert(id, org, incidentId, person, seq, due, FollowUpStatus.SCHEDULED, null, null, null);
                } else if (due.isAfter(now.minus(14, ChronoUnit.DAYS))) {
                    insert(id, org, incidentId, person, seq, due, FollowUpStatus.SENT, null, null, null);
                } else if (i == 1 && seq == 1) {
                    insert(id, org, incidentId, person, seq, due, FollowUpStatus.ANSWERED, FollowUpAnswer.TALK,
                            "Still jumpy when the desk phone rings. Could we talk on Thursday afternoon?",
                            due.plus(3, ChronoUnit.HOURS));
                    jdbc.sql("""
                            INSERT INTO safety_care_task (id, org_id, incident_id, person_id, kind, followup_id, created_at,
                                done_at, done_by) VALUES (?, ?, ?, ?, 'TALK', ?, ?, ?, ?)""")
                            .params(UUID.randomUUID(), org, incidentId, person, id,
                                    Timestamp.from(due.plus(3, ChronoUnit.HOURS)), Timestamp.from(due.plus(2, ChronoUnit.DAYS)),
                                    careContact)
                            .update();
                } else {
                    insert(id, org, incidentId, person, seq, due, FollowUpStatus.ANSWERED, FollowUpAnswer.OK, null,
                            due.plus(1, ChronoUnit.HOURS));
                }
            }
        }
    }

    private void insert(UUID id, UUID org, UUID incidentId, UUID person, int seq, Instant due, FollowUpStatus status,
            @Nullable FollowUpAnswer answer, @Nullable String note, @Nullable Instant answeredAt) {
        String sealed = note == null ? null : sealedText.seal(KeyOwner.care(org),
                SealedField.of(FollowUpRows.TABLE, CareFollowUps.NOTE_COLUMN, id), note).text();
        jdbc.sql("""
                INSERT INTO safety_followup (id, incident_id, org_id, person_id, seq, due_at, status, sent_at, answer, note,
                    answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, incidentId, org, person, seq, Timestamp.from(due), status.name(),
                        status == FollowUpStatus.SCHEDULED ? null : Timestamp.from(due), answer == null ? null : answer.name(),
                        sealed, answeredAt == null ? null : Timestamp.from(answeredAt))
                .update();
    }
}

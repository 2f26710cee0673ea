package org.shelfcare.safety;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shelfcare.directory.Contact;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SampleLibraryCreated;
import org.shelfcare.directory.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A past bomb threat drill for the sample library, so that a visitor sees an alert as its sender
 * does afterwards: marked as a drill, answered by almost everyone within minutes, one person who
 * never answered, and the all clear. Nothing is sent: the drill is written as it stood when it
 * ended, and its answer links expired long ago.
 */
@Component
class AlertSampleContent {

    static final String DRILL_TYPE = "BOMB_THREAT";
    static final int DAYS_AGO = 24;

    private final JdbcClient jdbc;
    private final DirectoryManagement directory;
    private final AlertTemplates templates;

    AlertSampleContent(JdbcClient jdbc, DirectoryManagement directory, AlertTemplates templates) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.templates = templates;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated sample) {
        UUID org = sample.organizationId();
        ZoneId zone = directory.organization(org).zone();
        Instant sent = LocalDate.now(zone).minusDays(DAYS_AGO).atTime(10, 0).atZone(zone).toInstant();
        AlertTemplate template = templates.forType(org, DRILL_TYPE);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO safety_alert (id, org_id, type, headline, message, drill, whole_library, sent_by, sent_at,
                    all_clear_at, all_clear_by, all_clear_message)
                VALUES (?, ?, ?, ?, ?, TRUE, TRUE, ?, ?, ?, ?, ?)""")
                .params(id, org, DRILL_TYPE, template.headline(), template.message(), sample.directorId(),
                        Timestamp.from(sent), Timestamp.from(sent.plus(25, ChronoUnit.MINUTES)), sample.directorId(),
                        template.allClear())
                .update();
        List<Contact> people = directory.contacts(org, Set.of());
        Timestamp expired = Timestamp.from(sent.plus(Alerts.ANSWER_LINK_LIFETIME));
        for (int i = 0; i < people.size(); i++) {
            Contact person = people.get(i);
            // everyone but the last answered "I'm safe", a minute or so apart
            boolean answered = i < people.size() - 1;
            jdbc.sql("""
                    INSERT INTO safety_alert_recipient (alert_id, org_id, person_id, name, token_hash, token_expires_at,
                        status, answered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, org, person.id(), person.name(), SecretTokens.hash(SecretTokens.generate()), expired,
                            answered ? AlertStatus.SAFE.name() : null,
                            answered ? Timestamp.from(sent.plus(3 + i, ChronoUnit.MINUTES)) : null)
                    .update();
        }
    }
}

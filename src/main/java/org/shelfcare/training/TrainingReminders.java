package org.shelfcare.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.directory.RosterMember;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders about required trainings: one when a completion will expire within
 * {@link TrainingManagement#DUE_SOON_DAYS} days, one when it has expired, each once per expiry
 * date (a row in {@code training_reminder} guards it, whichever node runs the job), in the app
 * and by email after the person's quiet hours, unless they switched this kind off. A training
 * never done gets no reminder: "My training" shows it, without nagging.
 */
@Service
public class TrainingReminders {

    /** The kind of notification people can switch off. */
    public static final String NOTICE = "training.reminder";

    private static final Logger log = LoggerFactory.getLogger(TrainingReminders.class);

    private final JdbcClient jdbc;
    private final DirectoryManagement directory;
    private final TrainingManagement training;
    private final NotificationManagement notifications;

    TrainingReminders(JdbcClient jdbc, DirectoryManagement directory, TrainingManagement training,
            NotificationManagement notifications) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.training = training;
        this.notifications = notifications;
    }

    /** Sends the reminders that are due in every library with requirements; the scheduler calls it. */
    @Transactional
    public int sendDue(Instant now) {
        int sent = 0;
        for (UUID orgId : jdbc.sql("SELECT DISTINCT org_id FROM training_requirement").query(UUID.class).list()) {
            OrganizationView org = directory.organization(orgId);
            if (!org.active() || directory.disabledModules(orgId).contains("training")) {
                continue;
            }
            LocalDate today = now.atZone(org.zone()).toLocalDate();
            Map<UUID, RosterMember> people = new LinkedHashMap<>();
            directory.roster(orgId).forEach(m -> people.put(m.id(), m));
            for (TrainingManagement.Standing s : training.standings(orgId, org.defaultLocale(), today, people)) {
                String kind = switch (s.status()) {
                    case DUE_SOON -> "SOON";
                    case OVERDUE -> "OVERDUE";
                    default -> null;
                };
                if (kind == null || s.expiresOn() == null) {
                    continue;
                }
                int inserted = jdbc.sql("""
                        INSERT INTO training_reminder (org_id, person_id, item_id, expires_on, kind, sent_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(orgId, s.person().id(), s.itemId(), Date.valueOf(s.expiresOn()), kind, Timestamp.from(now))
                        .update();
                if (inserted == 0) {
                    continue;
                }
                String key = "SOON".equals(kind) ? "training.reminder.soon" : "training.reminder.overdue";
                List<String> args = List.of(s.itemTitle(), s.expiresOn().toString());
                notifications.notify(Notice.inApp(orgId, Set.of(s.person().id()), NOTICE, key, args, "/training")
                        .withEmail(key + ".subject", key + ".body", args));
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Training: {} reminders sent", sent);
        }
        return sent;
    }
}

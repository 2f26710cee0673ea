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
 * never done gets no reminder ("My training" shows it, without nagging), except one that a
 * requirement gives new staff some days for: once within that window's last 30 days, once after.
 * Dates are written in each person's language.
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
    private final TrainingDates dates;

    TrainingReminders(JdbcClient jdbc, DirectoryManagement directory, TrainingManagement training,
            NotificationManagement notifications, TrainingDates dates) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.training = training;
        this.notifications = notifications;
        this.dates = dates;
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
                // a completion that expires, or a new person's training never done that is due by a day
                boolean firstTime = s.expiresOn() == null;
                LocalDate date = firstTime ? s.dueBy() : s.expiresOn();
                String kind = switch (s.status()) {
                    case DUE_SOON -> "SOON";
                    case DUE_BY -> date != null && today.isAfter(date.minusDays(TrainingManagement.DUE_SOON_DAYS)) ? "SOON" : null;
                    case OVERDUE -> "OVERDUE";
                    default -> null;
                };
                if (kind == null || date == null) {
                    continue;
                }
                int inserted = jdbc.sql("""
                        INSERT INTO training_reminder (org_id, person_id, item_id, expires_on, kind, sent_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(orgId, s.person().id(), s.itemId(), Date.valueOf(date), kind, Timestamp.from(now))
                        .update();
                if (inserted == 0) {
                    continue;
                }
                String key = "training.reminder." + (firstTime ? ("SOON".equals(kind) ? "due" : "pastDue")
                        : ("SOON".equals(kind) ? "soon" : "overdue"));
                // the notification center writes an ISO date in the reader's language; an email needs it written here
                notifications.notify(Notice.inApp(orgId, Set.of(s.person().id()), NOTICE, key,
                                List.of(s.itemTitle(), date.toString()), "/training")
                        .withEmail(key + ".subject", key + ".body", List.of(s.itemTitle(),
                                TrainingDates.format(date, dates.localeOf(orgId, s.person().id())))));
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Training: {} reminders sent", sent);
        }
        return sent;
    }
}

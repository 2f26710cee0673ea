package org.shelfcare.wellbeing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.Notice;
import org.shelfcare.web.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The optional, gentle check-in reminder. A person switches it on, picks days and a time in their
 * own zone; on those days at that time they get a notification (in the app, and by email if their
 * notification preferences say so; quiet hours hold the email back). At most one a day, and none on
 * a day they have already checked in. The words never count days, keep streaks or mention a miss.
 */
@Service
public class CheckInReminders {

    /** The notification kind, which people can switch off in the app or by email on their preferences page. */
    public static final String TYPE = "wellbeing.checkinReminder";

    private static final Logger log = LoggerFactory.getLogger(CheckInReminders.class);

    private final Reminders reminders;
    private final CheckIns checkIns;
    private final DirectoryManagement directory;
    private final NotificationManagement notifications;
    private final TransactionTemplate transaction;

    CheckInReminders(Reminders reminders, CheckIns checkIns, DirectoryManagement directory,
            NotificationManagement notifications, PlatformTransactionManager transactions) {
        this.reminders = reminders;
        this.checkIns = checkIns;
        this.directory = directory;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The person's own reminder setting; off when they never saved one. */
    @Transactional(readOnly = true)
    public CheckInReminder reminder(CurrentUser person) {
        return reminders.find(person.organizationId(), person.personId()).map(Reminders.Row::reminder)
                .orElse(CheckInReminder.OFF);
    }

    /** Saves the person's own setting. On with no day, or a time that is not {@code HH:MM}, is refused (400). */
    @Transactional
    public CheckInReminder save(CurrentUser person, CheckInReminderDraft draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : draft.days() == null ? List.<String>of() : draft.days()) {
            try {
                days.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInput.FieldError("days", "wellbeing.reminder.badDay", new Object[] {day}));
                break;
            }
        }
        if (draft.enabled() && days.isEmpty() && errors.isEmpty()) {
            errors.add(new InvalidInput.FieldError("days", "wellbeing.reminder.noDays", new Object[0]));
        }
        LocalTime time = CheckInReminder.OFF.time();
        String text = draft.time() == null ? "" : draft.time().strip();
        try {
            time = text.isEmpty() && !draft.enabled() ? time : LocalTime.parse(text).withSecond(0).withNano(0);
        } catch (DateTimeParseException notATime) {
            errors.add(new InvalidInput.FieldError("time", "wellbeing.reminder.badTime", new Object[0]));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        CheckInReminder reminder = new CheckInReminder(draft.enabled(), days, time);
        reminders.save(person.organizationId(), person.personId(), reminder);
        return reminder;
    }

    /**
     * Sends the reminders due at {@code now}; the scheduler calls it every few minutes. Each person is
     * handled in a transaction of their own, so that one failure holds up nobody else. Answers how
     * many were sent.
     */
    public int sendDue(Instant now) {
        int sent = 0;
        for (Reminders.Row row : reminders.enabled()) {
            try {
                Boolean remind = transaction.execute(status -> remind(row, now));
                if (Boolean.TRUE.equals(remind)) {
                    sent++;
                }
            } catch (RuntimeException failed) {
                log.warn("Check-in reminder of person {} in organization {} failed", row.personId(), row.orgId(), failed);
            }
        }
        return sent;
    }

    private boolean remind(Reminders.Row row, Instant now) {
        Optional<CurrentUser> found = directory.currentUser(row.personId())
                .filter(person -> person.organizationId().equals(row.orgId()));
        if (found.isEmpty()) {
            return false;
        }
        CurrentUser person = found.get();
        ZonedDateTime local = now.atZone(person.zone());
        LocalDate today = local.toLocalDate();
        if (today.equals(row.lastSentOn()) || !row.reminder().dueAt(local)
                || directory.disabledModules(row.orgId()).contains("wellbeing")) {
            return false;
        }
        if (!reminders.claim(row.orgId(), row.personId(), today)) {
            return false;
        }
        if (!checkIns.between(row.orgId(), row.personId(), today, today).isEmpty()) {
            return false;
        }
        notifications.notify(Notice.inApp(row.orgId(), Set.of(row.personId()), TYPE, "wellbeing.reminder.notice",
                List.of(), "/wellbeing/check-in")
                .withEmail("wellbeing.reminder.emailSubject", "wellbeing.reminder.emailBody", List.of()));
        return true;
    }
}

package org.shelfcare.programs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.shelfcare.notifications.NotificationType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminder the day before a session, by a db-scheduler job every hour (one node at a time),
 * and the kinds of notification people can switch off: the reminder and a cancelled session.
 */
@Configuration(proxyBeanMethods = false)
class SessionReminderSchedule {

    static final String TASK = "programs-session-reminders";

    @Bean
    RecurringTask<Void> sessionReminderTask(SessionNotices notices,
            @Value("${shelfcare.programs.reminder-interval:1h}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval))
                .execute((instance, context) -> notices.sendReminders(Instant.now()));
    }

    @Bean
    NotificationType programsReminder() {
        return new NotificationType(SessionNotices.REMINDER_NOTICE, "programs.notification.reminder", 46);
    }

    @Bean
    NotificationType programsCancelled() {
        return new NotificationType(SessionNotices.CANCELLED_NOTICE, "programs.notification.cancelled", 47);
    }

    @Bean
    NotificationType programsMoved() {
        return new NotificationType(SessionNotices.MOVED_NOTICE, "programs.notification.moved", 48);
    }
}

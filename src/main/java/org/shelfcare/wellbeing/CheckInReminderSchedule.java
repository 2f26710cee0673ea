package org.shelfcare.wellbeing;

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
 * The check-in reminder runs as a db-scheduler job every few minutes, one node at a time, and is a
 * kind of notification that people can switch off in the app or by email.
 */
@Configuration(proxyBeanMethods = false)
class CheckInReminderSchedule {

    static final String TASK = "wellbeing-checkin-reminders";

    @Bean
    RecurringTask<Void> checkInReminderTask(CheckInReminders reminders,
            @Value("${shelfcare.wellbeing.reminder-interval:5m}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval))
                .execute((instance, context) -> reminders.sendDue(Instant.now()));
    }

    @Bean
    NotificationType checkInReminderNotification() {
        return new NotificationType(CheckInReminders.TYPE, "wellbeing.reminder.notificationType", 100);
    }
}

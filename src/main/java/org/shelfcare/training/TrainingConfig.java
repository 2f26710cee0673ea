package org.shelfcare.training;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.shelfcare.notifications.NotificationType;
import org.shelfcare.web.NavigationItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Training" in everyone's navigation (unless the library switched the module off), the reminder
 * job (db-scheduler, one node at a time, every few hours) and the kind of notification it sends.
 */
@Configuration(proxyBeanMethods = false)
class TrainingConfig {

    static final String TASK = "training-reminders";

    @Bean
    NavigationItem training() {
        return new NavigationItem("training", "training.nav", "training.navDescription", "/training", null, 500);
    }

    @Bean
    RecurringTask<Void> trainingReminderTask(TrainingReminders reminders,
            @Value("${shelfcare.training.reminder-interval:6h}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> reminders.sendDue(Instant.now()));
    }

    @Bean
    NotificationType trainingReminderNotification() {
        return new NotificationType(TrainingReminders.NOTICE, "training.notification.reminder", 50);
    }

    @Bean
    NotificationType trainingRecordedNotification() {
        return new NotificationType(TrainingRecords.NOTICE, "training.notification.recorded", 51);
    }
}

package org.shelfcare.timeoff;

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
 * The no-guilt nudge runs as a db-scheduler job every few hours, one node at a time, and is a kind
 * of notification that people can switch off.
 */
@Configuration(proxyBeanMethods = false)
class NoGuiltNudgeSchedule {

    static final String TASK = "timeoff-no-guilt-nudge";

    @Bean
    RecurringTask<Void> noGuiltNudgeTask(NoGuiltNudge nudge,
            @Value("${shelfcare.timeoff.nudge-interval:6h}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> nudge.sendDue(Instant.now()));
    }

    @Bean
    NotificationType noGuiltNudgeNotification() {
        return new NotificationType(NoGuiltNudge.NOTICE, "timeoff.notification.nudge", 42);
    }
}

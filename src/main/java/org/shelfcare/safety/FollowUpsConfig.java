package org.shelfcare.safety;

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
 * Follow-ups go out from one db-scheduler job that sweeps the due rows every few minutes, one node
 * at a time; each follow-up is claimed with a conditional update, so none goes out twice even if
 * runs overlap. The follow-up and the care task are kinds of notification of their own.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpsConfig {

    static final String TASK = "safety-care-followups";

    @Bean
    RecurringTask<Void> careFollowUpsTask(CareFollowUps followUps,
            @Value("${shelfcare.safety.followup-interval:5m}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> followUps.deliverDue(Instant.now()));
    }

    @Bean
    NotificationType safetyFollowUp() {
        return new NotificationType(CareFollowUps.FOLLOW_UP_NOTICE, "safety.notification.followUp", 72);
    }

    @Bean
    NotificationType safetyCareTask() {
        return new NotificationType(CareFollowUps.TASK_NOTICE, "safety.notification.careTask", 73);
    }
}

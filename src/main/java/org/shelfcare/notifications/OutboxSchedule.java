package org.shelfcare.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's sender runs as a db-scheduler job, so that one node at a time picks it up. */
@Configuration(proxyBeanMethods = false)
class OutboxSchedule {

    static final String TASK = "email-outbox";

    @Bean
    RecurringTask<Void> emailOutboxTask(EmailOutbox outbox,
            @Value("${shelfcare.mail.outbox-interval:5s}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> outbox.sendDue());
    }
}

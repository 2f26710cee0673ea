package org.shelfcare.programs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Asks patrons for their feedback after a session, by a db-scheduler job every hour (one node at a time). */
@Configuration(proxyBeanMethods = false)
class PatronFeedbackSchedule {

    static final String TASK = "programs-patron-feedback";

    @Bean
    RecurringTask<Void> patronFeedbackTask(PatronFeedback feedback,
            @Value("${shelfcare.programs.patron-feedback-interval:1h}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval))
                .execute((instance, context) -> feedback.askPatrons(Instant.now()));
    }
}

package org.shelfcare.programs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Patron privacy as libraries practice it: registrations (names, emails, party sizes) are deleted
 * the library's number of days after their session ended ({@link RegistrationRetention}, default
 * 30), by a db-scheduler job every few hours, one node at a time. Patrons are asked for their
 * feedback first, so that no registration is deleted before its email is sent. Seat counts of past
 * sessions stay; who came does not.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationCleanup {

    static final String TASK = "programs-registration-cleanup";

    @Bean
    RecurringTask<Void> registrationCleanupTask(RegistrationRetention retention, PatronFeedback feedback,
            @Value("${shelfcare.programs.cleanup-interval:6h}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> {
            Instant now = Instant.now();
            feedback.askPatrons(now);
            retention.deleteExpired(now);
        });
    }
}

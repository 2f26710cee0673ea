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
 * A deleted program can be restored for a while (default 30 days); then a db-scheduler job, every
 * few hours and one node at a time, deletes it for good with its sessions and registrations.
 */
@Configuration(proxyBeanMethods = false)
class DeletedProgramsPurge {

    static final String TASK = "programs-deleted-purge";

    @Bean
    RecurringTask<Void> deletedProgramsPurgeTask(Programs programs,
            @Value("${shelfcare.programs.keep-deleted:30d}") Duration keep,
            @Value("${shelfcare.programs.cleanup-interval:6h}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval))
                .execute((instance, context) -> programs.purgeDeletedBefore(Instant.now().minus(keep)));
    }
}

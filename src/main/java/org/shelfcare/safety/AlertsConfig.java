package org.shelfcare.safety;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.shelfcare.web.NavigationItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Alerts" in the navigation for everyone signed in (everyone may be alerted and answer), and the
 * db-scheduler job that posts alerts to chat webhooks, one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class AlertsConfig {

    static final String WEBHOOK_TASK = "safety-alert-webhooks";

    @Bean
    NavigationItem alerts() {
        return new NavigationItem("safety", "safety.alerts.nav", "safety.alerts.navDescription", "/safety/alerts", null, 600);
    }

    @Bean
    RecurringTask<Void> alertWebhooksTask(ChatWebhooks webhooks,
            @Value("${shelfcare.safety.alert-webhook-interval:5s}") Duration interval) {
        return Tasks.recurring(WEBHOOK_TASK, FixedDelay.of(interval)).execute((instance, context) -> webhooks.deliverDue());
    }
}

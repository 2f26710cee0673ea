package org.shelfcare.timeoff;

import org.shelfcare.notifications.NotificationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kind of notification about handoff plans that people can switch on or off. */
@Configuration(proxyBeanMethods = false)
class HandoffNotifications {

    @Bean
    NotificationType timeoffHandoffs() {
        return new NotificationType(HandoffPlans.HANDOFF_NOTICE, "timeoff.notification.handoffs", 42);
    }
}

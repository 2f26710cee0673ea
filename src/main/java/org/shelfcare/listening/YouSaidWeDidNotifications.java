package org.shelfcare.listening;

import org.shelfcare.notifications.NotificationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kind of notification about actions on one's own named suggestions, which people can switch off. */
@Configuration(proxyBeanMethods = false)
class YouSaidWeDidNotifications {

    @Bean
    NotificationType listeningActions() {
        return new NotificationType(YouSaidWeDid.NOTICE, "listening.notification.actions", 60);
    }
}

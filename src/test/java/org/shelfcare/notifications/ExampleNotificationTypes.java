package org.shelfcare.notifications;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A kind of notification for the tests, so that per-kind preferences can be tried before the
 * feature modules declare theirs. Found by component scanning in every test context alike.
 */
@Configuration(proxyBeanMethods = false)
class ExampleNotificationTypes {

    static final String EXAMPLE = "notifications.example";

    @Bean
    NotificationType exampleNotificationType() {
        return new NotificationType(EXAMPLE, "notifications.title", 0);
    }
}

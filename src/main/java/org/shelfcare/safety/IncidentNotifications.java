package org.shelfcare.safety;

import org.shelfcare.notifications.NotificationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of notification care contacts get about the care track of incidents. */
@Configuration(proxyBeanMethods = false)
class IncidentNotifications {

    @Bean
    NotificationType safetyCareOffer() {
        return new NotificationType(SafetyManagement.CARE_OFFER_NOTICE, "safety.notification.careOffer", 70);
    }

    @Bean
    NotificationType safetyCheckIn() {
        return new NotificationType(SafetyManagement.CHECK_IN_NOTICE, "safety.notification.checkIn", 71);
    }
}

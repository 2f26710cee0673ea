package org.shelfcare.listening;

import org.shelfcare.notifications.NotificationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kind of notification about notes published after a session of one's audience, which people can switch off. */
@Configuration(proxyBeanMethods = false)
class SessionNotesNotifications {

    @Bean
    NotificationType listeningNotes() {
        return new NotificationType(SessionNotes.NOTICE, "listening.notification.notes", 61);
    }
}

package org.shelfcare.safety;

import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.notifications.TopicAuthorizer;
import org.springframework.stereotype.Component;

/**
 * Who may follow the alert topics of the live stream: everyone signed in follows
 * {@value AlertDelivery#TOPIC} (each event names its own audience, the people alerted), and only
 * the people who oversee an alert follow its answers, {@code safety.alert.<id>}.
 */
@Component
class AlertTopics implements TopicAuthorizer {

    private final Alerts alerts;

    AlertTopics(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public boolean supports(String topic) {
        return topic.equals(AlertDelivery.TOPIC) || topic.startsWith(AlertDelivery.ANSWERS_TOPIC_PREFIX);
    }

    @Override
    public boolean maySubscribe(CurrentUser viewer, String topic) {
        if (topic.equals(AlertDelivery.TOPIC)) {
            return true;
        }
        try {
            return alerts.oversees(viewer, UUID.fromString(topic.substring(AlertDelivery.ANSWERS_TOPIC_PREFIX.length())));
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}

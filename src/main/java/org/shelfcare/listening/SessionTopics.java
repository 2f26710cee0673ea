package org.shelfcare.listening;

import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.notifications.TopicAuthorizer;
import org.springframework.stereotype.Component;

/** Only people who see a session may follow its live topic {@code listening.session.<id>}. */
@Component
class SessionTopics implements TopicAuthorizer {

    private final ListeningSessions sessions;

    SessionTopics(ListeningSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean supports(String topic) {
        return topic.startsWith(QuestionEvents.TOPIC_PREFIX);
    }

    @Override
    public boolean maySubscribe(CurrentUser viewer, String topic) {
        try {
            return sessions.sees(viewer, UUID.fromString(topic.substring(QuestionEvents.TOPIC_PREFIX.length())));
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}

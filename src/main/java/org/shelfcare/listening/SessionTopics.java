package org.shelfcare.listening;

import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.notifications.TopicAuthorizer;
import org.springframework.stereotype.Component;

/**
 * Only people who see a session may follow its live topic {@code listening.session.<id>}; only its
 * moderators (host, admins, wellness leads) its held questions' topic
 * {@code listening.session.<id>.moderation}.
 */
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
        String rest = topic.substring(QuestionEvents.TOPIC_PREFIX.length());
        boolean moderation = rest.endsWith(QuestionEvents.MODERATION_SUFFIX);
        if (moderation) {
            rest = rest.substring(0, rest.length() - QuestionEvents.MODERATION_SUFFIX.length());
        }
        try {
            UUID id = UUID.fromString(rest);
            return moderation ? sessions.moderates(viewer, id) : sessions.sees(viewer, id);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}

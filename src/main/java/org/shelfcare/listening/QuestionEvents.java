package org.shelfcare.listening;

import java.util.UUID;
import org.shelfcare.notifications.LiveStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the pages that follow a session that one of its questions changed: {@code event: question}
 * with {@code {"id", "votes", "status"}} on the topic {@code listening.session.<id>}, once the
 * change is committed. Never an author, never a voter. Only the session's audience can follow the
 * topic ({@link SessionTopics}).
 */
@Component
class QuestionEvents {

    static final String TOPIC_PREFIX = "listening.session.";
    static final String EVENT = "question";

    private final LiveStream live;

    QuestionEvents(LiveStream live) {
        this.live = live;
    }

    static String topic(UUID sessionId) {
        return TOPIC_PREFIX + sessionId;
    }

    record Change(UUID id, int votes, String status) {}

    void changed(UUID organizationId, UUID sessionId, UUID questionId, int votes, QuestionStatus status) {
        Change change = new Change(questionId, votes, status.name());
        Runnable publish = () -> live.publish(organizationId, topic(sessionId), viewer -> true, EVENT, change);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish.run();
                }
            });
        } else {
            publish.run();
        }
    }
}

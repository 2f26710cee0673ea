package org.shelfcare.listening;

import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.notifications.LiveStream;
import org.springframework.stereotype.Component;

/**
 * Tells the pages that follow a session what changed, once the change is committed:
 * <ul>
 * <li>{@code event: question} with {@code {"id", "votes", "status"}} on the topic
 * {@code listening.session.<id>}, which the session's audience follows, for questions the audience
 * sees (or that leave its list);</li>
 * <li>{@code event: pinned} with {@code {"id", "text"}} (both null when unpinned) on the same topic;</li>
 * <li>{@code event: held} with {@code {"id", "votes", "status"}} on {@code listening.session.<id>.moderation},
 * which only the session's moderators may follow, for held questions: posted, merged or unmerged.</li>
 * </ul>
 * Never an author, never a voter ({@link SessionTopics} checks who follows which topic).
 */
@Component
class QuestionEvents {

    static final String TOPIC_PREFIX = "listening.session.";
    static final String MODERATION_SUFFIX = ".moderation";
    static final String EVENT = "question";
    static final String PINNED = "pinned";
    static final String HELD = "held";

    private final LiveStream live;

    QuestionEvents(LiveStream live) {
        this.live = live;
    }

    static String topic(UUID sessionId) {
        return TOPIC_PREFIX + sessionId;
    }

    static String moderationTopic(UUID sessionId) {
        return topic(sessionId) + MODERATION_SUFFIX;
    }

    record Change(UUID id, int votes, String status) {}

    record Pin(@Nullable UUID id, @Nullable String text) {}

    void changed(UUID organizationId, UUID sessionId, UUID questionId, int votes, QuestionStatus status) {
        Change change = new Change(questionId, votes, status.name());
        LiveStream.afterCommit(() -> live.publish(organizationId, topic(sessionId), viewer -> true, EVENT, change));
    }

    /** A held question changed (posted, merged, unmerged): for the session's moderators only. */
    void held(UUID organizationId, UUID sessionId, Predicate<CurrentUser> moderators, UUID questionId, int votes,
            QuestionStatus status) {
        Change change = new Change(questionId, votes, status.name());
        LiveStream.afterCommit(() -> live.publish(organizationId, moderationTopic(sessionId), moderators, HELD, change));
    }

    /** The session's pinned question changed: its id and text, or nulls when nothing is pinned. */
    void pinned(UUID organizationId, UUID sessionId, @Nullable UUID questionId, @Nullable String text) {
        Pin pin = new Pin(questionId, text);
        LiveStream.afterCommit(() -> live.publish(organizationId, topic(sessionId), viewer -> true, PINNED, pin));
    }
}

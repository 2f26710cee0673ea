package org.shelfcare.listening;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A visible session question behind an action or in a theme, as one viewer sees it: its text and
 * session, never who asked it when it is anonymous.
 *
 * @param authorName the asker of a named question, null on an anonymous one
 * @param voted whether the viewer upvoted it (worked out now from their keyed vote hash)
 * @param yours whether the viewer is its named asker
 */
public record LinkedQuestion(UUID id, UUID sessionId, String sessionTitle, String text, boolean anonymous,
        @Nullable String authorName, int votes, @Nullable String answer, boolean voted, boolean yours) {}

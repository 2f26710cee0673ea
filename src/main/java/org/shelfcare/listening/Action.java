package org.shelfcare.listening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A "You said, we did" action as one viewer sees it.
 *
 * @param suggestions the visible suggestions behind it
 * @param questions the visible session questions behind it, of sessions the viewer sees
 * @param news whether it changed since the viewer last looked at the board and concerns them (they
 *        upvoted or, named, posted a suggestion or asked a question behind it); worked out now, stored nowhere
 */
public record Action(UUID id, String title, String description, @Nullable UUID ownerId, @Nullable String ownerName,
        ActionStatus status, @Nullable String wontDoReason, Instant createdAt, Instant changedAt,
        List<ActionUpdate> updates, List<Suggestion> suggestions, boolean news, List<LinkedQuestion> questions) {}

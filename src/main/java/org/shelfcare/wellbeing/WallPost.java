package org.shelfcare.wellbeing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Joy Wall post as the viewer sees it.
 *
 * @param authorId the author of a named post; null on an anonymous one, for everyone
 * @param unitName the branch or department the post was shared with; null for the whole library
 * @param hiddenReason why a wellness lead or admin hid it; only they see hidden posts on the wall
 * @param reactions how many people gave each reaction
 * @param mine the reactions the viewer gave
 * @param yours the viewer wrote it (worked out from the viewer's own sealed links for anonymous posts)
 */
public record WallPost(UUID id, WallAudience audience, @Nullable UUID unitId, @Nullable String unitName,
        @Nullable UUID authorId, @Nullable String authorName, String text, LocalDate date,
        @Nullable String hiddenReason, Map<WallReaction, Integer> reactions, Set<WallReaction> mine, boolean yours) {

    public boolean anonymous() {
        return authorId == null;
    }

    public boolean hidden() {
        return hiddenReason != null;
    }

    public int count(WallReaction reaction) {
        return reactions.getOrDefault(reaction, 0);
    }

    public boolean reacted(WallReaction reaction) {
        return mine.contains(reaction);
    }
}

package org.shelfcare.wellbeing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Kudos from one colleague to another.
 *
 * @param hidden the receiver took it off the wall
 * @param giverName null when the giver is no longer an active colleague the viewer sees
 */
public record KudosNote(UUID id, UUID giverId, @Nullable String giverName, UUID receiverId,
        @Nullable String receiverName, String text, KudosVisibility visibility, boolean hidden, Instant createdAt) {

    public boolean onWall() {
        return visibility == KudosVisibility.WALL && !hidden;
    }
}

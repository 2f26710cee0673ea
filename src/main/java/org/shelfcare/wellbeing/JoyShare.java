package org.shelfcare.wellbeing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where one of the person's joy entries is shared, as only its author sees it.
 *
 * @param unitName the branch or department; null for the whole library
 * @param hiddenReason why a wellness lead or admin took the post off the wall, if they did
 */
public record JoyShare(UUID postId, WallAudience audience, @Nullable String unitName, boolean anonymous,
        LocalDate date, @Nullable String hiddenReason) {

    public boolean hidden() {
        return hiddenReason != null;
    }
}

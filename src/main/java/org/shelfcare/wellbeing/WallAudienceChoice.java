package org.shelfcare.wellbeing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A wall the person may share to, with how many people see it and whether that is enough for an
 * anonymous post.
 *
 * @param unitName null for the whole library
 * @param people active people who see the wall, the author included
 */
public record WallAudienceChoice(WallAudience audience, @Nullable UUID unitId, @Nullable String unitName, int people,
        boolean anonymousAllowed) {

    /** The form value of this choice: {@code LIBRARY}, {@code BRANCH:<id>} or {@code DEPARTMENT:<id>}. */
    public String value() {
        return unitId == null ? audience.name() : audience.name() + ":" + unitId;
    }
}

package org.shelfcare.wellbeing;

import java.util.Arrays;
import java.util.Optional;

/** The small, fixed set of reactions to a Joy Wall post; each person gives each kind at most once a post. */
public enum WallReaction {
    HEART,
    CELEBRATE,
    THANKS,
    ME_TOO;

    /** The message key of the reaction's label, e.g. {@code wellbeing.wall.reaction.ME_TOO}. */
    public String messages() {
        return "wellbeing.wall.reaction." + name();
    }

    public static Optional<WallReaction> of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(code)).findFirst();
    }
}

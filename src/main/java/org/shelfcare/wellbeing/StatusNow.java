package org.shelfcare.wellbeing;

import org.jspecify.annotations.Nullable;

/**
 * A person's status as it stands now: the capacity status they set (null for none) and the break
 * they are taking, if any. While a break that shows its status runs, colleagues see "On a break,
 * back at ..." instead of the status; when it ends the set status shows again.
 */
public record StatusNow(@Nullable CapacityStatus status, @Nullable CurrentBreak currentBreak) {

    /** The break colleagues see, or null when there is none or the person keeps it to themselves. */
    public @Nullable CurrentBreak shownBreak() {
        return currentBreak != null && currentBreak.showStatus() ? currentBreak : null;
    }
}

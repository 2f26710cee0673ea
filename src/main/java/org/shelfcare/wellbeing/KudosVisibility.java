package org.shelfcare.wellbeing;

/** Where kudos are shown: on the library's Joy Wall, or only to the colleague they are for. */
public enum KudosVisibility {
    WALL,
    PRIVATE
}

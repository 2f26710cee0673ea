package org.shelfcare.wellbeing;

/** Who sees a Joy Wall post: everyone at the library, or the people of one branch or department. */
public enum WallAudience {
    LIBRARY,
    BRANCH,
    DEPARTMENT
}

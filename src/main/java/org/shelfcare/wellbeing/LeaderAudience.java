package org.shelfcare.wellbeing;

/**
 * Who reads a leaders' corner post: the author's team (everyone who reports to them, directly or
 * through other supervisors) or the whole library. The author always sees their own posts.
 */
public enum LeaderAudience {
    TEAM,
    LIBRARY
}

package org.shelfcare.timeoff;

/**
 * What a calendar feed shows. {@link #MINE}: the owner's own approved and pending requests;
 * the others: approved time off of a group, each event titled "Name — out".
 */
public enum FeedScope {
    /** The owner's own requests. */
    MINE,
    /** The owner's team: everyone who shares their supervisor, and their own reports. */
    TEAM,
    /** Everyone whose home branch is the feed's branch. */
    BRANCH,
    /** Everyone in the feed's department. */
    DEPARTMENT;

    public boolean needsUnit() {
        return this == BRANCH || this == DEPARTMENT;
    }
}

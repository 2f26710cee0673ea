package org.shelfcare.safety;

/** When a library's two follow-ups go out, in days after an incident is submitted. */
public record FollowUpSettings(int firstDays, int secondDays) {

    public static final FollowUpSettings DEFAULT = new FollowUpSettings(7, 30);
    public static final int FIRST_MIN = 1;
    public static final int FIRST_MAX = 28;
    public static final int SECOND_MAX = 90;
}

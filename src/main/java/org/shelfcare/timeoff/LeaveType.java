package org.shelfcare.timeoff;

import java.util.List;

/**
 * One of a library's leave types. A private type is approved automatically, whatever
 * {@code needsApproval} says: its approver could not judge what they are not allowed to see, and
 * private requests must all look alike (docs/timeoff.md).
 *
 * @param code one of {@link #CODES}
 * @param noticeDays how many days ahead the library expects a request
 * @param noteAllowed whether the form offers a note to the approver
 * @param privateType whether everyone but the requester sees it only as "Out"
 */
public record LeaveType(String code, boolean needsApproval, int noticeDays, boolean noteAllowed, boolean privateType) {

    public static final String VACATION = "VACATION";
    public static final String SICK = "SICK";
    public static final String MENTAL_HEALTH_DAY = "MENTAL_HEALTH_DAY";
    public static final String PERSONAL = "PERSONAL";
    public static final String TRAINING = "TRAINING";
    public static final String OTHER = "OTHER";
    /** What everyone but the requester sees instead of a private type. */
    public static final String OUT = "OUT";

    public static final List<String> CODES = List.of(VACATION, SICK, MENTAL_HEALTH_DAY, PERSONAL, TRAINING, OTHER);
    public static final int MAX_NOTICE_DAYS = 365;

    /** The defaults every new library starts with (V17__timeoff.sql holds the same for existing ones). */
    static List<LeaveType> defaults() {
        return List.of(
                new LeaveType(VACATION, true, 14, true, false),
                new LeaveType(SICK, false, 0, true, true),
                new LeaveType(MENTAL_HEALTH_DAY, false, 0, false, true),
                new LeaveType(PERSONAL, false, 0, true, true),
                new LeaveType(TRAINING, true, 7, true, false),
                new LeaveType(OTHER, true, 0, true, false));
    }

    /** Whether a request of this type is approved the moment it is sent. */
    public boolean approvedAutomatically() {
        return privateType || !needsApproval;
    }

    /** The message key of its name. */
    public String labelKey() {
        return labelKey(code);
    }

    public static String labelKey(String code) {
        return "timeoff.type." + code;
    }
}

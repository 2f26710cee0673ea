package org.shelfcare.timeoff;

/** How much of the days a request takes: whole days, a morning or afternoon, or some hours of one day. */
public enum LeavePortion {
    FULL_DAYS,
    AM,
    PM,
    HOURS;

    public boolean singleDay() {
        return this != FULL_DAYS;
    }
}

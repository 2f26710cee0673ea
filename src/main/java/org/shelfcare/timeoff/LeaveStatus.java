package org.shelfcare.timeoff;

/** Where a leave request stands. The same statuses for every type, private or not. */
public enum LeaveStatus {
    PENDING,
    APPROVED,
    DECLINED,
    CANCELLED;

    /** Pending and approved requests hold their days: a new request may not overlap them. */
    public boolean holdsDays() {
        return this == PENDING || this == APPROVED;
    }
}

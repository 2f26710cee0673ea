package org.shelfcare.training;

/** Where a person stands with a training they must take. */
public enum TrainingStatus {
    /** Done and not expiring within the reminder window (or never expiring). */
    DONE,
    /** Done, but it expires within the reminder window. */
    DUE_SOON,
    /** Done once, and expired. */
    OVERDUE,
    /** No completion that counts, and none is due yet (a requirement gives new staff some days). */
    DUE_BY,
    /** No completion that counts. */
    NEVER_DONE;

    /** Counts as complete in the compliance view. */
    public boolean complete() {
        return this == DONE || this == DUE_SOON;
    }
}

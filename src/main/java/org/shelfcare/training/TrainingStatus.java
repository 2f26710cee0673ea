package org.shelfcare.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

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

    /**
     * Where someone stands on {@code day} with a training last done on {@code lastDone} (null: never)
     * and expiring on {@code expires} (null: never): due soon from
     * {@link TrainingManagement#DUE_SOON_DAYS} days before it expires, overdue from that day.
     */
    static TrainingStatus on(LocalDate day, @Nullable LocalDate lastDone, @Nullable LocalDate expires) {
        return on(day, lastDone, expires, null);
    }

    /** The same, for a training that new staff have until {@code dueBy} to take: due by that day, overdue after. */
    static TrainingStatus on(LocalDate day, @Nullable LocalDate lastDone, @Nullable LocalDate expires,
            @Nullable LocalDate dueBy) {
        if (lastDone == null && dueBy != null) {
            return day.isAfter(dueBy) ? OVERDUE : DUE_BY;
        }
        if (lastDone == null) {
            return NEVER_DONE;
        }
        if (expires == null) {
            return DONE;
        }
        if (!day.isBefore(expires)) {
            return OVERDUE;
        }
        return day.isBefore(expires.minusDays(TrainingManagement.DUE_SOON_DAYS)) ? DONE : DUE_SOON;
    }

    /** Counts as complete in the compliance view. */
    public boolean complete() {
        return this == DONE || this == DUE_SOON;
    }
}

package org.shelfcare.timeoff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A leave request as the viewer may see it. To anyone but the requester a private type is
 * {@link LeaveType#OUT} and the note is absent; statuses and everything else are shown as they are.
 *
 * @param type the type code, or {@code OUT}
 * @param note the note, when the viewer may read it and it can still be opened
 * @param autoApproved approved the moment it was sent, without anyone's decision
 * @param mine whether the viewer is the requester
 * @param canDecide whether the viewer may approve or decline it now
 * @param privateType whether its type is private (to others the type is then {@code OUT})
 */
public record LeaveRequest(UUID id, UUID personId, String personName, String type, LeaveStatus status,
        LocalDate startDate, LocalDate endDate, LeavePortion portion, @Nullable LocalTime startTime,
        @Nullable LocalTime endTime, @Nullable String note, boolean autoApproved, @Nullable String decisionComment,
        Instant createdAt, boolean mine, boolean canDecide, boolean privateType) {

    /** The requester may change a request only while it waits for a decision. */
    public boolean changeable() {
        return mine && status == LeaveStatus.PENDING;
    }

    public boolean cancellable() {
        return mine && status.holdsDays();
    }

    public String typeLabelKey() {
        return LeaveType.labelKey(type);
    }
}

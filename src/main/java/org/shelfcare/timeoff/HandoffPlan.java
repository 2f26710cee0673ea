package org.shelfcare.timeoff;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A leave request's handoff plan as the viewer may see it. The requester sees and edits all of
 * it; the approver and admins read all of it; a covering colleague reads only their own items, the
 * out-of-office message and the key contacts. {@code type} is the kind of leave only for the
 * requester, and for the approver and admins when it is not private; to covering colleagues it is
 * always {@code OUT}.
 *
 * @param mine whether the viewer is the requester
 * @param editable whether the viewer is the requester and the request still holds its days
 * @param covering whether the viewer sees the plan as a covering colleague only
 */
public record HandoffPlan(UUID requestId, UUID personId, String personName, String type, LeaveStatus status,
        LocalDate startDate, LocalDate endDate, @Nullable String outOfOffice, @Nullable String keyContacts,
        List<HandoffItem> items, HandoffSummary summary, boolean mine, boolean editable, boolean covering) {

    public String typeLabelKey() {
        return LeaveType.labelKey(type);
    }
}

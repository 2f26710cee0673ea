package org.shelfcare.timeoff;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A handoff item someone was asked to cover, with whom and when: the person is only "out", never
 * why, and the out-of-office message and key contacts of their plan.
 */
public record CoveringItem(HandoffItem item, UUID personId, String personName, LocalDate startDate,
        LocalDate endDate, LeaveStatus requestStatus, @Nullable String outOfOffice, @Nullable String keyContacts) {}

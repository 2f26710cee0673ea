package org.shelfcare.timeoff;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A leave request was cancelled by its requester or declined by its approver: its days are free
 * again, and whoever was to cover for the person is no longer needed. Carries no kind of leave.
 */
public record LeaveCalledOff(UUID organizationId, UUID requestId, UUID personId, String personName,
        LocalDate startDate, LocalDate endDate, LeaveStatus status) {}

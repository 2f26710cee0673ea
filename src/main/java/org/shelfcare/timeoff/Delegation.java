package org.shelfcare.timeoff;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervisor's delegate for a range of days (both included): during it the delegate sees and
 * decides the requests whose approver is the supervisor.
 *
 * @param mine whether the viewer is the supervisor who named the delegate (and may end it)
 */
public record Delegation(UUID id, UUID supervisorId, String supervisorName, UUID delegateId, String delegateName,
        LocalDate startDate, LocalDate endDate, boolean mine) {}

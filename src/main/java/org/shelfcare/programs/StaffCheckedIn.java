package org.shelfcare.programs;

import java.time.Instant;
import java.util.UUID;

/**
 * A colleague (a staff registration, not a patron) was marked present at a session by someone who
 * manages its program. Published each time the mark goes from absent to present; listeners that
 * act on it once per session keep that themselves.
 *
 * @param checkedInBy the person who marked them present
 */
public record StaffCheckedIn(UUID organizationId, UUID programId, UUID sessionId, Instant startsAt, UUID personId,
        UUID checkedInBy) {}

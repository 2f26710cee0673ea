package org.shelfcare.safety;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The operational review of an incident, part of the factual record: when it takes place, and
 * afterwards what was found and what the library changes. It looks at how the library works, not
 * at how people feel (support conversations belong to the care track).
 */
public record IncidentReview(UUID incidentId, Instant scheduledAt, @Nullable String findings,
        @Nullable String changes, Instant updatedAt, String updatedByName) {}

package org.shelfcare.safety;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up as care contacts see it in the care track: for whom, which one (1 at about a week, 2
 * within a month), when it is or was due, and the answer and note (opened from its sealed text).
 */
public record CareFollowUp(UUID id, UUID incidentId, PersonRef person, int seq, Instant dueAt, FollowUpStatus status,
        @Nullable Instant sentAt, @Nullable FollowUpAnswer answer, @Nullable String note, @Nullable Instant answeredAt) {}

package org.shelfcare.safety;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up as the person it was sent to sees it: nothing of the incident, only when they were
 * asked and what they answered.
 *
 * @param laterScheduled whether another follow-up of the same incident is still to come
 * @param askAgainAt when the person asked to be asked again later: the day it comes back, else null
 */
public record MyFollowUp(UUID id, FollowUpStatus status, Instant sentAt, @Nullable FollowUpAnswer answer,
        @Nullable String note, @Nullable Instant answeredAt, boolean laterScheduled, @Nullable Instant askAgainAt) {

    public boolean pending() {
        return status == FollowUpStatus.SENT;
    }
}

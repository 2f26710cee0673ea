package org.shelfcare.listening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A session as a viewer sees it. {@code hosting} is true for its host; {@code moderates} for its
 * host, admins and wellness leads (who may close it).
 */
public record ListeningSession(UUID id, String title, @Nullable String purpose, Instant startsAt,
        @Nullable Instant endsAt, SessionFormat format, @Nullable String location, SessionAudience audience,
        @Nullable UUID unitId, @Nullable String unitName, @Nullable String agenda, String joinCode,
        @Nullable String hostName, boolean moderated, boolean closed, boolean hosting, boolean moderates,
        int questions) {

    /** Upcoming until it has ended (its end, or its start when it has no end); a closed session is past. */
    public boolean upcoming(Instant now) {
        return !closed && (endsAt == null ? startsAt : endsAt).isAfter(now);
    }
}

package org.shelfcare.timeoff;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of a person's calendar feeds. Its secret address is never stored and so never shown again
 * after it was made.
 *
 * @param unitName the branch or department, for those scopes
 */
public record LeaveFeed(UUID id, FeedScope scope, @Nullable UUID unitId, @Nullable String unitName,
        Instant createdAt) {}

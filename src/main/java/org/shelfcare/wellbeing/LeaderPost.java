package org.shelfcare.wellbeing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A leaders' corner post as a reader sees it.
 *
 * @param postedOn the day it was posted, in the reader's time zone
 * @param mine whether the reader wrote it (and so may change and delete it)
 */
public record LeaderPost(UUID id, UUID authorId, String authorName, @Nullable String title, String body,
        LeaderAudience audience, Instant createdAt, Instant updatedAt, LocalDate postedOn, boolean mine) {

    public boolean edited() {
        return updatedAt.isAfter(createdAt);
    }
}

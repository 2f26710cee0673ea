package org.shelfcare.programs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A session as it should be after a change: its start and end (a move when either differs), seats
 * ({@code capacity} null for no limit; 0 is refused) and drop-in. The same rules as adding a
 * session hold, and seats cannot drop below those already held.
 */
public record SessionChange(@Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable Integer capacity,
        boolean dropIn) {}

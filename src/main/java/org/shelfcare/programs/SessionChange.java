package org.shelfcare.programs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A session as it should be after a change: its start and end (a move when either differs), seats
 * ({@code capacity} null for no limit; 0 is refused), drop-in, and its own room and online link
 * (null: the program's; a different place is told like a move). The same rules as adding a session
 * hold, and seats cannot drop below those already held.
 */
public record SessionChange(@Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable Integer capacity,
        boolean dropIn, @Nullable String room, @Nullable String onlineLink) {

    /** A change that keeps the program's place. */
    public SessionChange(@Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable Integer capacity,
            boolean dropIn) {
        this(startsAt, endsAt, capacity, dropIn, null, null);
    }
}

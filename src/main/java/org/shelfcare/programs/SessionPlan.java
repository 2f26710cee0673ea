package org.shelfcare.programs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Sessions to add to a program: the first one's start and end, seats ({@code capacity} null for no
 * limit; 0 is refused), drop-in (no registrations), how it repeats, and a room and online link of
 * their own (null: the program's). Repeats keep the first session's local times in the library's
 * time zone, across daylight-saving changes.
 */
public record SessionPlan(@Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable Integer capacity,
        boolean dropIn, Recurrence recurrence, @Nullable String room, @Nullable String onlineLink) {

    /** Sessions that take the program's place. */
    public SessionPlan(@Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable Integer capacity, boolean dropIn,
            Recurrence recurrence) {
        this(startsAt, endsAt, capacity, dropIn, recurrence, null, null);
    }

    public static SessionPlan once(Instant startsAt, Instant endsAt, @Nullable Integer capacity) {
        return new SessionPlan(startsAt, endsAt, capacity, false, Recurrence.ONCE);
    }
}

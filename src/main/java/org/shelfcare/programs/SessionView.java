package org.shelfcare.programs;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A session of a program: when, how many seats ({@code capacity} null for no limit), how many
 * taken and waiting, the viewer's own registration ({@code mine}, null when none), and its own
 * room and online link ({@code room}, {@code onlineLink}; null when it takes the program's).
 */
public record SessionView(UUID id, UUID programId, Instant startsAt, Instant endsAt, @Nullable Integer capacity,
        boolean dropIn, boolean cancelled, int seatsTaken, int waiting, @Nullable RegistrationStatus mine,
        @Nullable String room, @Nullable String onlineLink) {

    /** Seats left, or null for no limit. */
    public @Nullable Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - seatsTaken);
    }

    public boolean full() {
        return capacity != null && seatsTaken >= capacity;
    }

    public boolean past(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** Open for registrations: not drop-in, not cancelled, not begun. */
    public boolean takesRegistrations(Instant now) {
        return !dropIn && !cancelled && !past(now);
    }
}

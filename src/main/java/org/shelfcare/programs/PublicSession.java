package org.shelfcare.programs;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A session as the library's public page shows it: the program's public details and the seats
 * left ({@code seatsLeft} null for no limit). Nothing about who registered. {@code sequence} is
 * its calendar sequence (see {@link CalendarEvent}).
 */
public record PublicSession(UUID id, UUID programId, String title, @Nullable String description,
        ProgramCategory category, ProgramAudience audience, @Nullable String branchName, @Nullable String room,
        @Nullable String onlineUrl, @Nullable String accessibility, @Nullable Integer ageMin, @Nullable Integer ageMax,
        @Nullable String facilitator, Instant startsAt, Instant endsAt, @Nullable Integer capacity, boolean dropIn,
        boolean cancelled, @Nullable Integer seatsLeft, int sequence) {

    public boolean full() {
        return seatsLeft != null && seatsLeft == 0;
    }

    public boolean takesRegistrations() {
        return !dropIn && !cancelled;
    }
}

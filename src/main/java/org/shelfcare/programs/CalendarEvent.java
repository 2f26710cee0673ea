package org.shelfcare.programs;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A session as a calendar shows it: what, when, where (and {@code url}, the link to join online),
 * whether it was cancelled, and its {@code sequence} (raised each time it moves, changes place or
 * is cancelled, so calendar apps replace the event).
 */
public record CalendarEvent(UUID id, String title, @Nullable String description, @Nullable String location,
        @Nullable String url, Instant startsAt, Instant endsAt, boolean cancelled, int sequence) {

    static @Nullable String location(@Nullable String branch, @Nullable String room, @Nullable String onlineUrl) {
        String where = String.join(", ", Stream.of(branch, room, onlineUrl).filter(Objects::nonNull).toList());
        return where.isEmpty() ? null : where;
    }

    /** A public session's event. */
    public static CalendarEvent of(PublicSession s) {
        return new CalendarEvent(s.id(), s.title(), s.description(), location(s.branchName(), s.room(), s.onlineUrl()),
                s.onlineUrl(), s.startsAt(), s.endsAt(), s.cancelled(), s.sequence());
    }
}

package org.shelfcare.listening;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new session as typed. {@code startsAt} and {@code endsAt} are either a local date and time in
 * the person's time zone ({@code 2026-12-01T17:30}) or an instant with an offset
 * ({@code 2026-12-01T17:30:00Z}); {@code format} and {@code audience} are enum names (defaults:
 * IN_PERSON, LIBRARY). A moderated session holds each question until a host approves it.
 */
public record SessionDraft(@Nullable String title, @Nullable String purpose, @Nullable String startsAt,
        @Nullable String endsAt, @Nullable String format, @Nullable String location, @Nullable String audience,
        @Nullable UUID unitId, @Nullable String agenda, boolean moderated) {

    public static SessionDraft of(@Nullable String title, @Nullable String startsAt) {
        return new SessionDraft(title, null, startsAt, null, null, null, null, null, null, false);
    }
}

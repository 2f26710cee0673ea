package org.shelfcare.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.privacy.AuditEntry;

/**
 * The care track of an incident, for care contacts only: who was affected, how they are doing,
 * who asked for a check-in, and who has read this track.
 */
public record CareTrack(UUID incidentId, String typeLabel, @Nullable Instant occurredAt, List<PersonRef> affected,
        List<CareNote> notes, List<CheckInRequest> checkIns, List<AuditEntry> reads) {

    /** A care note, opened from its sealed text for the reader. */
    public record CareNote(UUID id, String authorName, String text, Instant at) {}

    /** Someone asked for a check-in today. */
    public record CheckInRequest(UUID personId, String name, Instant at) {}
}

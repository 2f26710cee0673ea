package org.shelfcare.safety;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A dated supplemental note added to a submitted report. */
public record IncidentNote(UUID id, @Nullable UUID authorId, String authorName, String text, Instant at) {}

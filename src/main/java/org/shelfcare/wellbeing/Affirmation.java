package org.shelfcare.wellbeing;

import java.time.Instant;
import java.util.UUID;

/** One of a library's own affirmations, which join the daily rotation for its staff. */
public record Affirmation(UUID id, String text, Instant createdAt) {}

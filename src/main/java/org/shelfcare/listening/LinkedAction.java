package org.shelfcare.listening;

import java.time.Instant;
import java.util.UUID;

/** An action that a question led to, as shown next to the question. */
public record LinkedAction(UUID id, String title, ActionStatus status, Instant changedAt) {}

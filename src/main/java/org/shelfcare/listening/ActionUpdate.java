package org.shelfcare.listening;

import java.time.Instant;
import java.util.UUID;

/** A dated progress update on an action, with the status the action had after it. */
public record ActionUpdate(UUID id, String text, ActionStatus status, Instant writtenAt) {}

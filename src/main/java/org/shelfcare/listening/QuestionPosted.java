package org.shelfcare.listening;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A question just posted: its id and, for an anonymous one only, the edit secret, answered this once. */
public record QuestionPosted(UUID id, @Nullable String editToken) {}

package org.shelfcare.listening;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new suggestion; an anonymous one comes with its edit secret, shown once and never stored. */
public record SuggestionPosted(UUID id, @Nullable String editToken) {}

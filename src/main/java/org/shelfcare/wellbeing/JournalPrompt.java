package org.shelfcare.wellbeing;

import org.jspecify.annotations.Nullable;

/**
 * A journal prompt: a built-in one (its id names its topic, like {@code gratitude-1}, and its text
 * is in the reader's language) or one of the library's own (its id is a UUID, its text as written).
 *
 * @param topic the built-in topic ({@link Journal#TOPICS}), or null for the library's own
 */
public record JournalPrompt(String id, @Nullable String topic, String text, boolean own) {}

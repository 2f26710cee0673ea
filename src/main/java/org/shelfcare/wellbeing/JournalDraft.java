package org.shelfcare.wellbeing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A journal entry as typed or sent, checked by {@link Journal}: an optional title of up to 200
 * characters, a body of up to 20,000, up to 10 tags of up to 40 characters each, and optionally
 * the id of the prompt it answers (a built-in prompt or one of the library's own).
 */
public record JournalDraft(@Nullable String title, @Nullable String body, @Nullable List<String> tags,
        @Nullable String promptId) {}

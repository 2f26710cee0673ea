package org.shelfcare.wellbeing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of a person's own journal entries, as only that person sees it.
 *
 * @param body the opened body, or null when the entry can no longer be read
 * @param prompt the text of the prompt the entry answers, if any
 * @param unreadable true when the entry's key is gone (the account's keys were destroyed), so the
 *     page can say so instead of failing
 */
public record JournalEntry(UUID id, @Nullable String title, @Nullable String body, List<String> tags,
        @Nullable String prompt, boolean unreadable, Instant createdAt, Instant updatedAt) {

    /** Whether the title, body or a tag contains {@code text}, ignoring case. */
    public boolean matches(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return contains(title, needle) || contains(body, needle)
                || tags.stream().anyMatch(tag -> contains(tag, needle));
    }

    /** Whether the entry carries {@code tag}, ignoring case. */
    public boolean tagged(String tag) {
        return tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag.strip()));
    }

    private static boolean contains(@Nullable String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}

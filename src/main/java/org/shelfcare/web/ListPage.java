package org.shelfcare.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The API's list shape, {@code {"items": [...], "nextCursor": null}}. The cursor is opaque to
 * clients; pass it back to get the next page.
 */
public record ListPage<T>(List<T> items, @Nullable String nextCursor) {

    public static final int MAX_LIMIT = 500;

    /** One page of an already ordered list. */
    public static <T> ListPage<T> of(List<T> all, @Nullable String cursor, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        int from = decode(cursor);
        if (from >= all.size()) {
            return new ListPage<>(List.of(), null);
        }
        int to = Math.min(all.size(), from + size);
        return new ListPage<>(all.subList(from, to), to < all.size() ? encode(to) : null);
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return text.startsWith("o:") ? Math.max(0, Integer.parseInt(text.substring(2))) : 0;
        } catch (IllegalArgumentException malformed) {
            throw Problems.invalid("cursor", "problem.badCursor");
        }
    }
}

package org.shelfcare.wellbeing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three private reflections: the morning intention (one a day), the evening joy entry and the
 * gratitude note. {@code slug} names them in URLs; {@code max} is the longest text, in characters.
 */
public enum ReflectionKind {
    INTENTION("intentions", 500),
    JOY("joy", 2_000),
    GRATITUDE("gratitude", 1_000);

    /** The URL path segment of any kind, for request mappings. */
    public static final String SLUGS = "{kind:intentions|joy|gratitude}";

    private final String slug;
    private final int max;

    ReflectionKind(String slug, int max) {
        this.slug = slug;
        this.max = max;
    }

    public String slug() {
        return slug;
    }

    public int max() {
        return max;
    }

    /** The message key prefix of this kind, e.g. {@code wellbeing.joy}. */
    public String messages() {
        return "wellbeing." + (this == INTENTION ? "intention" : slug);
    }

    public static Optional<ReflectionKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}

package org.shelfcare.wellbeing;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A guided practice for a mindful break, with its text steps in the message bundles
 * ({@code wellbeing.breaks.BOX_BREATHING.step.1} ...) and the minutes it suggests.
 */
public enum BreakPractice {
    BOX_BREATHING("box-breathing", 4, 5),
    RESET("reset", 15, 6),
    MINDFUL_WALKING("mindful-walking", 10, 5),
    INTENTIONAL_LISTENING("intentional-listening", 10, 5);

    /** The slugs as a path pattern, e.g. for {@code /wellbeing/breaks/{practice}}; a test keeps it in step. */
    public static final String SLUGS = "{practice:box-breathing|reset|mindful-walking|intentional-listening}";

    private final String slug;
    private final int minutes;
    private final int steps;

    BreakPractice(String slug, int minutes, int steps) {
        this.slug = slug;
        this.minutes = minutes;
        this.steps = steps;
    }

    public String slug() {
        return slug;
    }

    /** The minutes the practice suggests; the person may pick others. */
    public int minutes() {
        return minutes;
    }

    public int steps() {
        return steps;
    }

    /** The prefix of the practice's message keys: {@code .title}, {@code .summary}, {@code .step.N}. */
    public String messages() {
        return "wellbeing.breaks." + name();
    }

    public static Optional<BreakPractice> ofSlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }

    public static Optional<BreakPractice> ofCode(@Nullable String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(p -> p.name().equals(code.strip())).findFirst();
    }
}

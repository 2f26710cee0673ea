package org.shelfcare.programs;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What those who manage a program see of a session's anonymous feedback. Under the library's k
 * answers nothing but that fact shows; the comments need max(10, 2k) answers.
 *
 * @param threshold the library's k
 * @param commentThreshold the answers comments need
 * @param answers how many answered, or null under k
 * @param average the average rating (1 to 5), or null under k
 * @param ratings how many gave each rating, 1 to 5, or null under k
 * @param comments the comments in alphabetical order (so their order tells nothing), or null under the comment threshold
 */
public record FeedbackSummary(int threshold, int commentThreshold, @Nullable Integer answers, @Nullable Double average,
        @Nullable Map<Integer, Integer> ratings, @Nullable List<String> comments) {}

package org.shelfcare.listening;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A suggestion as one viewer sees it. An anonymous suggestion has no author for anyone.
 *
 * @param votes how many people upvoted it
 * @param voted whether the viewer upvoted it
 * @param yours whether the viewer is its named author
 * @param hiddenReason why it was hidden; only moderators and its named author get it
 */
public record Suggestion(UUID id, String text, boolean anonymous, @Nullable UUID authorId, @Nullable String authorName,
        LocalDate postedOn, int votes, boolean voted, boolean yours, boolean hidden,
        @Nullable SuggestionHideReason hiddenReason, @Nullable UUID themeId, @Nullable String themeName) {}

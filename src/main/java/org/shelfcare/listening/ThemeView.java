package org.shelfcare.listening;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One theme with the session questions and suggestions in it that the viewer sees. A count is null
 * when it is above zero but under the library's k (it could point at someone); the total is null
 * whenever one of its parts is withheld, so that it cannot be used to work the part out.
 */
public record ThemeView(UUID id, String name, int threshold, @Nullable Integer questionCount,
        @Nullable Integer suggestionCount, @Nullable Integer total, List<LinkedQuestion> questions,
        List<Suggestion> suggestions) {}

package org.shelfcare.listening;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What became of one session question, for the session page: its theme, the actions it led to,
 * and whether there is news for the viewer (worked out now, stored nowhere).
 *
 * @param news the viewer upvoted it or asked it by name, and it got a written answer or one of its
 *        actions changed since they last looked at the actions board
 */
public record QuestionTrail(@Nullable UUID themeId, @Nullable String themeName, List<LinkedAction> actions,
        boolean news) {

    public static final QuestionTrail NONE = new QuestionTrail(null, null, List.of(), false);
}

package org.shelfcare.listening;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A question as a viewer sees it. An anonymous question has no author for anyone, hosts and
 * admins included; {@code yours} is true only on the viewer's own named questions (an anonymous
 * question is not recognized as anyone's). {@code voted} is whether the viewer has voted for it
 * (or for a question merged into it). {@code hiddenReason} is shown to the session's moderators and
 * the named asker only; others do not see held or hidden questions at all. {@code votes} counts the
 * votes on the question and on the questions merged into it, {@code mergedVotes} the latter;
 * {@code merged} lists those questions for the session's moderators only (empty for others).
 */
public record Question(UUID id, UUID sessionId, String text, boolean anonymous, @Nullable String authorName,
        LocalDate date, int position, int votes, boolean voted, boolean yours, QuestionStatus status,
        @Nullable HideReason hiddenReason, @Nullable String answer, int mergedVotes, List<Merged> merged) {

    /** A question merged into this one, as its moderators see it. */
    public record Merged(UUID id, String text) {}
}

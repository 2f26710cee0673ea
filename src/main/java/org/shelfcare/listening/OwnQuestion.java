package org.shelfcare.listening;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A question as its own asker sees it (by being its named author or holding its edit secret):
 * its status and, when hidden, the reason; when merged, the question it was merged into
 * ({@code mergedInto}, {@code mergedIntoText}). {@code editable} while it is not answered,
 * withdrawn or merged. {@code actions} are the actions it led to; {@code news} is whether it got
 * its answer or one of its actions changed on or after the day its asker last looked (worked out
 * now; only that day is kept, on the question, never who looked).
 */
public record OwnQuestion(UUID id, UUID sessionId, String text, boolean anonymous, LocalDate date,
        QuestionStatus status, @Nullable HideReason hiddenReason, @Nullable String answer, boolean editable,
        @Nullable UUID mergedInto, @Nullable String mergedIntoText, List<LinkedAction> actions, boolean news) {}

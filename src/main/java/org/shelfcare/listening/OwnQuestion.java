package org.shelfcare.listening;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A question as its own asker sees it (by being its named author or holding its edit secret):
 * its status and, when hidden, the reason; when merged, the question it was merged into
 * ({@code mergedInto}, {@code mergedIntoText}). {@code editable} while it is not answered,
 * withdrawn or merged.
 */
public record OwnQuestion(UUID id, UUID sessionId, String text, boolean anonymous, LocalDate date,
        QuestionStatus status, @Nullable HideReason hiddenReason, @Nullable String answer, boolean editable,
        @Nullable UUID mergedInto, @Nullable String mergedIntoText) {}

package org.shelfcare.listening;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A question as its own asker sees it (by being its named author or holding its edit secret):
 * its status and, when hidden, the reason. {@code editable} while it is not answered or withdrawn.
 */
public record OwnQuestion(UUID id, UUID sessionId, String text, boolean anonymous, LocalDate date,
        QuestionStatus status, @Nullable HideReason hiddenReason, @Nullable String answer, boolean editable) {}

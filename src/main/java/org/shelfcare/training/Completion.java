package org.shelfcare.training;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recorded completion, as its owner and the leads who review it see it. */
public record Completion(UUID id, UUID itemId, String itemTitle, UUID personId, String personName,
        LocalDate completedOn, @Nullable String note, @Nullable String certificateName, CompletionStatus status,
        @Nullable String rejectReason) {

    public boolean hasCertificate() {
        return certificateName != null;
    }
}

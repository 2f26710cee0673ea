package org.shelfcare.training;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recorded completion, as its owner and the leads who review it see it.
 *
 * @param recordedById the lead who recorded it on the person's behalf (it was verified at once), or null
 * @param recordedByName that lead's name
 */
public record Completion(UUID id, UUID itemId, String itemTitle, UUID personId, String personName,
        LocalDate completedOn, @Nullable String note, @Nullable String certificateName, CompletionStatus status,
        @Nullable String rejectReason, @Nullable UUID recordedById, @Nullable String recordedByName) {

    public boolean hasCertificate() {
        return certificateName != null;
    }
}

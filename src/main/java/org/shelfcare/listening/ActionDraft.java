package org.shelfcare.listening;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a lead types for an action: the suggestions and session questions behind it are given by id. */
public record ActionDraft(@Nullable String title, @Nullable String description, @Nullable UUID ownerId,
        @Nullable String status, @Nullable String wontDoReason, @Nullable List<UUID> suggestionIds,
        @Nullable List<UUID> questionIds) {

    /** An action behind suggestions only. */
    public ActionDraft(@Nullable String title, @Nullable String description, @Nullable UUID ownerId,
            @Nullable String status, @Nullable String wontDoReason, @Nullable List<UUID> suggestionIds) {
        this(title, description, ownerId, status, wontDoReason, suggestionIds, null);
    }
}

package org.shelfcare.safety;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An alert about to be sent, as typed.
 *
 * @param type the type code
 * @param message the text; blank means the template's message
 * @param drill a drill, marked as such everywhere
 * @param branchIds the branches alerted; empty means the whole library
 */
public record AlertDraft(@Nullable String type, @Nullable String message, boolean drill, List<UUID> branchIds) {

    public AlertDraft {
        branchIds = List.copyOf(branchIds);
    }
}

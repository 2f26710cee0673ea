package org.shelfcare.programs;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A program as its manager writes it. {@code facilitatorId} is a colleague the program is delegated
 * to; {@code facilitatorName} a facilitator from outside the library. The age range applies to
 * events for patrons only.
 */
public record ProgramDraft(@Nullable String title, @Nullable String description, @Nullable ProgramCategory category,
        @Nullable ProgramAudience audience, boolean draft, @Nullable UUID facilitatorId,
        @Nullable String facilitatorName, @Nullable UUID branchId, @Nullable String room, @Nullable String onlineUrl,
        @Nullable String accessibility, @Nullable Integer ageMin, @Nullable Integer ageMax) {

    /** Just a title, category and audience: published at once, as the API's shortest request. */
    public static ProgramDraft of(String title, ProgramCategory category, ProgramAudience audience) {
        return new ProgramDraft(title, null, category, audience, false, null, null, null, null, null, null, null, null);
    }
}

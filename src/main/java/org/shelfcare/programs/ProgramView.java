package org.shelfcare.programs;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A program as the viewer may see it. {@code manages}: the viewer may edit it and add sessions;
 * {@code delegates}: the viewer may also choose its facilitator (a facilitator cannot hand it on).
 */
public record ProgramView(UUID id, String title, @Nullable String description, ProgramCategory category,
        ProgramAudience audience, ProgramStatus status, @Nullable UUID teamSupervisorId, @Nullable String teamName,
        @Nullable UUID facilitatorId, @Nullable String facilitatorName, @Nullable UUID branchId,
        @Nullable String branchName, @Nullable String room, @Nullable String onlineUrl, @Nullable String accessibility,
        @Nullable Integer ageMin, @Nullable Integer ageMax, @Nullable Instant nextSession, boolean manages,
        boolean delegates) {

    public boolean draft() {
        return status == ProgramStatus.DRAFT;
    }

    /** What to show as the facilitator: the colleague's name, else the outside facilitator's. */
    public @Nullable String facilitator() {
        return facilitatorName;
    }
}

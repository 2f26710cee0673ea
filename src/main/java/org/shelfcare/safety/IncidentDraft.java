package org.shelfcare.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a reporter typed. Everything may be missing in a draft; a submitted report needs a type, the
 * time it happened (not in the future) and a description.
 *
 * @param othersDescribed people who are not staff (patrons, visitors), described minimally
 * @param subjectPersonIds the staff the report is about, who can never read it
 * @param affectedPersonIds staff affected, kept in the care track for care contacts only
 */
public record IncidentDraft(@Nullable String type, @Nullable Instant occurredAt, @Nullable UUID branchId,
        @Nullable String area, @Nullable String description, @Nullable String othersDescribed,
        @Nullable String witnesses, Set<IncidentAction> actions, @Nullable String actionsDetail,
        @Nullable String restriction, @Nullable LocalDate restrictionEnds, List<UUID> staffInvolvedIds,
        List<UUID> subjectPersonIds, List<UUID> affectedPersonIds) {

    public IncidentDraft {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        staffInvolvedIds = staffInvolvedIds == null ? List.of() : List.copyOf(staffInvolvedIds);
        subjectPersonIds = subjectPersonIds == null ? List.of() : List.copyOf(subjectPersonIds);
        affectedPersonIds = affectedPersonIds == null ? List.of() : List.copyOf(affectedPersonIds);
    }

    /** The smallest report: type, time and description. */
    public static IncidentDraft of(String type, Instant occurredAt, String description) {
        return new IncidentDraft(type, occurredAt, null, null, description, null, null, Set.of(), null, null, null,
                List.of(), List.of(), List.of());
    }

    public IncidentDraft withPeople(List<UUID> staffInvolved, List<UUID> subjects, List<UUID> affected) {
        return new IncidentDraft(type, occurredAt, branchId, area, description, othersDescribed, witnesses, actions,
                actionsDetail, restriction, restrictionEnds, staffInvolved, subjects, affected);
    }
}

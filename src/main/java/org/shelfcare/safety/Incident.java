package org.shelfcare.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The factual record of an incident as a safety lead, an admin or its reporter reads it. Nothing of
 * the care track is in it.
 *
 * @param mine the reader reported it
 */
public record Incident(UUID id, IncidentStatus status, @Nullable UUID reporterId, String reporterName,
        @Nullable String typeCode, String typeLabel, @Nullable Instant occurredAt, @Nullable UUID branchId,
        @Nullable String branchName, @Nullable String area, @Nullable String description,
        @Nullable String othersDescribed, @Nullable String witnesses, Set<IncidentAction> actions,
        @Nullable String actionsDetail, @Nullable String restriction, @Nullable LocalDate restrictionEnds,
        List<PersonRef> staffInvolved, List<PersonRef> subjects, Instant createdAt, @Nullable Instant submittedAt,
        List<IncidentNote> notes, boolean mine) {

    public boolean draft() {
        return status == IncidentStatus.DRAFT;
    }
}

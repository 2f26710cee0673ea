package org.shelfcare.privacy;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log as an admin sees it.
 *
 * @param actorName the actor's name, or null when the actor is ShelfCare itself or someone outside
 *     the library (the instance operator)
 * @param subjectName the subject's name when it is a person of the library or the library itself
 */
public record AuditEntry(UUID id, Instant at, @Nullable UUID actorId, @Nullable String actorName, String action,
        @Nullable String subjectKind, @Nullable UUID subjectId, @Nullable String subjectName, @Nullable String detail,
        boolean careTrack) {}

package org.shelfcare.directory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An administrative change worth an audit entry (a role change, a deactivation, an operator's new
 * admin invitation). The privacy module's audit log records it.
 *
 * @param action a code such as {@code PERSON_DEACTIVATED}
 * @param actorId who did it
 * @param subjectId what it was done to, if anything
 */
public record AdminAction(UUID organizationId, UUID actorId, String action, @Nullable UUID subjectId,
        @Nullable String detail) {}

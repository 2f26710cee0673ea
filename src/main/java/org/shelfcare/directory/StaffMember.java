package org.shelfcare.directory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An active person of a library with their home branch, department and working pattern, for
 * modules that count who is at work (coverage). Working patterns are not private.
 */
public record StaffMember(UUID id, String name, @Nullable UUID branchId, @Nullable UUID departmentId,
        WorkingPattern workingPattern) {}

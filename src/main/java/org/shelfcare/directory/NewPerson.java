package org.shelfcare.directory;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who to invite: an email or, for staff without one, a username. */
public record NewPerson(String name, @Nullable String email, @Nullable String username, List<Role> roles,
        @Nullable UUID branchId, @Nullable UUID departmentId, @Nullable String jobTitle, @Nullable UUID supervisorId) {}

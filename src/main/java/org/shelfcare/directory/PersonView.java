package org.shelfcare.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person as the viewer may see them: colleagues see name, pronouns, job title, branch and
 * department; admins also see the account details, and supervisors their reports' working pattern
 * and start date ({@code startedOn}: the day they started at the library, when someone entered it).
 */
public record PersonView(UUID id, String name, @Nullable String pronouns, @Nullable String jobTitle,
        @Nullable UUID branchId, @Nullable String branchName, @Nullable UUID departmentId,
        @Nullable String departmentName, @Nullable UUID supervisorId, @Nullable String supervisorName,
        @Nullable String email, @Nullable String username, @Nullable List<Role> roles,
        @Nullable PersonStatus status, @Nullable String workingPattern, @Nullable LocalDate startedOn) {}

package org.shelfcare.directory;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An active person with what decides which trainings they must take: job title, home branch,
 * department, supervisor, roles and start date (the day they started at the library, or else the
 * day they were added). Not private (the directory shows them to admins), but a
 * module shows it only to the people it serves: the person, their supervisor, leads and admins.
 */
public record RosterMember(UUID id, String name, @Nullable String jobTitle, @Nullable UUID branchId,
        @Nullable String branchName, @Nullable UUID departmentId, @Nullable String departmentName,
        @Nullable UUID supervisorId, Set<Role> roles, LocalDate startedOn) {}

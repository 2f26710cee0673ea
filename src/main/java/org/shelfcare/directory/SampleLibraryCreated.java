package org.shelfcare.directory;

import java.util.List;
import java.util.UUID;

/**
 * The sample library was loaded. Modules listen to add their own made-up content to it (check-ins,
 * listening sessions, programs); everything they add must belong to {@code organizationId} so
 * that deleting the sample removes it.
 *
 * @param directorId the director, who is also the sample's admin
 * @param peopleIds everyone in the sample, director first
 */
public record SampleLibraryCreated(UUID organizationId, UUID directorId, List<UUID> peopleIds, List<UUID> branchIds,
        List<UUID> departmentIds) {}

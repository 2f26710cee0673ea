package org.shelfcare.directory;

import java.util.UUID;

/** The sample library and every row that belonged to it were deleted. */
public record SampleLibraryDeleted(UUID organizationId) {}

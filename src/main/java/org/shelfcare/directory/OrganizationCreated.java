package org.shelfcare.directory;

import java.util.UUID;

/** A library was created: by first-run setup, by the operator, or as the sample library. */
public record OrganizationCreated(UUID organizationId, String name, boolean sample) {}

package org.shelfcare.directory;

import java.util.UUID;

/** A branch or a department: an id and a name. */
public record Unit(UUID id, String name) {}

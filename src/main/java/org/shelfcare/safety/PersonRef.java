package org.shelfcare.safety;

import java.util.UUID;

/** A person named in a report, as the reader sees them. */
public record PersonRef(UUID id, String name) {}

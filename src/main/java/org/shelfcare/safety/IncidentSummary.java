package org.shelfcare.safety;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line of an incident list: no description, no people. */
public record IncidentSummary(UUID id, IncidentStatus status, @Nullable String typeCode, String typeLabel,
        @Nullable Instant occurredAt, @Nullable String branchName, boolean mine) {}

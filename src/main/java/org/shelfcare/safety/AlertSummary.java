package org.shelfcare.safety;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An alert in a list; counts are there for people who oversee it, else null. */
public record AlertSummary(UUID id, String type, String typeLabel, String headline, boolean drill, Instant sentAt,
        @Nullable Instant allClearAt, @Nullable AlertCounts counts) {}

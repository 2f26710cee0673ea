package org.shelfcare.training;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A training in the library's catalog.
 *
 * @param code the default entry it started as (e.g. {@code DE_ESCALATION}), or null for the library's own
 * @param recertMonths how often it must be taken again, or null when once is enough
 * @param retired no longer offered nor required; kept with its completions
 * @param programId the program (programs module) whose sessions offer it, or null
 */
public record CatalogItem(UUID id, @Nullable String code, String title, @Nullable String description,
        @Nullable String provider, @Nullable String link, TrainingFormat format, @Nullable Integer durationMinutes,
        @Nullable Integer recertMonths, boolean retired, @Nullable UUID programId) {}

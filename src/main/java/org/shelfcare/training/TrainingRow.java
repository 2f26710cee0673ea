package org.shelfcare.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One training on a person's "My training": required (with a status) or optional.
 *
 * @param months the interval that applies to this person, or null when once is enough
 * @param status null for an optional training
 * @param lastCompleted the latest completion that counts, or null
 * @param expiresOn when that completion expires, or null
 * @param dueBy for a training never done that new staff have some days for: the last day to take it
 */
public record TrainingRow(CatalogItem item, boolean required, @Nullable Integer months,
        @Nullable TrainingStatus status, @Nullable Completion lastCompleted, @Nullable LocalDate expiresOn,
        @Nullable LocalDate dueBy) {}

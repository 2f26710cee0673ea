package org.shelfcare.training;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A training that a group must take.
 *
 * @param audienceValue the role code, the job title or the department id; null for everyone
 * @param audienceLabel the role, job title or department as people read it (a department's name)
 * @param intervalMonths how often, or null to follow the item's recertification interval
 * @param effectiveMonths the interval that applies (this one, else the item's), or null when once is enough
 * @param withinDays new staff have this many days from their start date to take it (people who
 *        started before the requirement was added have as many days from that day), or null: not
 *        done is then "not done yet" from the start, never overdue
 * @param addedOn the day the requirement was added
 */
public record Requirement(UUID id, UUID itemId, String itemTitle, Audience audience, @Nullable String audienceValue,
        String audienceLabel, @Nullable Integer intervalMonths, @Nullable Integer effectiveMonths,
        @Nullable Integer withinDays, LocalDate addedOn) {}

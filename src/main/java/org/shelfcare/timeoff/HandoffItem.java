package org.shelfcare.timeoff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One item of a handoff plan: a desk shift, program, meeting or task, and the colleague asked to
 * cover it. Its text is work, not private, and never names the kind of leave.
 *
 * @param date a day within the absence, or null
 * @param time a time on that day, or null
 * @param declineReason why the colleague declined, when they did and gave a reason
 */
public record HandoffItem(UUID id, UUID requestId, HandoffKind kind, String description, @Nullable LocalDate date,
        @Nullable LocalTime time, @Nullable UUID coveringId, @Nullable String coveringName, HandoffStatus status,
        @Nullable String declineReason, @Nullable Instant answeredAt) {}

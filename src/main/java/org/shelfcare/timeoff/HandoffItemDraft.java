package org.shelfcare.timeoff;

import org.jspecify.annotations.Nullable;

/** A handoff item as typed on the page or sent to the API, not yet checked. */
public record HandoffItemDraft(@Nullable String kind, @Nullable String description, @Nullable String date,
        @Nullable String time, @Nullable String coveringId) {}

package org.shelfcare.timeoff;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A handoff template as typed on the page or sent to the API, not yet checked; blank items are left out. */
public record HandoffTemplateDraft(@Nullable String name, @Nullable String departmentId, List<Item> items) {

    public HandoffTemplateDraft {
        items = List.copyOf(items);
    }

    public record Item(@Nullable String kind, @Nullable String description) {}
}

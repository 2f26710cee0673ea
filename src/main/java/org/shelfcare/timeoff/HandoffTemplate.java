package org.shelfcare.timeoff;

import java.util.List;
import java.util.UUID;

/**
 * A department's list of handoff items to start a plan from, e.g. "Children's desk".
 *
 * @param editable whether the viewer may change it: admins any, supervisors their own department's
 */
public record HandoffTemplate(UUID id, UUID departmentId, String departmentName, String name, List<Item> items,
        boolean editable) {

    public record Item(HandoffKind kind, String description) {}
}

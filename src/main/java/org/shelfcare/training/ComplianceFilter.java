package org.shelfcare.training;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the compliance view is narrowed to: a branch (people whose home branch or one of whose other
 * branches it is), a department, a training, and a status (which narrows the lists of people only).
 * Null means any.
 */
public record ComplianceFilter(@Nullable UUID branch, @Nullable UUID department, @Nullable UUID item,
        @Nullable TrainingStatus status) {

    public static final ComplianceFilter NONE = new ComplianceFilter(null, null, null, null);

    public boolean any() {
        return branch != null || department != null || item != null || status != null;
    }

    /** The filters as a query string for links ({@code ?branch=...&status=...}), empty when none. */
    public String query() {
        StringBuilder q = new StringBuilder();
        append(q, "branch", branch);
        append(q, "department", department);
        append(q, "item", item);
        append(q, "status", status);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, @Nullable Object value) {
        if (value != null) {
            q.append(q.isEmpty() ? '?' : '&').append(name).append('=').append(value);
        }
    }
}

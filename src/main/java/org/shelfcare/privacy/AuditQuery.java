package org.shelfcare.privacy;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the audit log; each one left null filters nothing.
 *
 * @param from first day, in the library's time zone
 * @param to last day, included
 */
public record AuditQuery(@Nullable String action, @Nullable UUID actorId, @Nullable UUID subjectId,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}

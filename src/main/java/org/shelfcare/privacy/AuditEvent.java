package org.shelfcare.privacy;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Something to write to a library's audit log. Codes and ids only: never private text (no note,
 * no answer, no reason), and never anything about an anonymous item.
 *
 * @param actorId who did it, or null for ShelfCare itself
 * @param action an upper-case code such as {@code PERSON_DEACTIVATED} or {@code CARE_RECORD_READ}
 * @param subjectKind an upper-case code for what it was done to, such as {@code INCIDENT}
 * @param detail a short, non-private explanation (codes, counts), cut to 500 characters
 * @param careTrack about the care of people after an incident: shown to care contacts only
 */
public record AuditEvent(UUID organizationId, @Nullable UUID actorId, String action, @Nullable String subjectKind,
        @Nullable UUID subjectId, @Nullable String detail, boolean careTrack) {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    static final int MAX_DETAIL = 500;

    public AuditEvent {
        if (!CODE.matcher(action).matches()) {
            throw new IllegalArgumentException("an audit action is an upper-case code: " + action);
        }
        if (subjectKind != null && (!CODE.matcher(subjectKind).matches() || subjectKind.length() > 32)) {
            throw new IllegalArgumentException("a subject kind is an upper-case code of up to 32 characters: " + subjectKind);
        }
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
    }
}

package org.shelfcare.privacy;

import java.util.UUID;
import org.shelfcare.directory.CurrentUser;

/**
 * Whose data key seals a text: a person (their journal, check-in notes, leave notes...) or a
 * library's care key (care notes and follow-up answers, read by its care contacts).
 *
 * @param organizationId the library
 * @param ownerId the person, or the library itself for its care key
 */
public record KeyOwner(UUID organizationId, UUID ownerId, Kind kind) {

    public enum Kind {
        PERSON,
        ORG_CARE
    }

    public static KeyOwner person(UUID organizationId, UUID personId) {
        return new KeyOwner(organizationId, personId, Kind.PERSON);
    }

    /** The signed-in person's own key. */
    public static KeyOwner of(CurrentUser person) {
        return person(person.organizationId(), person.personId());
    }

    public static KeyOwner care(UUID organizationId) {
        return new KeyOwner(organizationId, organizationId, Kind.ORG_CARE);
    }
}

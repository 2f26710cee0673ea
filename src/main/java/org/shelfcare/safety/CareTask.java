package org.shelfcare.safety;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone asked for help and a care contact should act: {@code TALK} and {@code EAP} come from a
 * follow-up answer, {@code CHECK_IN} from a reporter asking for a check-in today.
 *
 * @param incidentLabel the incident's type and date, as the care track shows them
 */
public record CareTask(UUID id, UUID incidentId, String incidentLabel, PersonRef person, String kind,
        @Nullable UUID followUpId, Instant createdAt, @Nullable Instant doneAt, @Nullable String doneBy) {

    public static final String TALK = "TALK";
    public static final String EAP = "EAP";
    public static final String CHECK_IN = "CHECK_IN";

    public boolean done() {
        return doneAt != null;
    }
}

package org.shelfcare.safety;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.SAFETY_LEAD;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of playbooks, ticks, operational reviews and the leaders' message. Everyone signed in
 * reads the playbooks; safety leads and admins keep them (others 403; another library's type 404).
 * On STAFF's submitted incident about REPORT, whoever reads the factual record (its reporter, the
 * safety lead, the admin) reads and ticks the playbook; the review is read by the same people and
 * scheduled by the safety lead and the admin (the reporter 403), who alone get the message to
 * staff. Everyone else, the subject and another library's admin included, gets 404.
 */
class PlaybooksMatrix implements MatrixRows {

    private static final String API = "/api/v1/safety";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/safety/playbooks").expect(302, ANONYMOUS).otherwise(200),
                get("/safety/playbooks/{code}").path(w -> "/safety/playbooks/" + customType(w))
                        .expect(200, ADMIN, SAFETY_LEAD)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/safety/playbooks/{code}").path(w -> "/safety/playbooks/" + customType(w))
                        .form((w, a) -> Map.of("action", "save", "stepText", "Matrix step"))
                        .expect(302, ADMIN, SAFETY_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/safety/incidents/{id}/playbook/{stepId}").path(w -> "/safety/incidents/" + submitted(w) + "/playbook/1")
                        .form((w, a) -> Map.of("done", "true"))
                        .expect(302, STAFF, SAFETY_LEAD, ADMIN, ANONYMOUS)
                        .otherwise(404),
                get("/safety/incidents/{id}/review").path(w -> "/safety/incidents/" + submitted(w) + "/review")
                        .expect(200, SAFETY_LEAD, ADMIN)
                        .expect(403, STAFF)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/safety/incidents/{id}/review").path(w -> "/safety/incidents/" + submitted(w) + "/review")
                        .form((w, a) -> Map.of("scheduledAt", "2030-01-15T10:00", "findings", "Matrix findings"))
                        .expect(302, SAFETY_LEAD, ADMIN, ANONYMOUS)
                        .expect(403, STAFF)
                        .otherwise(404),
                get("/safety/incidents/{id}/message").path(w -> "/safety/incidents/" + submitted(w) + "/message")
                        .expect(200, SAFETY_LEAD, ADMIN)
                        .expect(403, STAFF)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),

                get(API + "/playbooks").expect(401, ANONYMOUS).otherwise(200),
                get(API + "/playbooks/{typeCode}").path(w -> API + "/playbooks/" + customType(w))
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                put(API + "/playbooks/{typeCode}").path(w -> API + "/playbooks/" + customType(w))
                        .json("{\"steps\":[{\"text\":\"Matrix API step\"}]}")
                        .expect(200, ADMIN, SAFETY_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                delete(API + "/playbooks/{typeCode}").path(w -> API + "/playbooks/" + customType(w))
                        .expect(200, ADMIN, SAFETY_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(API + "/incidents/{id}/playbook").path(w -> API + "/incidents/" + submitted(w) + "/playbook")
                        .expect(200, STAFF, SAFETY_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/incidents/{id}/playbook/steps/{stepId}")
                        .path(w -> API + "/incidents/" + submitted(w) + "/playbook/steps/2")
                        .json("{\"done\":true}")
                        .expect(200, STAFF, SAFETY_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API + "/incidents/{id}/review").path(w -> API + "/incidents/" + submitted(w) + "/review")
                        .expect(200, STAFF, SAFETY_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                put(API + "/incidents/{id}/review").path(w -> API + "/incidents/" + submitted(w) + "/review")
                        .json("{\"scheduledAt\":\"2030-01-15T10:00:00Z\",\"changes\":\"Matrix changes\"}")
                        .expect(200, SAFETY_LEAD, ADMIN)
                        .expect(403, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                delete(API + "/incidents/{id}/review").path(w -> API + "/incidents/" + submitted(w) + "/review")
                        .expect(204, SAFETY_LEAD, ADMIN)
                        .expect(403, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API + "/incidents/{id}/message").path(w -> API + "/incidents/" + submitted(w) + "/message")
                        .expect(200, SAFETY_LEAD, ADMIN)
                        .expect(403, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404));
    }

    /** STAFF's submitted report about REPORT, which affected SUPERVISOR (the same one as {@link SafetyMatrix}'s). */
    private static UUID submitted(World w) {
        return w.shared("safety.submitted", () -> w.bean(SafetyManagement.class).report(w.person(STAFF),
                IncidentDraft.of("CHALLENGING_PATRON", Instant.now().minus(2, ChronoUnit.HOURS), "Matrix incident")
                        .withPeople(List.of(), List.of(w.id(Actor.REPORT)), List.of(w.id(Actor.SUPERVISOR))),
                true));
    }

    /** A type the home library added (the same one as {@link SafetyMatrix}'s). */
    private static String customType(World w) {
        return w.shared("safety.customType", () -> w.bean(IncidentTypes.class).add(w.person(ADMIN),
                "Matrix custom " + w.unique(), null).code());
    }
}

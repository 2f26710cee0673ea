package org.shelfcare.safety;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.CARE_CONTACT;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.SAFETY_LEAD;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.patch;
import static org.shelfcare.authorization.Endpoint.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of incidents. STAFF reported a submitted incident about REPORT (its subject) that
 * affected SUPERVISOR, and keeps a draft. The factual record answers its reporter, the safety lead
 * and the admin, and 404 to everyone else (its subject included); the care track answers only the
 * care contact (the admin gets 404); incident types are kept by admins and safety leads (others
 * 403); another library's admin gets 404 for everything of the home library.
 */
class SafetyMatrix implements MatrixRows {

    private static final String API = "/api/v1/safety";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/safety").expect(302, ANONYMOUS).otherwise(200),
                get("/safety/incidents/new").expect(302, ANONYMOUS).otherwise(200),
                post("/safety/incidents").form((w, a) -> Map.of("type", "OTHER", "occurredAt", yesterday(),
                                "description", "Matrix report " + w.unique()))
                        .otherwise(302),
                get("/safety/incidents/{id}").path(w -> "/safety/incidents/" + submitted(w))
                        .expect(200, STAFF, SAFETY_LEAD, ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                get("/safety/incidents/{id}/edit").path(w -> "/safety/incidents/" + draft(w) + "/edit")
                        .expect(200, STAFF)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/safety/incidents/{id}").path(w -> "/safety/incidents/" + draft(w))
                        .form((w, a) -> Map.of("action", "draft", "description", "Matrix draft " + w.unique()))
                        .expect(302, STAFF, ANONYMOUS)
                        .otherwise(404),
                post("/safety/incidents/{id}/notes").path(w -> "/safety/incidents/" + submitted(w) + "/notes")
                        .form((w, a) -> Map.of("text", "Matrix note"))
                        .expect(302, STAFF, SAFETY_LEAD, ADMIN, ANONYMOUS)
                        .otherwise(404),
                get("/safety/incidents/{id}/reported").path(w -> "/safety/incidents/" + submitted(w) + "/reported")
                        .expect(200, STAFF)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/safety/incidents/{id}/check-in").path(w -> "/safety/incidents/" + submitted(w) + "/check-in")
                        .expect(302, STAFF, ANONYMOUS)
                        .otherwise(404),
                get("/safety/incidents/{id}/care").path(w -> "/safety/incidents/" + submitted(w) + "/care")
                        .expect(200, CARE_CONTACT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/safety/incidents/{id}/care/notes").path(w -> "/safety/incidents/" + submitted(w) + "/care/notes")
                        .form((w, a) -> Map.of("text", "Matrix care note"))
                        .expect(302, CARE_CONTACT, ANONYMOUS)
                        .otherwise(404),
                get("/safety/types")
                        .expect(200, ADMIN, SAFETY_LEAD, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/safety/types").form((w, a) -> Map.of("labelEn", "Matrix type " + w.unique()))
                        .expect(302, ADMIN, SAFETY_LEAD, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                post("/safety/types/{code}").path(w -> "/safety/types/" + customType(w))
                        .form((w, a) -> Map.of("labelEn", "Matrix renamed type"))
                        .expect(302, ADMIN, SAFETY_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/safety/types/{code}/delete").path(w -> "/safety/types/" + customType(w) + "/delete")
                        .expect(200, ADMIN, SAFETY_LEAD)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/safety/types/{code}/delete").path((w, a) -> "/safety/types/" + typeOf(w, a) + "/delete")
                        .expect(302, ADMIN, SAFETY_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                get(API + "/incidents").expect(401, ANONYMOUS).otherwise(200),
                post(API + "/incidents").json((w, a) -> "{\"type\":\"MEDICAL\",\"occurredAt\":\""
                                + Instant.now().minus(1, ChronoUnit.HOURS) + "\",\"description\":\"Matrix API report "
                                + w.unique() + "\",\"affectedPersonIds\":[]}")
                        .expect(401, ANONYMOUS)
                        .otherwise(201),
                get(API + "/incidents/{id}").path(w -> API + "/incidents/" + submitted(w))
                        .expect(200, STAFF, SAFETY_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                patch(API + "/incidents/{id}").path(w -> API + "/incidents/" + draft(w))
                        .json("{\"draft\":true,\"description\":\"Matrix API draft\"}")
                        .expect(204, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API + "/incidents/{id}/notes").path(w -> API + "/incidents/" + submitted(w) + "/notes")
                        .expect(200, STAFF, SAFETY_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/incidents/{id}/notes").path(w -> API + "/incidents/" + submitted(w) + "/notes")
                        .json("{\"text\":\"Matrix API note\"}")
                        .expect(201, STAFF, SAFETY_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API + "/incidents/{id}/care").path(w -> API + "/incidents/" + submitted(w) + "/care")
                        .expect(200, CARE_CONTACT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/incidents/{id}/care/notes").path(w -> API + "/incidents/" + submitted(w) + "/care/notes")
                        .json("{\"text\":\"Matrix API care note\"}")
                        .expect(201, CARE_CONTACT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/incidents/{id}/check-in").path(w -> API + "/incidents/" + submitted(w) + "/check-in")
                        .expect(204, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API + "/incident-types").expect(401, ANONYMOUS).otherwise(200),
                post(API + "/incident-types").json((w, a) -> "{\"labelEn\":\"Matrix API type " + w.unique() + "\"}")
                        .expect(201, ADMIN, SAFETY_LEAD, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                patch(API + "/incident-types/{code}").path(w -> API + "/incident-types/" + customType(w))
                        .json("{\"labelEn\":\"Matrix API renamed\",\"retired\":false}")
                        .expect(200, ADMIN, SAFETY_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                delete(API + "/incident-types/{code}").path((w, a) -> API + "/incident-types/" + typeOf(w, a))
                        .expect(204, ADMIN, SAFETY_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403));
    }

    private static String yesterday() {
        return LocalDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** STAFF's submitted report about REPORT, which affected SUPERVISOR. */
    private static UUID submitted(World w) {
        return w.shared("safety.submitted", () -> w.bean(SafetyManagement.class).report(w.person(STAFF),
                IncidentDraft.of("CHALLENGING_PATRON", Instant.now().minus(2, ChronoUnit.HOURS), "Matrix incident")
                        .withPeople(List.of(), List.of(w.id(Actor.REPORT)), List.of(w.id(Actor.SUPERVISOR))),
                true));
    }

    /** STAFF's draft. */
    private static UUID draft(World w) {
        return w.shared("safety.draft", () -> w.bean(SafetyManagement.class).report(w.person(STAFF),
                IncidentDraft.of("", Instant.now().minus(1, ChronoUnit.HOURS), ""), false));
    }

    /** A type the home library added, which every row may rename. */
    private static String customType(World w) {
        return w.shared("safety.customType", () -> w.bean(IncidentTypes.class).add(w.person(ADMIN),
                "Matrix custom " + w.unique(), null).code());
    }

    /** A type the home library added for this actor's row to delete. */
    private static String typeOf(World w, Actor actor) {
        return w.bean(IncidentTypes.class).add(w.person(ADMIN), "Matrix deletable " + w.unique(), null).code();
    }
}

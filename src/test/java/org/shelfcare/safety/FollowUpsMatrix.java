package org.shelfcare.safety;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.CARE_CONTACT;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.SAFETY_LEAD;
import static org.shelfcare.authorization.Actor.SUPERVISOR;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of follow-ups. Each follow-up row has an incident of its own that affected SUPERVISOR,
 * whose first follow-up was sent: only SUPERVISOR reaches it (everyone else, the care contact and
 * the admin included, 404). Care tasks answer the care contact only (the admin 404); the follow-up
 * setting admins and safety leads (others 403, another library's admin their own library's).
 */
class FollowUpsMatrix implements MatrixRows {

    private static final String API = "/api/v1/safety";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/safety/followups").expect(302, ANONYMOUS).otherwise(200),
                get("/safety/followups/{id}").path(w -> "/safety/followups/" + sent(w, "page"))
                        .expect(200, SUPERVISOR)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/safety/followups/{id}").path(w -> "/safety/followups/" + sent(w, "answerPage"))
                        .form((w, a) -> Map.of("answer", "OK"))
                        .expect(302, SUPERVISOR, ANONYMOUS)
                        .otherwise(404),
                post("/safety/followups/{id}/decline").path(w -> "/safety/followups/" + sent(w, "declinePage") + "/decline")
                        .expect(302, SUPERVISOR, ANONYMOUS)
                        .otherwise(404),
                post("/safety/followups/{id}/later").path(w -> "/safety/followups/" + sent(w, "laterPage") + "/later")
                        .expect(302, SUPERVISOR, ANONYMOUS)
                        .otherwise(404),
                get("/safety/followups/{id}/stop").path(w -> "/safety/followups/" + sent(w, "page") + "/stop")
                        .expect(200, SUPERVISOR)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/safety/followups/{id}/stop").path(w -> "/safety/followups/" + sent(w, "stopPage") + "/stop")
                        .expect(302, SUPERVISOR, ANONYMOUS)
                        .otherwise(404),
                post("/safety/followups/{id}/undo").path(w -> "/safety/followups/" + sent(w, "undoPage") + "/undo")
                        .expect(302, SUPERVISOR, ANONYMOUS)
                        .otherwise(404),
                get("/safety/care/tasks").expect(200, CARE_CONTACT).expect(302, ANONYMOUS).otherwise(404),
                post("/safety/care/tasks/{id}/done").path(w -> "/safety/care/tasks/" + task(w) + "/done")
                        .expect(302, CARE_CONTACT, ANONYMOUS)
                        .otherwise(404),
                post("/safety/care/tasks/{id}/reopen").path(w -> "/safety/care/tasks/" + task(w) + "/reopen")
                        .expect(302, CARE_CONTACT, ANONYMOUS)
                        .otherwise(404),
                get("/safety/followups/settings")
                        .expect(200, ADMIN, SAFETY_LEAD, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/safety/followups/settings").form((w, a) -> Map.of("firstDays", "7", "secondDays", "30"))
                        .expect(302, ADMIN, SAFETY_LEAD, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),

                get(API + "/followups").expect(401, ANONYMOUS).otherwise(200),
                get(API + "/followups/{id}").path(w -> API + "/followups/" + sent(w, "page"))
                        .expect(200, SUPERVISOR)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/followups/{id}/answer").path(w -> API + "/followups/" + sent(w, "answer") + "/answer")
                        .json("{\"answer\":\"OK\",\"note\":\"Matrix note\"}")
                        .expect(200, SUPERVISOR)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/followups/{id}/decline").path(w -> API + "/followups/" + sent(w, "decline") + "/decline")
                        .expect(200, SUPERVISOR)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/followups/{id}/later").path(w -> API + "/followups/" + sent(w, "later") + "/later")
                        .expect(200, SUPERVISOR)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/followups/{id}/stop").path(w -> API + "/followups/" + sent(w, "stop") + "/stop")
                        .expect(200, SUPERVISOR)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/followups/{id}/undo").path(w -> API + "/followups/" + sent(w, "undo") + "/undo")
                        .expect(200, SUPERVISOR)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API + "/care/followups").expect(200, CARE_CONTACT).expect(401, ANONYMOUS).otherwise(404),
                get(API + "/care/tasks").expect(200, CARE_CONTACT).expect(401, ANONYMOUS).otherwise(404),
                post(API + "/care/tasks/{id}/done").path(w -> API + "/care/tasks/" + task(w) + "/done")
                        .expect(200, CARE_CONTACT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/care/tasks/{id}/reopen").path(w -> API + "/care/tasks/" + task(w) + "/reopen")
                        .expect(200, CARE_CONTACT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API + "/followup-settings")
                        .expect(200, ADMIN, SAFETY_LEAD, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                put(API + "/followup-settings").json("{\"firstDays\":7,\"secondDays\":30}")
                        .expect(200, ADMIN, SAFETY_LEAD, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403));
    }

    /** The sent first follow-up of SUPERVISOR about an incident of its own, one per {@code key}. */
    private static UUID sent(World w, String key) {
        return w.shared("followups.sent." + key, () -> {
            UUID incident = w.bean(SafetyManagement.class).report(w.person(Actor.STAFF),
                    IncidentDraft.of("CHALLENGING_PATRON", Instant.now().minus(2, ChronoUnit.HOURS), "Matrix follow-up " + key)
                            .withPeople(List.of(), List.of(), List.of(w.id(SUPERVISOR))),
                    true);
            JdbcClient jdbc = w.bean(JdbcClient.class);
            jdbc.sql("UPDATE safety_followup SET due_at = ? WHERE incident_id = ? AND seq = 1")
                    .params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), incident).update();
            w.bean(CareFollowUps.class).deliverDue(Instant.now());
            return jdbc.sql("SELECT id FROM safety_followup WHERE incident_id = ? AND seq = 1").param(incident)
                    .query(UUID.class).single();
        });
    }

    /** A care task: SUPERVISOR asked to talk. */
    private static UUID task(World w) {
        UUID followUp = sent(w, "task");
        return w.shared("followups.task", () -> {
            w.bean(CareFollowUps.class).answer(w.person(SUPERVISOR), followUp, "TALK", null);
            return w.bean(JdbcClient.class).sql("SELECT id FROM safety_care_task WHERE followup_id = ?").param(followUp)
                    .query(UUID.class).single();
        });
    }
}

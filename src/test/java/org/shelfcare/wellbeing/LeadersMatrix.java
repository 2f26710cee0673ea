package org.shelfcare.wellbeing;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.REPORT;
import static org.shelfcare.authorization.Actor.SUPERVISOR;
import static org.shelfcare.authorization.Actor.WELLNESS_LEAD;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of the leaders' corner. Supervisors, wellness leads and admins post; everyone else gets
 * 403. The objects are SUPERVISOR's posts for their team: REPORT reads them (and gets 403 trying to
 * change one), while everyone outside the team, the admin and another library's admin included,
 * gets 404.
 */
class LeadersMatrix implements MatrixRows {

    private static final String JSON = """
            {"title":"Matrix reflection","body":"A week of long shifts; I took Friday off.","audience":"TEAM"}""";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages
                get("/wellbeing/leaders").expect(302, ANONYMOUS).otherwise(200),
                post("/wellbeing/leaders").form((w, a) -> Map.of("body", "Matrix reflection", "audience", "TEAM"))
                        .expect(302, SUPERVISOR, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                get("/wellbeing/leaders/{id}/edit").path(w -> "/wellbeing/leaders/" + shared(w) + "/edit")
                        .expect(200, SUPERVISOR)
                        .expect(403, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/wellbeing/leaders/{id}").path(w -> "/wellbeing/leaders/" + shared(w))
                        .form((w, a) -> Map.of("body", "Changed reflection", "audience", "TEAM"))
                        .expect(302, SUPERVISOR, ANONYMOUS)
                        .expect(403, REPORT)
                        .otherwise(404),
                get("/wellbeing/leaders/{id}/delete").path(w -> "/wellbeing/leaders/" + shared(w) + "/delete")
                        .expect(200, SUPERVISOR)
                        .expect(403, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/wellbeing/leaders/{id}/delete").path((w, a) -> "/wellbeing/leaders/" + fresh(w) + "/delete")
                        .expect(302, SUPERVISOR, ANONYMOUS)
                        .expect(403, REPORT)
                        .otherwise(404),

                // API
                get("/api/v1/wellbeing/leaders").expect(401, ANONYMOUS).otherwise(200),
                post("/api/v1/wellbeing/leaders").json(JSON)
                        .expect(201, SUPERVISOR, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get("/api/v1/wellbeing/leaders/{id}").path(w -> "/api/v1/wellbeing/leaders/" + shared(w))
                        .expect(200, SUPERVISOR, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                put("/api/v1/wellbeing/leaders/{id}").path(w -> "/api/v1/wellbeing/leaders/" + shared(w)).json(JSON)
                        .expect(204, SUPERVISOR)
                        .expect(403, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                delete("/api/v1/wellbeing/leaders/{id}").path((w, a) -> "/api/v1/wellbeing/leaders/" + fresh(w))
                        .expect(204, SUPERVISOR)
                        .expect(403, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404));
    }

    /** One team post of SUPERVISOR, shared by the rows that read or change it. */
    private static UUID shared(World w) {
        return w.shared("wellbeing.leaders", () -> fresh(w));
    }

    /** A new team post of SUPERVISOR, for rows that delete one. */
    private static UUID fresh(World w) {
        return w.bean(LeadersCorner.class).write(w.person(SUPERVISOR),
                new LeaderPostDraft(null, "Matrix: I am learning to leave on time.", "TEAM"));
    }
}

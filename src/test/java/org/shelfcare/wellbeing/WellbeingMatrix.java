package org.shelfcare.wellbeing;

import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.REPORT;
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
 * The wellbeing module's rows of the authorization matrix. Everyone signed in checks in for
 * themselves; a check-in is its owner's alone. The objects belong to REPORT, so the rows show that
 * REPORT's own supervisor, a colleague, the admin, the wellness lead and the operator all get 404,
 * exactly like another library's admin.
 */
class WellbeingMatrix implements MatrixRows {

    private static final String CHECK_IN_JSON = """
            {"mood":3,"energy":4,"stress":2,"note":"matrix note"}""";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages: a visitor who is not signed in is sent to the sign-in page
                get("/wellbeing").expect(302, ANONYMOUS).otherwise(200),
                get("/wellbeing/check-in").expect(302, ANONYMOUS).otherwise(200),
                post("/wellbeing/check-in").form((w, a) -> form()).otherwise(302),
                get("/wellbeing/check-ins/{id}/edit").path(w -> "/wellbeing/check-ins/" + shared(w) + "/edit")
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/wellbeing/check-ins/{id}").path(w -> "/wellbeing/check-ins/" + shared(w)).form((w, a) -> form())
                        .expect(302, REPORT, ANONYMOUS)
                        .otherwise(404),
                get("/wellbeing/check-ins/{id}/delete").path(w -> "/wellbeing/check-ins/" + shared(w) + "/delete")
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/wellbeing/check-ins/{id}/delete").path((w, a) -> "/wellbeing/check-ins/" + fresh(w) + "/delete")
                        .expect(302, REPORT, ANONYMOUS)
                        .otherwise(404),

                // API
                post("/api/v1/wellbeing/checkins").json(CHECK_IN_JSON).expect(401, ANONYMOUS).otherwise(201),
                get("/api/v1/wellbeing/checkins").expect(401, ANONYMOUS).otherwise(200),
                get("/api/v1/wellbeing/checkins/{id}").path(w -> "/api/v1/wellbeing/checkins/" + shared(w))
                        .expect(200, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                put("/api/v1/wellbeing/checkins/{id}").path(w -> "/api/v1/wellbeing/checkins/" + shared(w))
                        .json(CHECK_IN_JSON)
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                delete("/api/v1/wellbeing/checkins/{id}").path((w, a) -> "/api/v1/wellbeing/checkins/" + fresh(w))
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404));
    }

    private static Map<String, String> form() {
        return Map.of("mood", "4", "energy", "3", "stress", "2", "note", "matrix form note");
    }

    /** One check-in of REPORT, shared by the rows that read or change it. */
    private static UUID shared(World w) {
        return w.shared("wellbeing.checkin", () -> fresh(w));
    }

    /** A new check-in of REPORT, for rows that delete one. */
    private static UUID fresh(World w) {
        return w.bean(WellbeingManagement.class).checkIn(w.person(REPORT),
                new CheckInDraft(3, 3, 3, "report's private note", null));
    }
}

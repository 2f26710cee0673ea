package org.shelfcare.wellbeing;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.REPORT;
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
 * The rows of the private reflections (intentions, the joy log, gratitude notes) and of the
 * affirmations. Everyone signed in writes their own reflections; a reflection is its owner's
 * alone. The objects belong to REPORT, so the rows show that REPORT's own supervisor, a colleague,
 * the admin, the wellness lead and the operator all get 404, exactly like another library's admin.
 * A library's own affirmations are kept by its wellness leads and admins; everyone else gets 403.
 */
class ReflectionsMatrix implements MatrixRows {

    private static final String KIND = "/wellbeing/" + ReflectionKind.SLUGS;
    private static final String API_KIND = "/api/v1/wellbeing/" + ReflectionKind.SLUGS;
    private static final String JOY_JSON = """
            {"text":"matrix joy"}""";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages: a visitor who is not signed in is sent to the sign-in page
                get("/wellbeing/today").expect(302, ANONYMOUS).otherwise(200),
                get(KIND).path(w -> "/wellbeing/joy").expect(302, ANONYMOUS).otherwise(200),
                post(KIND).path(w -> "/wellbeing/gratitude").form((w, a) -> Map.of("text", "matrix thanks"))
                        .otherwise(302),
                get(KIND + "/{id}/edit").path(w -> "/wellbeing/joy/" + shared(w) + "/edit")
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post(KIND + "/{id}").path(w -> "/wellbeing/joy/" + shared(w)).form((w, a) -> Map.of("text", "changed"))
                        .expect(302, REPORT, ANONYMOUS)
                        .otherwise(404),
                get(KIND + "/{id}/delete").path(w -> "/wellbeing/joy/" + shared(w) + "/delete")
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post(KIND + "/{id}/delete").path((w, a) -> "/wellbeing/joy/" + fresh(w) + "/delete")
                        .expect(302, REPORT, ANONYMOUS)
                        .otherwise(404),
                get("/wellbeing/affirmations")
                        .expect(200, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/wellbeing/affirmations").form((w, a) -> Map.of("text", "Matrix affirmation " + w.unique()))
                        .expect(302, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                get("/wellbeing/affirmations/{id}/delete").path(w -> "/wellbeing/affirmations/" + affirmation(w) + "/delete")
                        .expect(200, WELLNESS_LEAD, ADMIN)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/wellbeing/affirmations/{id}/delete")
                        .path((w, a) -> "/wellbeing/affirmations/" + freshAffirmation(w) + "/delete")
                        .expect(302, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                // API
                post(API_KIND).path(w -> "/api/v1/wellbeing/joy").json(JOY_JSON).expect(401, ANONYMOUS).otherwise(201),
                get(API_KIND).path(w -> "/api/v1/wellbeing/gratitude").expect(401, ANONYMOUS).otherwise(200),
                get(API_KIND + "/{id}").path(w -> "/api/v1/wellbeing/joy/" + shared(w))
                        .expect(200, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                put(API_KIND + "/{id}").path(w -> "/api/v1/wellbeing/joy/" + shared(w))
                        .json(JOY_JSON)
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                delete(API_KIND + "/{id}").path((w, a) -> "/api/v1/wellbeing/joy/" + fresh(w))
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get("/api/v1/wellbeing/affirmations/today").expect(401, ANONYMOUS).otherwise(200),
                get("/api/v1/wellbeing/affirmations").expect(401, ANONYMOUS).otherwise(200),
                post("/api/v1/wellbeing/affirmations").json((w, a) -> "{\"text\":\"Matrix affirmation " + w.unique() + "\"}")
                        .expect(201, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                delete("/api/v1/wellbeing/affirmations/{id}")
                        .path((w, a) -> "/api/v1/wellbeing/affirmations/" + freshAffirmation(w))
                        .expect(204, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403));
    }

    /** One joy entry of REPORT, shared by the rows that read or change it. */
    private static UUID shared(World w) {
        return w.shared("wellbeing.joy", () -> fresh(w));
    }

    /** A new joy entry of REPORT, for rows that delete one. */
    private static UUID fresh(World w) {
        return w.bean(Reflections.class).write(w.person(REPORT), ReflectionKind.JOY,
                new ReflectionDraft("report's private joy", null));
    }

    private static UUID affirmation(World w) {
        return w.shared("wellbeing.affirmation", () -> freshAffirmation(w));
    }

    private static UUID freshAffirmation(World w) {
        return w.bean(Reflections.class).addAffirmation(w.person(ADMIN), "Matrix affirmation " + w.unique());
    }
}

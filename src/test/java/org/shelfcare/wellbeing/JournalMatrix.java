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
 * The journal's rows of the authorization matrix. Everyone signed in keeps their own journal; an
 * entry is its owner's alone. The entries belong to REPORT, so the rows show that REPORT's own
 * supervisor, a colleague, the admin, the wellness lead and the operator all get 404, exactly like
 * another library's admin. The library's own prompts are kept by wellness leads and admins.
 */
class JournalMatrix implements MatrixRows {

    private static final String ENTRY_JSON = """
            {"title":"matrix title","body":"matrix body","tags":["matrix"]}""";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages: a visitor who is not signed in is sent to the sign-in page
                get("/wellbeing/journal").expect(302, ANONYMOUS).otherwise(200),
                get("/wellbeing/journal/new").expect(302, ANONYMOUS).otherwise(200),
                post("/wellbeing/journal/new").form((w, a) -> form()).otherwise(302),
                get("/wellbeing/journal/export.zip").expect(302, ANONYMOUS).otherwise(200),
                get("/wellbeing/journal/export.json").expect(302, ANONYMOUS).otherwise(200),
                get("/wellbeing/journal/{id}").path(w -> "/wellbeing/journal/" + shared(w))
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                get("/wellbeing/journal/{id}/edit").path(w -> "/wellbeing/journal/" + shared(w) + "/edit")
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/wellbeing/journal/{id}").path(w -> "/wellbeing/journal/" + shared(w)).form((w, a) -> form())
                        .expect(302, REPORT, ANONYMOUS)
                        .otherwise(404),
                get("/wellbeing/journal/{id}/delete").path(w -> "/wellbeing/journal/" + shared(w) + "/delete")
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/wellbeing/journal/{id}/delete").path((w, a) -> "/wellbeing/journal/" + fresh(w) + "/delete")
                        .expect(302, REPORT, ANONYMOUS)
                        .otherwise(404),
                get("/wellbeing/journal/prompts")
                        .expect(200, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/wellbeing/journal/prompts").form((w, a) -> Map.of("text", "A matrix prompt?"))
                        .expect(302, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                get("/wellbeing/journal/prompts/{id}/delete").path(w -> "/wellbeing/journal/prompts/" + sharedPrompt(w) + "/delete")
                        .expect(200, WELLNESS_LEAD, ADMIN)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/wellbeing/journal/prompts/{id}/delete").path((w, a) -> "/wellbeing/journal/prompts/" + freshPrompt(w) + "/delete")
                        .expect(302, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                // API
                post("/api/v1/wellbeing/journal").json(ENTRY_JSON).expect(401, ANONYMOUS).otherwise(201),
                get("/api/v1/wellbeing/journal").expect(401, ANONYMOUS).otherwise(200),
                get("/api/v1/wellbeing/journal/export").expect(401, ANONYMOUS).otherwise(200),
                get("/api/v1/wellbeing/journal/{id}").path(w -> "/api/v1/wellbeing/journal/" + shared(w))
                        .expect(200, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                put("/api/v1/wellbeing/journal/{id}").path(w -> "/api/v1/wellbeing/journal/" + shared(w))
                        .json(ENTRY_JSON)
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                delete("/api/v1/wellbeing/journal/{id}").path((w, a) -> "/api/v1/wellbeing/journal/" + fresh(w))
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get("/api/v1/wellbeing/journal/prompts").expect(401, ANONYMOUS).otherwise(200),
                post("/api/v1/wellbeing/journal/prompts").json("""
                        {"text":"An API matrix prompt?"}""")
                        .expect(201, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                delete("/api/v1/wellbeing/journal/prompts/{id}").path((w, a) -> "/api/v1/wellbeing/journal/prompts/" + freshPrompt(w))
                        .expect(204, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403));
    }

    private static Map<String, String> form() {
        return Map.of("title", "matrix form title", "body", "matrix form body", "tags", "matrix");
    }

    /** One entry of REPORT, shared by the rows that read or change it. */
    private static UUID shared(World w) {
        return w.shared("wellbeing.journal", () -> fresh(w));
    }

    /** A new entry of REPORT, for rows that delete one. */
    private static UUID fresh(World w) {
        return w.bean(Journal.class).write(w.person(REPORT),
                new JournalDraft("report's title", "report's private journal entry", List.of("private"), null));
    }

    /** One of the home library's own prompts, shared by the rows that only look at it. */
    private static UUID sharedPrompt(World w) {
        return w.shared("wellbeing.journal.prompt", () -> freshPrompt(w));
    }

    /** A new prompt of the home library, for rows that delete one. */
    private static UUID freshPrompt(World w) {
        return w.bean(Journal.class).addPrompt(w.person(ADMIN), "What made you laugh at work this week? " + w.unique());
    }
}

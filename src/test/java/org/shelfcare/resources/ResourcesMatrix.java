package org.shelfcare.resources;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
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
 * The resources module's rows of the authorization matrix. Reading is public; keeping the list is
 * for admins and wellness leads. The instance-wide lines belong to no library, so another
 * library's admin may hide or show them for their own library.
 */
class ResourcesMatrix implements MatrixRows {

    /** The English version of the seeded 988 line. */
    private static final String DEFAULT_988 = "5e0c7a10-0988-4000-8000-000000000001";

    private static final String ENTRY_JSON = """
            {"category":"COUNSELING","name":"Matrix counseling %d","phone":"555-0100","webUrl":"https://counseling.example"}""";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/help").otherwise(200),
                get("/api/v1/resources").otherwise(200),

                post("/api/v1/resources").json((w, a) -> ENTRY_JSON.formatted(w.unique()))
                        .expect(201, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                put("/api/v1/resources/{id}").path(w -> "/api/v1/resources/" + sharedEntry(w))
                        .json((w, a) -> ENTRY_JSON.formatted(w.unique()))
                        .expect(200, ADMIN, WELLNESS_LEAD)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                delete("/api/v1/resources/{id}").path((w, a) -> "/api/v1/resources/" + freshEntry(w))
                        .expect(204, ADMIN, WELLNESS_LEAD)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                put("/api/v1/resources/{id}/hidden").path(w -> "/api/v1/resources/" + DEFAULT_988 + "/hidden")
                        .json("{\"hidden\":false}")
                        .expect(204, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),

                // pages: a visitor who is not signed in is sent to the sign-in page
                get("/help/manage").expect(200, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/help/manage/new").expect(200, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/help/manage").form((w, a) -> form(w))
                        .expect(302, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                get("/help/manage/{id}/edit").path(w -> "/help/manage/" + sharedEntry(w) + "/edit")
                        .expect(200, ADMIN, WELLNESS_LEAD)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/help/manage/{id}").path(w -> "/help/manage/" + sharedEntry(w)).form((w, a) -> form(w))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/help/manage/{id}/delete").path(w -> "/help/manage/" + sharedEntry(w) + "/delete")
                        .expect(200, ADMIN, WELLNESS_LEAD)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/help/manage/{id}/delete").path((w, a) -> "/help/manage/" + freshEntry(w) + "/delete")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/help/manage/{id}/hide").path(w -> "/help/manage/" + DEFAULT_988 + "/hide")
                        .expect(302, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                post("/help/manage/{id}/show").path(w -> "/help/manage/" + DEFAULT_988 + "/show")
                        .expect(302, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403));
    }

    private static Map<String, String> form(World w) {
        return Map.of("category", "HR", "name", "Matrix HR " + w.unique(), "phone", "555-0101");
    }

    /** One entry of the home library, shared by the rows that read or change it. */
    private static UUID sharedEntry(World w) {
        return w.shared("resources.entry", () -> freshEntry(w));
    }

    /** A new entry of the home library, for rows that delete one. */
    private static UUID freshEntry(World w) {
        return w.bean(ResourcesManagement.class).add(w.home().admin(), new ResourceDraft("UNION", null,
                "Matrix union " + w.unique(), null, "555-0102", null, null, null, null, null, false, null, null));
    }
}

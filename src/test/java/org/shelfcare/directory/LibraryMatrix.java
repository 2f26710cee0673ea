package org.shelfcare.directory;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.CARE_CONTACT;
import static org.shelfcare.authorization.Actor.OPERATOR;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.REPORT;
import static org.shelfcare.authorization.Actor.SAFETY_LEAD;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Actor.SUPERVISOR;
import static org.shelfcare.authorization.Actor.WELLNESS_LEAD;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.patch;
import static org.shelfcare.authorization.Endpoint.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * Rows for library settings, the operator's pages and the sample library. The sample rows run in
 * order: the operator loads it, views it, deletes it through the API, loads it again through the
 * API and deletes it through the page, so that no sample is left behind.
 */
class LibraryMatrix implements MatrixRows {

    /** Actors that are neither admin nor operator. */
    private static final Actor[] OTHERS = {STAFF, SUPERVISOR, WELLNESS_LEAD, SAFETY_LEAD, CARE_CONTACT, REPORT};
    /**
     * The same, less REPORT: rows run in the order of {@link Actor}, so REPORT (like OTHER_ORG_ADMIN)
     * comes after the operator has deleted the sample and would get 404; those rows are left out.
     */
    private static final Actor[] OTHERS_BEFORE_OPERATOR = {STAFF, SUPERVISOR, WELLNESS_LEAD, SAFETY_LEAD, CARE_CONTACT};

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // ---- library settings: every admin changes their own library; nobody else may
                get("/admin/settings").expect(200, ADMIN, OTHER_ORG_ADMIN).expect(302, ANONYMOUS).otherwise(403),
                post("/admin/settings").form(LibraryMatrix::unchangedSettings)
                        .expect(302, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS).otherwise(403),
                post("/admin/settings/{kind}").path(w -> "/admin/settings/branches")
                        .form((w, a) -> Map.of("name", "Matrix Branch " + w.unique()))
                        .expect(302, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS).otherwise(403),
                post("/admin/settings/{kind}/{id}").path(w -> "/admin/settings/branches/" + branch(w, "kept"))
                        .form((w, a) -> Map.of("name", "Matrix Kept Branch"))
                        .expect(302, ADMIN, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                get("/admin/settings/{kind}/{id}/remove").path(w -> "/admin/settings/branches/" + branch(w, "kept") + "/remove")
                        .expect(200, ADMIN).expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                post("/admin/settings/{kind}/{id}/remove").path(w -> "/admin/settings/branches/" + branch(w, "removed") + "/remove")
                        .expect(302, ADMIN, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                get("/api/v1/organization/settings").expect(200, ADMIN, OTHER_ORG_ADMIN).expect(401, ANONYMOUS).otherwise(403),
                patch("/api/v1/organization/settings").json("{\"anonymityThreshold\":5}")
                        .expect(200, ADMIN, OTHER_ORG_ADMIN).expect(401, ANONYMOUS).otherwise(403),

                // ---- the operator's pages: the operator only, about any library
                get("/operator/organizations").expect(200, OPERATOR).expect(302, ANONYMOUS).otherwise(403),
                post("/operator/organizations").form((w, a) -> Map.of("name", "Matrix Page Library " + w.unique(),
                        "adminName", "Page Admin", "adminEmail", "page-admin" + w.unique() + "@matrix.example"))
                        .expect(302, OPERATOR, ANONYMOUS).otherwise(403),
                get("/operator/organizations/{id}/status").path(w -> "/operator/organizations/" + w.other().id()
                        + "/status?active=false").expect(200, OPERATOR).expect(302, ANONYMOUS).otherwise(403),
                post("/operator/organizations/{id}/status").path(w -> "/operator/organizations/" + w.other().id() + "/status")
                        .form((w, a) -> Map.of("active", "true")).expect(302, OPERATOR, ANONYMOUS).otherwise(403),
                get("/operator/organizations/{id}/admin-invitation")
                        .path(w -> "/operator/organizations/" + w.other().id() + "/admin-invitation")
                        .expect(200, OPERATOR).expect(302, ANONYMOUS).otherwise(403),
                post("/operator/organizations/{id}/admin-invitation")
                        .path(w -> "/operator/organizations/" + w.other().id() + "/admin-invitation")
                        .form((w, a) -> Map.of("name", "Rescue Admin", "email", "rescue" + w.unique() + "@matrix.example"))
                        .expect(302, OPERATOR, ANONYMOUS).otherwise(403),
                get("/api/v1/organizations/{id}/export").path(w -> "/api/v1/organizations/" + w.other().id() + "/export")
                        .expect(200, OPERATOR).expect(401, ANONYMOUS).otherwise(403),
                post("/api/v1/organizations/{id}/admin-invitations")
                        .path(w -> "/api/v1/organizations/" + w.other().id() + "/admin-invitations")
                        .json((w, a) -> """
                                {"name":"Rescue Admin","email":"rescue-api%d@matrix.example"}""".formatted(w.unique()))
                        .expect(201, OPERATOR).expect(401, ANONYMOUS).otherwise(403),

                // ---- the sample library (the matrix world is set up: loading is for the operator only)
                post("/sample-library").expect(302, OPERATOR).otherwise(403),
                get("/sample-library").expect(200, OPERATOR).otherwise(302),
                get("/sample-library/delete").expect(200, OPERATOR).expect(302, ANONYMOUS).expect(403, ADMIN)
                        .expect(403, OTHERS).expect(403, OTHER_ORG_ADMIN),
                delete("/api/v1/sample-library").expect(401, ANONYMOUS).expect(403, ADMIN).expect(403, OTHERS_BEFORE_OPERATOR)
                        .expect(204, OPERATOR),
                post("/api/v1/sample-library").expect(201, OPERATOR).otherwise(403),
                post("/sample-library/delete").expect(302, ANONYMOUS).expect(403, ADMIN).expect(403, OTHERS_BEFORE_OPERATOR)
                        .expect(302, OPERATOR));
    }

    /** The actor's own library settings, sent back unchanged. */
    private static Map<String, String> unchangedSettings(World w, Actor actor) {
        String name = actor == ANONYMOUS ? "Anonymous" : w.bean(DirectoryManagement.class)
                .organization(w.person(actor).organizationId()).name();
        return Map.of("name", name, "timeZone", "America/New_York", "defaultLocale", "en", "anonymityThreshold", "5");
    }

    private static UUID branch(World w, String purpose) {
        return w.shared("library.branch." + purpose, () -> w.bean(LibrarySettings.class)
                .addUnit(w.home().admin(), LibrarySettings.UnitKind.BRANCH, "Matrix " + purpose + " branch").id());
    }
}

package org.shelfcare.directory;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.REPORT;
import static org.shelfcare.authorization.Actor.SUPERVISOR;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.patch;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of the people pages and API: admin pages and the roster import (admins of the library
 * only; another library's person answers 404), the colleague directory and profile (everyone
 * signed in), and working patterns (admins, and supervisors for their direct reports). A person
 * who is not the editor's direct report answers 403, not 404, because colleagues are visible to
 * everyone in the library; PeopleAdministrationTests covers a supervisor and someone else's
 * report, since each matrix actor has one target.
 */
class PeopleMatrix implements MatrixRows {

    private static final String NOWHERE = "/admin/people/import/00000000-0000-0000-0000-000000000000";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // ---- admin pages
                adminsOnly(get("/admin/people"), 200, 200),
                adminsOnly(get("/admin/people/new"), 200, 200),
                adminsOnly(post("/admin/people").form((w, a) -> Map.of("name", "Matrix Invitee",
                        "email", "page-invitee" + w.unique() + "@matrix.example")), 302, 302),
                adminsOnly(get("/admin/people/{id}").path(w -> "/admin/people/" + target(w, "view")), 200, 404),
                adminsOnly(post("/admin/people/{id}").path(w -> "/admin/people/" + target(w, "edit"))
                        .form((w, a) -> Map.of("name", "Matrix Edited", "jobTitle", "Shelver", "pattern[MON]", "ALL")),
                        302, 404),
                adminsOnly(get("/admin/people/{id}/invitation").path(w -> "/admin/people/" + invitee(w) + "/invitation"),
                        200, 404),
                adminsOnly(post("/admin/people/{id}/invitation").path(w -> "/admin/people/" + invitee(w) + "/invitation"),
                        302, 404),
                adminsOnly(get("/admin/people/{id}/deactivate").path(w -> "/admin/people/" + target(w, "view") + "/deactivate"),
                        200, 404),
                adminsOnly(post("/admin/people/{id}/deactivate").path(w -> "/admin/people/" + target(w, "deactivate")
                        + "/deactivate"), 302, 404),
                adminsOnly(post("/admin/people/{id}/reactivate").path(w -> "/admin/people/" + deactivated(w)
                        + "/reactivate"), 302, 404),

                // ---- roster import: without a file the page asks for one; unknown previews answer 404
                adminsOnly(get("/admin/people/import"), 200, 200),
                adminsOnly(get("/admin/people/import/template.csv"), 200, 200),
                adminsOnly(post("/admin/people/import").form((w, a) -> Map.of()), 400, 400),
                adminsOnly(post("/admin/people/import/{id}/confirm").path(w -> NOWHERE + "/confirm"), 404, 404),
                adminsOnly(get("/admin/people/import/{id}").path(w -> NOWHERE), 404, 404),
                adminsOnly(get("/admin/people/import/{id}/links.csv").path(w -> NOWHERE + "/links.csv"), 404, 404),

                // ---- everyone signed in
                get("/people").expect(302, ANONYMOUS).otherwise(200),
                get("/people/{id}").path(w -> "/people/" + w.id(Actor.STAFF))
                        .expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(200),
                get("/team").expect(302, ANONYMOUS).otherwise(200),
                get("/profile").expect(302, ANONYMOUS).otherwise(200),
                post("/profile").form((w, a) -> Map.of("name", a == ANONYMOUS ? "Nobody" : w.person(a).name(),
                        "pronouns", "", "language", "", "timeZone", "")).otherwise(302),
                // a wrong current password re-shows the form with the problem; nothing changes
                post("/profile/password").form((w, a) -> Map.of("currentPassword", "not the password at all",
                        "newPassword", "another long enough passphrase"))
                        .expect(302, ANONYMOUS).otherwise(200),

                // ---- working patterns: admins, and the supervisor of the person
                get("/team/{id}/working-pattern").path(w -> "/team/" + w.id(REPORT) + "/working-pattern")
                        .expect(200, ADMIN, SUPERVISOR).expect(404, OTHER_ORG_ADMIN).expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/team/{id}/working-pattern").path(w -> "/team/" + w.id(REPORT) + "/working-pattern")
                        .form((w, a) -> Map.of("pattern[MON]", "ALL", "pattern[TUE]", "AM"))
                        .expect(302, ADMIN, SUPERVISOR, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                put("/api/v1/people/{id}/working-pattern").path(w -> "/api/v1/people/" + w.id(REPORT) + "/working-pattern")
                        .json("{\"workingPattern\":\"MON,TUE,WED:AM,THU,FRI\"}")
                        .expect(200, ADMIN, SUPERVISOR).expect(404, OTHER_ORG_ADMIN).expect(401, ANONYMOUS)
                        .otherwise(403),

                // ---- admin API
                patch("/api/v1/people/{id}").path(w -> "/api/v1/people/" + target(w, "patch"))
                        .json("{\"jobTitle\":\"Matrix Title\"}")
                        .expect(200, ADMIN).expect(404, OTHER_ORG_ADMIN).expect(401, ANONYMOUS).otherwise(403),
                post("/api/v1/people/import").path(w -> "/api/v1/people/import?dryRun=true")
                        .body("text/csv", (w, a) -> String.join(",", RosterImport.HEADER) + "\nDry Run,dry"
                                + w.unique() + "@matrix.example,,,,,,\n")
                        .expect(200, ADMIN, OTHER_ORG_ADMIN).expect(401, ANONYMOUS).otherwise(403));
    }

    /** Admins of the library may; everyone else signed in gets 403, anonymous visitors the sign-in page. */
    private static Endpoint adminsOnly(Endpoint endpoint, int admin, int otherOrgAdmin) {
        return endpoint.expect(admin, ADMIN).expect(otherOrgAdmin, OTHER_ORG_ADMIN).expect(302, ANONYMOUS).otherwise(403);
    }

    /** An active person of the home library, one per purpose so that rows do not disturb each other. */
    private static UUID target(World w, String purpose) {
        return w.shared("people." + purpose, () -> w.home().person("Matrix Target " + purpose).personId());
    }

    private static UUID invitee(World w) {
        return w.shared("people.invitee", () -> w.bean(DirectoryManagement.class).invite(w.home().admin(),
                new NewPerson("Matrix Invitee", "people-invitee" + w.unique() + "@matrix.example", null, List.of(),
                        null, null, null, null)).personId());
    }

    private static UUID deactivated(World w) {
        return w.shared("people.deactivated", () -> {
            UUID id = w.home().person("Matrix Deactivated").personId();
            w.bean(PeopleAdministration.class).setActive(w.home().admin(), id, false);
            return id;
        });
    }
}

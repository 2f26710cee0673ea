package org.shelfcare.training;

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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.programs.ProgramAudience;
import org.shelfcare.programs.ProgramCategory;
import org.shelfcare.programs.ProgramDraft;
import org.shelfcare.programs.ProgramsManagement;

/**
 * The rows of training. Everyone signed in reads the catalog and the requirements and keeps their
 * own trainings; admins and wellness leads keep the catalog and the requirements (others 403);
 * REPORT recorded a completion with a certificate, which REPORT, their SUPERVISOR, the wellness
 * lead and the admin may read (everyone else 404) and the last three verify or reject (REPORT
 * itself 403); only REPORT adds or replaces its certificate on the page (everyone else 404);
 * supervisors, wellness leads and admins see compliance and record trainings for others (REPORT,
 * on SUPERVISOR's team; others 403), the compliance view filtered by the home library's branch,
 * department, training and status (a bad status: the form with its error, 400 in the API); another
 * library's admin gets 404 for everything of the home library, its ids in filters and programs
 * included, and their own library's lists.
 */
class TrainingMatrix implements MatrixRows {

    private static final String API = "/api/v1/training";
    private static final Actor[] MANAGERS = {ADMIN, WELLNESS_LEAD};
    private static final Actor[] READERS = {REPORT, SUPERVISOR, WELLNESS_LEAD, ADMIN};

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/training").expect(302, ANONYMOUS).otherwise(200),
                get("/training/record").expect(302, ANONYMOUS).otherwise(200),
                post("/training/record").form((w, a) -> Map.of("itemId", item(w).toString(), "completedOn", "2026-01-15"))
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(302),
                get("/training/completions/{id}/certificate").path(w -> "/training/completions/" + completion(w) + "/certificate")
                        .expect(200, READERS)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                // the page is the person's own: leads who may see the completion elsewhere get 404 here too
                get("/training/completions/{id}/certificate/upload")
                        .path(w -> "/training/completions/" + completion(w) + "/certificate/upload")
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                // the matrix sends no file: the form with its error (200) shows the caller got past the permission check
                post("/training/completions/{id}/certificate/upload")
                        .path(w -> "/training/completions/" + completion(w) + "/certificate/upload")
                        .form((w, a) -> Map.of())
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                get("/training/catalog")
                        .expect(200, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/training/catalog").form((w, a) -> Map.of("title", "Matrix training " + w.unique(), "format", "DRILL"))
                        .expect(302, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                get("/training/catalog/new")
                        .expect(200, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/training/catalog/{id}").path(w -> "/training/catalog/" + item(w))
                        .expect(200, MANAGERS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/training/catalog/{id}").path(w -> "/training/catalog/" + item(w))
                        .form((w, a) -> Map.of("title", "Matrix drill", "format", "DRILL"))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/training/catalog/{id}/retire").path(w -> "/training/catalog/" + retirable(w) + "/retire")
                        .expect(200, MANAGERS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/training/catalog/{id}/retire").path(w -> "/training/catalog/" + retirable(w) + "/retire")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/training/catalog/{id}/restore").path(w -> "/training/catalog/" + retirable(w) + "/restore")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/training/requirements").form((w, a) -> Map.of("itemId", item(w).toString(), "audience", "ROLE",
                                "role", "SAFETY_LEAD"))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/training/requirements/{id}/remove").path(w -> "/training/requirements/" + requirement(w, "shown") + "/remove")
                        .expect(200, MANAGERS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/training/requirements/{id}/remove")
                        .path((w, a) -> "/training/requirements/" + requirement(w, "page-" + a) + "/remove")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/training/review")
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/training/completions/{id}/verify").path(w -> "/training/completions/" + completion(w) + "/verify")
                        .expect(302, SUPERVISOR, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(403, REPORT)
                        .otherwise(404),
                post("/training/completions/{id}/reject").path(w -> "/training/completions/" + completion(w) + "/reject")
                        .form((w, a) -> Map.of("reason", "Matrix reason"))
                        .expect(302, SUPERVISOR, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(403, REPORT)
                        .otherwise(404),
                get("/training/compliance")
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/training/compliance.csv")
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/training/record-for")
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/training/record-for/preview").form((w, a) -> onBehalfForm(w))
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/training/compliance?branch=&department=&item=&status=").path(w -> "/training/compliance" + filters(w))
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/training/record-for").form((w, a) -> onBehalfForm(w))
                        .expect(302, SUPERVISOR, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/training/compliance?status=LATE")
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/training/compliance.csv?branch=&department=&item=&status=")
                        .path(w -> "/training/compliance.csv" + filters(w))
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),

                get(API + "/catalog").expect(401, ANONYMOUS).otherwise(200),
                post(API + "/catalog").json((w, a) -> "{\"title\": \"Matrix API training " + w.unique() + "\", \"format\": \"ONLINE_LIVE\"}")
                        .expect(201, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/catalog/{id}").path(w -> API + "/catalog/" + item(w))
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(200),
                put(API + "/catalog/{id}").path(w -> API + "/catalog/" + item(w))
                        .json("{\"title\": \"Matrix drill\", \"format\": \"DRILL\"}")
                        .expect(200, MANAGERS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/requirements").expect(401, ANONYMOUS).otherwise(200),
                post(API + "/requirements").json((w, a) -> "{\"itemId\": \"" + item(w) + "\", \"audience\": \"EVERYONE\"}")
                        .expect(201, MANAGERS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                delete(API + "/requirements/{id}").path((w, a) -> API + "/requirements/" + requirement(w, "api-" + a))
                        .expect(204, MANAGERS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/mine").expect(401, ANONYMOUS).otherwise(200),
                get(API + "/completions").expect(401, ANONYMOUS).otherwise(200),
                post(API + "/completions").json((w, a) -> "{\"itemId\": \"" + item(w) + "\", \"completedOn\": \"2026-01-15\"}")
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(201),
                get(API + "/completions/pending")
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/completions/{id}").path(w -> API + "/completions/" + completion(w))
                        .expect(200, READERS)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/completions/{id}/verify").path(w -> API + "/completions/" + completion(w) + "/verify")
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN)
                        .expect(403, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/completions/{id}/reject").path(w -> API + "/completions/" + completion(w) + "/reject")
                        .json("{\"reason\": \"Matrix reason\"}")
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN)
                        .expect(403, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/completions/on-behalf").json((w, a) -> onBehalfJson(w))
                        .expect(201, SUPERVISOR, WELLNESS_LEAD, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                post(API + "/completions/on-behalf/preview").json((w, a) -> onBehalfJson(w))
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/completions/{id}/certificate").path(w -> API + "/completions/" + completion(w) + "/certificate")
                        .expect(200, READERS)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                // the matrix sends no file: 400 ("choose a file") shows the caller got past the permission check
                put(API + "/completions/{id}/certificate").path(w -> API + "/completions/" + completion(w) + "/certificate")
                        .body("multipart/form-data; boundary=matrix", (w, a) -> "--matrix--\r\n")
                        .expect(400, READERS)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API + "/compliance")
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/compliance?branch=&department=&item=&status=").path(w -> API + "/compliance" + filters(w))
                        .expect(200, SUPERVISOR, WELLNESS_LEAD, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/compliance?status=LATE")
                        .expect(400, SUPERVISOR, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                put(API + "/catalog/{id} naming a program").path(w -> API + "/catalog/" + item(w))
                        .json((w, a) -> "{\"title\": \"De-escalation\", \"format\": \"IN_PERSON\", \"programId\": \""
                                + program(w) + "\"}")
                        .expect(200, MANAGERS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403));
    }

    /** The de-escalation training, recorded for REPORT (SUPERVISOR's direct report) last month. */
    private static Map<String, String> onBehalfForm(World w) {
        return Map.of("itemId", item(w).toString(), "completedOn", "2026-01-20",
                "personIds", w.person(REPORT).personId().toString());
    }

    private static String onBehalfJson(World w) {
        return "{\"itemId\": \"" + item(w) + "\", \"completedOn\": \"2026-01-20\", \"personIds\": [\""
                + w.person(REPORT).personId() + "\"]}";
    }

    private static TrainingManagement training(World w) {
        return w.bean(TrainingManagement.class);
    }

    /** The home library's de-escalation training. */
    private static UUID item(World w) {
        return w.shared("training-item", () -> training(w).catalog(w.person(ADMIN)).stream()
                .filter(item -> "DE_ESCALATION".equals(item.code())).findFirst().orElseThrow().id());
    }

    /** Every compliance filter, with the home library's branch, department and de-escalation training. */
    private static String filters(World w) {
        UUID branch = w.shared("training-branch", () -> w.bean(LibrarySettings.class).addUnit(w.person(ADMIN),
                LibrarySettings.UnitKind.BRANCH, "Matrix training branch").id());
        UUID department = w.shared("training-department", () -> w.bean(LibrarySettings.class).addUnit(w.person(ADMIN),
                LibrarySettings.UnitKind.DEPARTMENT, "Matrix training department").id());
        return "?branch=" + branch + "&department=" + department + "&item=" + item(w) + "&status=OVERDUE";
    }

    /** A staff program of the home library that a training may name. */
    private static UUID program(World w) {
        return w.shared("training-program", () -> w.bean(ProgramsManagement.class).create(w.person(ADMIN),
                ProgramDraft.of("Matrix de-escalation workshop", ProgramCategory.WORKSHOP, ProgramAudience.STAFF)));
    }

    /** A training of the home library that the retire rows retire and bring back. */
    private static UUID retirable(World w) {
        return w.shared("training-retirable", () -> training(w).addItem(w.person(ADMIN), new org.shelfcare.training.ItemDraft(
                "Matrix retirable", null, null, null, "DRILL", null, null)).id());
    }

    private static UUID requirement(World w, String key) {
        return w.shared("training-requirement-" + key, () -> training(w).addRequirement(w.person(ADMIN),
                item(w).toString(), "ROLE", "CARE_CONTACT", null).id());
    }

    /** REPORT's completion, with a certificate. */
    private static UUID completion(World w) {
        return w.shared("training-completion", () -> {
            CurrentUser report = w.person(REPORT);
            return training(w).record(report, item(w).toString(), "2026-02-01", "Matrix completion",
                    new TrainingManagement.Certificate("matrix.pdf", "application/pdf",
                            "%PDF-1.4 matrix".getBytes(StandardCharsets.US_ASCII))).id();
        });
    }
}

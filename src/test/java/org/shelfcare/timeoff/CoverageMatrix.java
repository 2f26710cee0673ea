package org.shelfcare.timeoff;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.SUPERVISOR;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;
import org.shelfcare.directory.LibrarySettings;

/**
 * The rows of coverage and the team calendar. Everyone signed in reads the calendar of their own
 * library (another library's branch answers 404). Admins and supervisors read rules and gaps; only
 * admins make, change and delete rules. A rule of the home library answers 404 to another
 * library's admin, who makes rules in their own library with their own branch.
 */
class CoverageMatrix implements MatrixRows {

    private static final String RULE = "/timeoff/coverage/{id}";
    private static final String API_RULE = "/api/v1/timeoff/coverage-rules/{id}";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages
                get("/timeoff/calendar").path((w, a) -> "/timeoff/calendar?view=week&branch=" + homeBranch(w))
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                get("/timeoff/coverage")
                        .expect(200, ADMIN, SUPERVISOR, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/timeoff/coverage/new")
                        .expect(200, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/timeoff/coverage").form((w, a) -> form(branchOf(w, a)))
                        .expect(302, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                get("/timeoff/coverage/gaps")
                        .expect(200, ADMIN, SUPERVISOR, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get(RULE).path(w -> "/timeoff/coverage/" + shared(w))
                        .expect(200, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post(RULE).path(w -> "/timeoff/coverage/" + shared(w)).form((w, a) -> form(homeBranch(w)))
                        .expect(302, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(RULE + "/delete").path(w -> "/timeoff/coverage/" + shared(w) + "/delete")
                        .expect(200, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post(RULE + "/delete").path((w, a) -> "/timeoff/coverage/" + fresh(w) + "/delete")
                        .expect(302, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                // API
                get("/api/v1/timeoff/calendar").path((w, a) -> "/api/v1/timeoff/calendar?branch=" + homeBranch(w))
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                get("/api/v1/timeoff/coverage/gaps")
                        .expect(200, ADMIN, SUPERVISOR, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get("/api/v1/timeoff/coverage-rules")
                        .expect(200, ADMIN, SUPERVISOR, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                post("/api/v1/timeoff/coverage-rules").json((w, a) -> json(branchOf(w, a)))
                        .expect(201, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API_RULE).path(w -> "/api/v1/timeoff/coverage-rules/" + shared(w))
                        .expect(200, ADMIN, SUPERVISOR)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                put(API_RULE).path(w -> "/api/v1/timeoff/coverage-rules/" + shared(w)).json((w, a) -> json(homeBranch(w)))
                        .expect(200, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                delete(API_RULE).path((w, a) -> "/api/v1/timeoff/coverage-rules/" + fresh(w))
                        .expect(204, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403));
    }

    private static Map<String, String> form(UUID branch) {
        return Map.of("branchId", branch.toString(), "weekdays", "MON", "part", "AM", "minimum", "1");
    }

    private static String json(UUID branch) {
        return """
                {"branchId":"%s","weekdays":["MON","TUE"],"minimum":1}""".formatted(branch);
    }

    private static UUID homeBranch(World w) {
        return w.shared("coverage.homeBranch", () -> w.bean(LibrarySettings.class)
                .addUnit(w.home().admin(), LibrarySettings.UnitKind.BRANCH, "Matrix Coverage Branch").id());
    }

    /** Another library's admin makes rules with their own library's branch. */
    private static UUID branchOf(World w, Actor actor) {
        if (actor != OTHER_ORG_ADMIN) {
            return homeBranch(w);
        }
        return w.shared("coverage.otherBranch", () -> w.bean(LibrarySettings.class)
                .addUnit(w.other().admin(), LibrarySettings.UnitKind.BRANCH, "Matrix Other Coverage Branch").id());
    }

    /** One rule of the home library, shared by the rows that read or change it. */
    private static UUID shared(World w) {
        return w.shared("coverage.rule", () -> fresh(w));
    }

    /** A new rule of the home library, for rows that delete one. */
    private static UUID fresh(World w) {
        return w.bean(CoverageManagement.class).create(w.home().admin(), new CoverageManagement.RuleDraft(
                homeBranch(w).toString(), null, List.of("MON"), null, "1")).id();
    }
}

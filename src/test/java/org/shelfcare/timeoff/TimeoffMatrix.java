package org.shelfcare.timeoff;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.REPORT;
import static org.shelfcare.authorization.Actor.SUPERVISOR;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of time off. Everyone signed in asks for their own time off and sees the queue of what
 * they approve (empty for most). A request of REPORT is seen by REPORT, by SUPERVISOR (REPORT's
 * approver) and by the admin; only REPORT changes or cancels it (the other two get 403), only
 * SUPERVISOR decides it (the admin gets 403 because REPORT has a supervisor); everyone else, the
 * operator and another library's admin get 404. Leave types are edited by each library's admins.
 */
class TimeoffMatrix implements MatrixRows {

    private static final String REQUEST = "/timeoff/requests/{id}";
    private static final String API_REQUEST = "/api/v1/timeoff/requests/{id}";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages
                get("/timeoff").expect(302, ANONYMOUS).otherwise(200),
                get("/timeoff/requests/new").expect(302, ANONYMOUS).otherwise(200),
                post("/timeoff/requests").form((w, a) -> form(day(w), "send")).otherwise(302),
                get(REQUEST).path(w -> "/timeoff/requests/" + shared(w))
                        .expect(200, REPORT, SUPERVISOR, ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                get(REQUEST + "/edit").path(w -> "/timeoff/requests/" + shared(w) + "/edit")
                        .expect(200, REPORT)
                        .expect(403, SUPERVISOR, ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post(REQUEST).path((w, a) -> "/timeoff/requests/" + fresh(w))
                        .form((w, a) -> form(day(w), "send"))
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(403, SUPERVISOR, ADMIN)
                        .otherwise(404),
                get(REQUEST + "/cancel").path(w -> "/timeoff/requests/" + shared(w) + "/cancel")
                        .expect(200, REPORT)
                        .expect(403, SUPERVISOR, ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post(REQUEST + "/cancel").path((w, a) -> "/timeoff/requests/" + fresh(w) + "/cancel")
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(403, SUPERVISOR, ADMIN)
                        .otherwise(404),
                post(REQUEST + "/decision").path((w, a) -> "/timeoff/requests/" + fresh(w) + "/decision")
                        .form((w, a) -> Map.of("decision", "APPROVE"))
                        .expect(302, SUPERVISOR, ANONYMOUS)
                        .expect(403, REPORT, ADMIN)
                        .otherwise(404),
                get("/timeoff/approvals").expect(302, ANONYMOUS).otherwise(200),
                get("/timeoff/types")
                        .expect(200, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/timeoff/types/{code}").path(w -> "/timeoff/types/OTHER")
                        .expect(200, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/timeoff/types/{code}").path(w -> "/timeoff/types/OTHER")
                        .form((w, a) -> Map.of("needsApproval", "true", "noticeDays", "0", "noteAllowed", "true"))
                        .expect(302, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),

                // API
                post("/api/v1/timeoff/requests").json((w, a) -> json(day(w)))
                        .expect(401, ANONYMOUS)
                        .otherwise(201),
                get("/api/v1/timeoff/requests").expect(401, ANONYMOUS).otherwise(200),
                get("/api/v1/timeoff/approvals").expect(401, ANONYMOUS).otherwise(200),
                get(API_REQUEST).path(w -> "/api/v1/timeoff/requests/" + shared(w))
                        .expect(200, REPORT, SUPERVISOR, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                put(API_REQUEST).path((w, a) -> "/api/v1/timeoff/requests/" + fresh(w))
                        .json((w, a) -> json(day(w)))
                        .expect(200, REPORT)
                        .expect(403, SUPERVISOR, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API_REQUEST + "/cancel").path((w, a) -> "/api/v1/timeoff/requests/" + fresh(w) + "/cancel")
                        .expect(204, REPORT)
                        .expect(403, SUPERVISOR, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API_REQUEST + "/decision").path((w, a) -> "/api/v1/timeoff/requests/" + fresh(w) + "/decision")
                        .json("""
                                {"decision":"DECLINE","comment":"Short-staffed that day"}""")
                        .expect(200, SUPERVISOR)
                        .expect(403, REPORT, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get("/api/v1/timeoff/types").expect(401, ANONYMOUS).otherwise(200),
                put("/api/v1/timeoff/types/{code}").path(w -> "/api/v1/timeoff/types/OTHER")
                        .json("""
                                {"needsApproval":true,"noticeDays":0,"noteAllowed":true,"privateType":false}""")
                        .expect(200, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403));
    }

    /** A day no other request of the matrix takes: each call moves on by one. */
    private static LocalDate day(World w) {
        return LocalDate.now(w.person(REPORT).zone()).plusDays(1 + w.unique() % 300);
    }

    private static Map<String, String> form(LocalDate day, String step) {
        return Map.of("type", "VACATION", "startDate", day.toString(), "endDate", day.toString(), "portion",
                "FULL_DAYS", "formToken", UUID.randomUUID().toString(), "step", step);
    }

    private static String json(LocalDate day) {
        return """
                {"type":"VACATION","startDate":"%s","endDate":"%s"}""".formatted(day, day);
    }

    /** One pending vacation of REPORT, shared by the rows that only read it. */
    private static UUID shared(World w) {
        return w.shared("timeoff.request", () -> fresh(w));
    }

    /** A new pending vacation of REPORT, for rows that change, cancel or decide one. */
    private static UUID fresh(World w) {
        LocalDate day = day(w);
        return w.bean(TimeoffManagement.class).request(w.person(Actor.REPORT),
                new LeaveDraft("VACATION", day.toString(), day.toString(), null, null, null, null), null).id();
    }
}

package org.shelfcare.timeoff;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.REPORT;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Actor.SUPERVISOR;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of calendar feeds, delegates and the no-guilt nudge. Everyone signed in makes, lists and
 * revokes their own feeds; a feed's secret address answers 200 to anyone, signed in or not, since
 * the secret is the key; another person's feed is 404. Supervisors and admins name delegates (others
 * 403, another library's person 404); delegations start far ahead so that they change no other row.
 * Supervisors and admins see the nudge page; only admins change the setting.
 */
class TimeoffFeedsMatrix implements MatrixRows {

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // the secret address
                get(LeaveFeeds.PATH + "{token}.ics").path(w -> w.shared("timeoff.feed", () -> feed(w).path()))
                        .otherwise(200),

                // pages
                get("/timeoff/feeds").expect(302, ANONYMOUS).otherwise(200),
                post("/timeoff/feeds").form((w, a) -> Map.of("scope", "MINE")).expect(302, ANONYMOUS).otherwise(200),
                post("/timeoff/feeds/{id}/renew").path((w, a) -> "/timeoff/feeds/" + feed(w).feed().id() + "/renew")
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/timeoff/feeds/{id}/revoke").path((w, a) -> "/timeoff/feeds/" + feed(w).feed().id() + "/revoke")
                        .expect(302, REPORT, ANONYMOUS)
                        .otherwise(404),
                get("/timeoff/delegate").expect(302, ANONYMOUS).otherwise(200),
                post("/timeoff/delegate").form((w, a) -> Map.of("delegateId", w.id(STAFF).toString(),
                                "startDate", ahead(w, 200).toString(), "endDate", ahead(w, 201).toString()))
                        .expect(302, SUPERVISOR, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/timeoff/delegate/{id}/end").path((w, a) -> "/timeoff/delegate/" + delegation(w) + "/end")
                        .expect(302, SUPERVISOR, ANONYMOUS)
                        .otherwise(404),
                get("/timeoff/nudge")
                        .expect(200, SUPERVISOR, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/timeoff/nudge").form((w, a) -> Map.of("enabled", "false", "months", "6"))
                        .expect(302, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),

                // API
                get("/api/v1/timeoff/feeds").expect(401, ANONYMOUS).otherwise(200),
                post("/api/v1/timeoff/feeds").json("""
                                {"scope":"MINE"}""")
                        .expect(401, ANONYMOUS)
                        .otherwise(201),
                delete("/api/v1/timeoff/feeds/{id}").path((w, a) -> "/api/v1/timeoff/feeds/" + feed(w).feed().id())
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get("/api/v1/timeoff/delegations").expect(401, ANONYMOUS).otherwise(200),
                post("/api/v1/timeoff/delegations").json((w, a) -> """
                                {"delegateId":"%s","startDate":"%s","endDate":"%s"}""".formatted(w.id(STAFF),
                                ahead(w, 200), ahead(w, 201)))
                        .expect(201, SUPERVISOR, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                delete("/api/v1/timeoff/delegations/{id}").path((w, a) -> "/api/v1/timeoff/delegations/" + delegation(w))
                        .expect(204, SUPERVISOR)
                        .expect(401, ANONYMOUS)
                        .otherwise(404));
    }

    /** A new feed of REPORT's own time off. */
    private static LeaveFeeds.Created feed(World w) {
        return w.bean(LeaveFeeds.class).create(w.person(REPORT), "MINE", null);
    }

    /** A new delegation of SUPERVISOR to STAFF, far ahead. */
    private static UUID delegation(World w) {
        return w.bean(Delegations.class).delegate(w.person(SUPERVISOR), w.id(STAFF), ahead(w, 200).toString(),
                ahead(w, 201).toString()).id();
    }

    private static LocalDate ahead(World w, int days) {
        return LocalDate.now(w.person(SUPERVISOR).zone()).plusDays(days);
    }
}

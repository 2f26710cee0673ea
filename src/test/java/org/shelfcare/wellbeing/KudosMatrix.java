package org.shelfcare.wellbeing;

import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.REPORT;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of kudos. Everyone gives kudos to a colleague of their own library (REPORT's colleagues
 * give them to REPORT, REPORT to STAFF); another library's admin giving them to REPORT gets 404.
 * The kudos in the rows go from STAFF to REPORT on the wall: everyone at the library sees them,
 * only STAFF deletes them (others 403) and only REPORT hides them (others 403).
 */
class KudosMatrix implements MatrixRows {

    private static final String API = "/api/v1/wellbeing/kudos";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages
                get("/wellbeing/kudos").expect(302, ANONYMOUS).otherwise(200),
                post("/wellbeing/kudos").form((w, a) -> Map.of("to", receiver(w, a).toString(), "text", "Matrix kudos",
                                "visibility", "WALL"))
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(302),
                get("/wellbeing/kudos/{id}/delete").path(w -> "/wellbeing/kudos/" + kudos(w) + "/delete")
                        .expect(200, STAFF)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/wellbeing/kudos/{id}/delete").path((w, a) -> "/wellbeing/kudos/" + fresh(w) + "/delete")
                        .expect(302, STAFF, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/wellbeing/kudos/{id}/hide").path((w, a) -> "/wellbeing/kudos/" + fresh(w) + "/hide")
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/wellbeing/kudos/{id}/unhide").path((w, a) -> "/wellbeing/kudos/" + fresh(w) + "/unhide")
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                // API
                post(API).json((w, a) -> "{\"to\":\"" + receiver(w, a) + "\",\"text\":\"Matrix kudos\",\"visibility\":\"PRIVATE\"}")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(201),
                get(API + "/received").expect(401, ANONYMOUS).otherwise(200),
                get(API + "/given").expect(401, ANONYMOUS).otherwise(200),
                get(API + "/wall").expect(401, ANONYMOUS).otherwise(200),
                delete(API + "/{id}").path((w, a) -> API + "/" + fresh(w))
                        .expect(204, STAFF)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/{id}/hide").path((w, a) -> API + "/" + fresh(w) + "/hide")
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/{id}/unhide").path((w, a) -> API + "/" + fresh(w) + "/unhide")
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403));
    }

    /** REPORT for everyone but REPORT, who gives kudos to STAFF. */
    private static UUID receiver(World w, Actor actor) {
        return w.id(actor == REPORT ? STAFF : REPORT);
    }

    private static UUID kudos(World w) {
        return w.shared("kudos.wall", () -> fresh(w));
    }

    private static UUID fresh(World w) {
        return w.bean(Kudos.class).give(w.person(STAFF),
                new KudosDraft(w.id(REPORT).toString(), "Thanks for the matrix", "WALL"));
    }
}

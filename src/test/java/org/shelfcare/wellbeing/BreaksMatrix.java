package org.shelfcare.wellbeing;

import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;

import java.util.List;
import java.util.Map;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of mindful breaks: everyone signed in takes and ends their own breaks; there is no way
 * to reach anyone else's. Rows about "the current break" start one for the actor first.
 */
class BreaksMatrix implements MatrixRows {

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/wellbeing/breaks").expect(302, ANONYMOUS).otherwise(200),
                get("/wellbeing/breaks/" + BreakPractice.SLUGS).path(w -> "/wellbeing/breaks/box-breathing")
                        .expect(302, ANONYMOUS).otherwise(200),
                post("/wellbeing/breaks")
                        .form((w, a) -> Map.of("practice", "BOX_BREATHING", "minutes", "4", "showStatus", "true"))
                        .otherwise(302),
                post("/wellbeing/breaks/current/end").path((w, a) -> onBreak(w, a, "/wellbeing/breaks/current/end"))
                        .otherwise(302),

                // API
                get("/api/v1/wellbeing/breaks").expect(401, ANONYMOUS).otherwise(200),
                post("/api/v1/wellbeing/breaks").json("{\"practice\":\"RESET\",\"minutes\":15,\"showStatus\":false}")
                        .expect(401, ANONYMOUS).otherwise(201),
                get("/api/v1/wellbeing/breaks/current")
                        .path((w, a) -> onBreak(w, a, "/api/v1/wellbeing/breaks/current"))
                        .expect(401, ANONYMOUS).otherwise(200),
                delete("/api/v1/wellbeing/breaks/current")
                        .path((w, a) -> onBreak(w, a, "/api/v1/wellbeing/breaks/current"))
                        .expect(401, ANONYMOUS).otherwise(204));
    }

    /** Starts a break for the actor (nobody signed in has none), then answers {@code path}. */
    private static String onBreak(World w, Actor actor, String path) {
        if (actor != ANONYMOUS) {
            w.bean(Breaks.class).start(w.person(actor), "MINDFUL_WALKING", 10, true);
        }
        return path;
    }
}

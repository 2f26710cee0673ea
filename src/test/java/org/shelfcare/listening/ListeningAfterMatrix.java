package org.shelfcare.listening;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.WELLNESS_LEAD;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of notes after a session and its export. ADMIN holds a library-wide session, closes it,
 * and everyone at the home library sees it: only its host (ADMIN) and wellness leads publish notes
 * and export it (others 403); another library's admin gets 404.
 */
class ListeningAfterMatrix implements MatrixRows {

    private static final String API = "/api/v1/listening";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/listening/sessions/{id}/notes").path(w -> "/listening/sessions/" + closed(w) + "/notes")
                        .expect(200, ADMIN, WELLNESS_LEAD)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/listening/sessions/{id}/notes").path(w -> "/listening/sessions/" + closed(w) + "/notes")
                        .form((w, a) -> Map.of("text", "Matrix notes"))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/listening/sessions/{id}/export.csv").path(w -> "/listening/sessions/" + closed(w) + "/export.csv")
                        .expect(200, ADMIN, WELLNESS_LEAD)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/listening/sessions/{id}/export.pdf").path(w -> "/listening/sessions/" + closed(w) + "/export.pdf")
                        .expect(200, ADMIN, WELLNESS_LEAD)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                get("/listening/sessions/{id}/qr.svg").path(w -> "/listening/sessions/" + open(w) + "/qr.svg")
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),

                get(API + "/sessions/{id}/notes").path(w -> API + "/sessions/" + closed(w) + "/notes")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                put(API + "/sessions/{id}/notes").path(w -> API + "/sessions/" + closed(w) + "/notes")
                        .json("{\"notes\":\"Matrix notes\"}")
                        .expect(204, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(API + "/sessions/{id}/export").path(w -> API + "/sessions/" + closed(w) + "/export?format=csv")
                        .expect(200, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403));
    }

    /** ADMIN's open session for the whole home library. */
    private static UUID open(World w) {
        return w.shared("listening.openSession", () -> w.bean(ListeningSessions.class).create(w.person(ADMIN),
                SessionDraft.of("Matrix QR town hall " + w.unique(), Instant.now().plus(1, ChronoUnit.DAYS).toString())).id());
    }

    /** ADMIN's closed session for the whole home library, with one named question. */
    private static UUID closed(World w) {
        return w.shared("listening.closedSession", () -> {
            ListeningSessions sessions = w.bean(ListeningSessions.class);
            UUID id = sessions.create(w.person(ADMIN), SessionDraft.of("Matrix past town hall " + w.unique(),
                    Instant.now().plus(1, ChronoUnit.DAYS).toString())).id();
            sessions.ask(w.person(ADMIN), id, "Matrix question " + w.unique(), false);
            sessions.close(w.person(ADMIN), id);
            return id;
        });
    }
}

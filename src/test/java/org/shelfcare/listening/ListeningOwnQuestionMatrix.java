package org.shelfcare.listening;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of one's own session question. Each home-library actor acts on a named question of their
 * own in an ADMIN session for the whole library (so the author needs no secret); another library's
 * admin is pointed at ADMIN's question and gets 404. The page without a secret is the form asking for
 * it (200 for everyone who sees the session); "open" with no secret on someone else's question is a
 * form error (200), never the question.
 */
class ListeningOwnQuestionMatrix implements MatrixRows {

    private static final String API = "/api/v1/listening";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/listening/questions/{id}/own").path((w, a) -> "/listening/questions/" + own(w, a) + "/own")
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post("/listening/questions/{id}/own").path((w, a) -> "/listening/questions/" + own(w, a) + "/own")
                        .form((w, a) -> Map.of("text", "A changed matrix question"))
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(302),
                post("/listening/questions/{id}/withdraw").path((w, a) -> "/listening/questions/" + own(w, a) + "/withdraw")
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(302),
                get(API + "/questions/{id}/own").path((w, a) -> API + "/questions/" + own(w, a) + "/own")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                put(API + "/questions/{id}/own").path((w, a) -> API + "/questions/" + own(w, a) + "/own")
                        .json("{\"text\":\"A changed matrix question\"}")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                delete(API + "/questions/{id}/own").path((w, a) -> API + "/questions/" + own(w, a) + "/own")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(204));
    }

    /** A fresh named question of the actor's (ADMIN's for those outside the home library). */
    private static UUID own(World w, Actor actor) {
        Actor asker = actor == ANONYMOUS || actor == OTHER_ORG_ADMIN ? ADMIN : actor;
        UUID session = w.bean(ListeningSessions.class).create(w.person(ADMIN),
                SessionDraft.of("Matrix town hall " + w.unique(), Instant.now().plus(3, ChronoUnit.DAYS).toString())).id();
        return w.bean(ListeningSessions.class).ask(w.person(asker), session, "Matrix question " + w.unique(), false);
    }
}

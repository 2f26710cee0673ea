package org.shelfcare.listening;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.WELLNESS_LEAD;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;

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
 * The rows of listening sessions. ADMIN holds a session for the whole home library, so everyone
 * there sees it, asks and votes; another library's admin gets 404. Only admins and wellness leads
 * hold library-wide sessions (the matrix supervisor works at no branch or department, so they get
 * 403 like staff), close them and moderate their questions; another library's admin holds one in their own library (201).
 */
class ListeningMatrix implements MatrixRows {

    private static final String API = "/api/v1/listening";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages
                get("/listening").expect(302, ANONYMOUS).otherwise(200),
                get("/listening/join").expect(302, ANONYMOUS).otherwise(200),
                post("/listening/join").form((w, a) -> Map.of("code", code(w)))
                        .expect(200, OTHER_ORG_ADMIN)
                        .otherwise(302),
                get("/listening/sessions/new").expect(200, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN, Actor.SUPERVISOR)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/listening/sessions").form((w, a) -> Map.of("title", "Matrix town hall", "startsAt", "2030-01-15T17:30"))
                        .expect(302, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                get("/listening/sessions/{id}").path(w -> "/listening/sessions/" + session(w))
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                get("/listening/sessions/{id}/present").path(w -> "/listening/sessions/" + session(w) + "/present")
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post("/listening/sessions/{id}/questions").path((w, a) -> "/listening/sessions/" + freshSession(w) + "/questions")
                        .form((w, a) -> Map.of("text", "A matrix question", "anonymous", "false"))
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(302),
                post("/listening/questions/{questionId}/vote").path((w, a) -> "/listening/questions/" + freshQuestion(w) + "/vote")
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(302),
                post("/listening/sessions/{id}/close").path((w, a) -> "/listening/sessions/" + freshSession(w) + "/close")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                post("/listening/questions/{questionId}/approve").path((w, a) -> "/listening/questions/" + freshQuestion(w) + "/approve")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/listening/questions/{questionId}/hide").path((w, a) -> "/listening/questions/" + freshQuestion(w) + "/hide")
                        .form((w, a) -> Map.of("reason", "DUPLICATE"))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/listening/questions/{questionId}/answer").path((w, a) -> "/listening/questions/" + freshQuestion(w) + "/answer")
                        .form((w, a) -> Map.of("answer", "A matrix answer"))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                // API
                post(API + "/sessions").json("{\"title\":\"Matrix town hall\",\"startsAt\":\"2030-01-15T17:30:00Z\"}")
                        .expect(201, ADMIN, WELLNESS_LEAD, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/sessions").expect(401, ANONYMOUS).otherwise(200),
                get(API + "/sessions/{id}").path(w -> API + "/sessions/" + session(w))
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post(API + "/sessions/{id}/close").path((w, a) -> API + "/sessions/" + freshSession(w) + "/close")
                        .expect(204, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/sessions/{id}/questions").path((w, a) -> API + "/sessions/" + freshSession(w) + "/questions")
                        .json("{\"text\":\"A matrix question\",\"anonymous\":false}")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(201),
                get(API + "/sessions/{id}/questions").path(w -> API + "/sessions/" + session(w) + "/questions")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                get(API + "/sessions/{id}/stream").path(w -> API + "/sessions/" + session(w) + "/stream")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post(API + "/questions/{id}/votes").path((w, a) -> API + "/questions/" + freshQuestion(w) + "/votes")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(201),
                post(API + "/questions/{id}/approve").path((w, a) -> API + "/questions/" + freshQuestion(w) + "/approve")
                        .expect(204, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/questions/{id}/hide").path((w, a) -> API + "/questions/" + freshQuestion(w) + "/hide")
                        .json("{\"reason\":\"OFF_TOPIC\"}")
                        .expect(204, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/questions/{id}/answer").path((w, a) -> API + "/questions/" + freshQuestion(w) + "/answer")
                        .json("{\"answer\":\"A matrix answer\"}")
                        .expect(204, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                delete(API + "/questions/{id}/votes").path((w, a) -> API + "/questions/" + votedQuestion(w, a) + "/votes")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(204));
    }

    /** ADMIN's session for the whole home library, never closed by the rows. */
    private static UUID session(World w) {
        return shared(w).id();
    }

    private static String code(World w) {
        return shared(w).joinCode();
    }

    private static ListeningSessions.Created shared(World w) {
        return w.shared("listening.session", () -> create(w));
    }

    private static UUID freshSession(World w) {
        return create(w).id();
    }

    private static ListeningSessions.Created create(World w) {
        return w.bean(ListeningSessions.class).create(w.person(ADMIN),
                SessionDraft.of("Matrix town hall " + w.unique(), Instant.now().plus(3, ChronoUnit.DAYS).toString()));
    }

    /** A named question of ADMIN's in a session of its own (so that ADMIN's posting allowance lasts). */
    private static UUID freshQuestion(World w) {
        return w.bean(ListeningSessions.class).ask(w.person(ADMIN), freshSession(w), "Matrix question " + w.unique(), false);
    }

    /** A fresh question the actor has voted for (when the actor is a person of the home library). */
    private static UUID votedQuestion(World w, Actor actor) {
        UUID question = freshQuestion(w);
        if (actor != ANONYMOUS && actor != OTHER_ORG_ADMIN) {
            w.bean(ListeningSessions.class).vote(w.person(actor), question);
        }
        return question;
    }
}

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
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of themes for session questions, actions behind questions and the asker's news. ADMIN
 * holds a library-wide session that everyone at the home library sees: everyone reads a theme and a
 * session's trails; wellness leads and admins put questions in themes and edit actions on the page
 * (others 403); the asker marks their own question's news as looked at (others 404, like a question
 * that is not there); another library's admin gets 404 for all of it.
 */
class QuestionTrailsMatrix implements MatrixRows {

    private static final String API = "/api/v1/listening";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/listening/themes/{id}").path(w -> "/listening/themes/" + theme(w))
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post("/listening/questions/{id}/theme").path(w -> "/listening/questions/" + question(w) + "/theme")
                        .form((w, a) -> Map.of("themeId", theme(w).toString()))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/listening/actions/{id}/edit").path(w -> "/listening/actions/" + action(w) + "/edit")
                        .expect(200, ADMIN, WELLNESS_LEAD)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/listening/actions/{id}/edit").path(w -> "/listening/actions/" + action(w) + "/edit")
                        .form((w, a) -> Map.of("title", "Matrix action edited", "questionIds", question(w).toString()))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                get(API + "/themes/{id}").path(w -> API + "/themes/" + theme(w))
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                put(API + "/questions/{id}/theme").path(w -> API + "/questions/" + question(w) + "/theme")
                        .json((w, a) -> "{\"themeId\":\"" + theme(w) + "\"}")
                        .expect(204, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(API + "/sessions/{id}/trails").path(w -> API + "/sessions/" + session(w) + "/trails")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post(API + "/questions/{id}/own/seen").path((w, a) -> API + "/questions/" + own(w, a) + "/own/seen")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(204));
    }

    /** ADMIN's open session for the whole home library. */
    private static UUID session(World w) {
        return w.shared("listening.trails.session", () -> w.bean(ListeningSessions.class).create(w.person(ADMIN),
                SessionDraft.of("Matrix trails town hall " + w.unique(), Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .id());
    }

    /** A named question of ADMIN's in that session. */
    private static UUID question(World w) {
        UUID session = session(w);
        return w.shared("listening.trails.question", () -> w.bean(ListeningSessions.class).ask(w.person(ADMIN),
                session, "Matrix trails question " + w.unique(), false));
    }

    private static UUID theme(World w) {
        return w.shared("listening.trails.theme", () -> w.bean(SuggestionBox.class).createTheme(w.person(ADMIN),
                "Matrix trails theme " + w.unique()));
    }

    private static UUID action(World w) {
        UUID question = question(w);
        return w.shared("listening.trails.action", () -> w.bean(YouSaidWeDid.class).create(w.person(ADMIN),
                new ActionDraft("Matrix trails action " + w.unique(), "", null, "PLANNED", null, List.of(),
                        List.of(question))));
    }

    /** A fresh named question of the actor's (ADMIN's for those outside the home library). */
    private static UUID own(World w, Actor actor) {
        Actor asker = actor == ANONYMOUS || actor == OTHER_ORG_ADMIN ? ADMIN : actor;
        UUID session = w.bean(ListeningSessions.class).create(w.person(ADMIN), SessionDraft.of(
                "Matrix own town hall " + w.unique(), Instant.now().plus(2, ChronoUnit.DAYS).toString())).id();
        return w.bean(ListeningSessions.class).ask(w.person(asker), session, "Matrix own question " + w.unique(), false);
    }
}

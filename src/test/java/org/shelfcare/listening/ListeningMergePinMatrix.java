package org.shelfcare.listening;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.WELLNESS_LEAD;
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
 * The rows of merging duplicate questions and pinning the question discussed now. ADMIN holds a
 * session for the whole home library with two named questions (a fresh one per actor and row):
 * everyone there sees it and its pinned question; only its host (ADMIN) and wellness leads merge,
 * unmerge, pin and unpin (others 403); another library's admin gets 404.
 */
class ListeningMergePinMatrix implements MatrixRows {

    private static final String API = "/api/v1/listening";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages
                post("/listening/questions/{questionId}/merge")
                        .path((w, a) -> "/listening/questions/" + pair(w, a, "page-merge").second() + "/merge")
                        .form((w, a) -> Map.of("into", pair(w, a, "page-merge").first().toString()))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/listening/questions/{questionId}/unmerge")
                        .path((w, a) -> "/listening/questions/" + merged(w).second() + "/unmerge")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/listening/sessions/{id}/pin")
                        .path((w, a) -> "/listening/sessions/" + pair(w, a, "page-pin").session() + "/pin")
                        .form((w, a) -> Map.of("questionId", pair(w, a, "page-pin").first().toString()))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/listening/sessions/{id}/unpin")
                        .path((w, a) -> "/listening/sessions/" + pinned(w).session() + "/unpin")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                // API
                post(API + "/questions/{id}/merge")
                        .path((w, a) -> API + "/questions/" + pair(w, a, "api-merge").second() + "/merge")
                        .json((w, a) -> "{\"into\":\"" + pair(w, a, "api-merge").first() + "\"}")
                        .expect(200, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                delete(API + "/questions/{id}/merge")
                        .path((w, a) -> API + "/questions/" + merged(w).second() + "/merge")
                        .expect(204, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(API + "/sessions/{id}/pinned")
                        .path(w -> API + "/sessions/" + w.shared("listening.pinnedSession", () -> pinned(w)).session()
                                + "/pinned")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                put(API + "/sessions/{id}/pinned")
                        .path((w, a) -> API + "/sessions/" + pair(w, a, "api-pin").session() + "/pinned")
                        .json((w, a) -> "{\"questionId\":\"" + pair(w, a, "api-pin").first() + "\"}")
                        .expect(204, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                delete(API + "/sessions/{id}/pinned")
                        .path((w, a) -> API + "/sessions/" + pinned(w).session() + "/pinned")
                        .expect(204, ADMIN, WELLNESS_LEAD)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403));
    }

    /** A session of ADMIN's for the whole home library with two named questions of ADMIN's. */
    record Pair(UUID session, UUID first, UUID second) {}

    private static Pair fresh(World w) {
        ListeningSessions sessions = w.bean(ListeningSessions.class);
        UUID session = sessions.create(w.person(ADMIN), SessionDraft.of("Matrix merge town hall " + w.unique(),
                Instant.now().plus(3, ChronoUnit.DAYS).toString())).id();
        UUID first = sessions.ask(w.person(ADMIN), session, "Matrix first question " + w.unique(), false);
        UUID second = sessions.ask(w.person(ADMIN), session, "Matrix duplicate question " + w.unique(), false);
        return new Pair(session, first, second);
    }

    /** One fresh pair per actor and row, the same for the row's path and body. */
    private static Pair pair(World w, Actor actor, String row) {
        return w.shared("listening.mergePin." + row + "." + actor.name(), () -> fresh(w));
    }

    /** A fresh pair whose second question is merged into the first. */
    private static Pair merged(World w) {
        Pair pair = fresh(w);
        w.bean(ListeningSessions.class).merge(w.person(ADMIN), pair.second(), pair.first());
        return pair;
    }

    /** A fresh pair whose first question is pinned. */
    private static Pair pinned(World w) {
        Pair pair = fresh(w);
        w.bean(ListeningSessions.class).pin(w.person(ADMIN), pair.session(), pair.first());
        return pair;
    }
}

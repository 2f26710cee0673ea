package org.shelfcare.wellbeing;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.REPORT;
import static org.shelfcare.authorization.Actor.WELLNESS_LEAD;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of the Joy Wall. REPORT shares joy entries (named, to the whole library); sharing,
 * the share's status and withdrawing are REPORT's alone, so everyone else gets 404 like another
 * library's admin. Everyone at the library sees and reacts to a library post; wellness leads and
 * admins hide and unhide, the others who see the post get 403.
 */
class JoyWallMatrix implements MatrixRows {

    private static final String API = "/api/v1/wellbeing/joy";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages
                get("/wellbeing/wall").expect(302, ANONYMOUS).otherwise(200),
                post("/wellbeing/wall/{postId}/reactions/{kind}")
                        .path(w -> "/wellbeing/wall/" + libraryPost(w) + "/reactions/HEART")
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(302),
                get("/wellbeing/wall/{postId}/hide").path(w -> "/wellbeing/wall/" + libraryPost(w) + "/hide")
                        .expect(200, WELLNESS_LEAD, ADMIN)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/wellbeing/wall/{postId}/hide").path((w, a) -> "/wellbeing/wall/" + freshPost(w) + "/hide")
                        .form((w, a) -> Map.of("reason", "Matrix reason"))
                        .expect(302, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/wellbeing/wall/{postId}/unhide").path(w -> "/wellbeing/wall/" + libraryPost(w) + "/unhide")
                        .expect(302, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/wellbeing/joy/{id}/share").path(w -> "/wellbeing/joy/" + entry(w) + "/share")
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/wellbeing/joy/{id}/share").path((w, a) -> "/wellbeing/joy/" + freshEntry(w) + "/share")
                        .form((w, a) -> Map.of("where", "LIBRARY"))
                        .expect(302, REPORT, ANONYMOUS)
                        .otherwise(404),
                get("/wellbeing/joy/{id}/share/withdraw").path(w -> "/wellbeing/joy/" + sharedEntry(w) + "/share/withdraw")
                        .expect(200, REPORT)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post("/wellbeing/joy/{id}/share/withdraw")
                        .path((w, a) -> "/wellbeing/joy/" + freshSharedEntry(w) + "/share/withdraw")
                        .expect(302, REPORT, ANONYMOUS)
                        .otherwise(404),

                // API
                post(API + "/{id}/share").path((w, a) -> API + "/" + freshEntry(w) + "/share")
                        .json("{\"audience\":\"LIBRARY\",\"anonymous\":false}")
                        .expect(201, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API + "/{id}/share").path(w -> API + "/" + sharedEntry(w) + "/share")
                        .expect(200, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                delete(API + "/{id}/share").path((w, a) -> API + "/" + freshSharedEntry(w) + "/share")
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API + "/wall").expect(401, ANONYMOUS).otherwise(200),
                put(API + "/wall/{postId}/reactions/{kind}").path(w -> API + "/wall/" + libraryPost(w) + "/reactions/THANKS")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                delete(API + "/wall/{postId}/reactions/{kind}").path(w -> API + "/wall/" + libraryPost(w) + "/reactions/THANKS")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post(API + "/wall/{postId}/hide").path((w, a) -> API + "/wall/" + freshPost(w) + "/hide")
                        .json("{\"reason\":\"Matrix reason\"}")
                        .expect(204, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/wall/{postId}/unhide").path(w -> API + "/wall/" + libraryPost(w) + "/unhide")
                        .expect(204, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403));
    }

    /** A joy entry of REPORT's, not shared. */
    private static UUID entry(World w) {
        return w.shared("joywall.entry", () -> freshEntry(w));
    }

    private static UUID freshEntry(World w) {
        return w.bean(Reflections.class).write(w.person(REPORT), ReflectionKind.JOY,
                new ReflectionDraft("report's joy for the wall", null));
    }

    /** A joy entry of REPORT's and its post on the library's wall, never hidden by the rows. */
    private record Shared(UUID entry, UUID post) {}

    private static Shared shared(World w) {
        return w.shared("joywall.shared", () -> {
            UUID entry = freshEntry(w);
            return new Shared(entry, share(w, entry));
        });
    }

    private static UUID sharedEntry(World w) {
        return shared(w).entry();
    }

    private static UUID libraryPost(World w) {
        return shared(w).post();
    }

    private static UUID freshSharedEntry(World w) {
        UUID entry = freshEntry(w);
        share(w, entry);
        return entry;
    }

    private static UUID freshPost(World w) {
        return share(w, freshEntry(w));
    }

    private static UUID share(World w, UUID entry) {
        return w.bean(JoyWall.class).share(w.person(REPORT), entry, new ShareRequest("LIBRARY", null, false));
    }
}

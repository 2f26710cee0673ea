package org.shelfcare.security;

import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/** The profile's token pages: each person sees and revokes only their own tokens. */
class TokenPagesMatrix implements MatrixRows {

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/profile/tokens").expect(302, ANONYMOUS).otherwise(200),
                post("/profile/tokens").form((w, a) -> Map.of("name", "matrix page token")).otherwise(302),
                // someone else's token answers 404 (here another library's admin asks for a staff member's)
                get("/profile/tokens/{id}/revoke").path((w, a) -> "/profile/tokens/" + tokenFor(w, a) + "/revoke")
                        .expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(200),
                post("/profile/tokens/{id}/revoke").path((w, a) -> "/profile/tokens/" + tokenFor(w, a) + "/revoke")
                        .expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(302));
    }

    private static UUID tokenFor(World w, Actor actor) {
        if (actor == ANONYMOUS) {
            return UUID.randomUUID();
        }
        Actor owner = actor == OTHER_ORG_ADMIN ? STAFF : actor;
        return w.bean(PersonalAccessTokens.class).issue(w.person(owner).organizationId(), w.id(owner), "matrix page").id();
    }
}

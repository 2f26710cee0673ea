package org.shelfcare.security;

import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;

import java.util.List;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/** The security module's rows of the authorization matrix. */
class SecurityMatrix implements MatrixRows {

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/login").expect(200, ANONYMOUS).otherwise(302),
                get("/session/keep-alive").expect(302, ANONYMOUS).otherwise(204),
                get("/api/v1/me").expect(401, ANONYMOUS).otherwise(200),
                post("/api/v1/me/tokens").json("{\"name\":\"matrix\"}").expect(401, ANONYMOUS).otherwise(201),
                get("/api/v1/me/tokens").expect(401, ANONYMOUS).otherwise(200),
                // one's own token can be revoked; someone else's answers 404
                delete("/api/v1/me/tokens/{id}").path((w, a) -> "/api/v1/me/tokens/" + tokenFor(w, a))
                        .expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(204));
    }

    private static UUID tokenFor(World w, Actor actor) {
        if (actor == ANONYMOUS) {
            return UUID.randomUUID();
        }
        Actor owner = actor == OTHER_ORG_ADMIN ? STAFF : actor;
        return w.bean(PersonalAccessTokens.class).issue(w.person(owner).organizationId(), w.id(owner), "matrix").id();
    }
}

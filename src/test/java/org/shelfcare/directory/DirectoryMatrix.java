package org.shelfcare.directory;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OPERATOR;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.patch;
import static org.shelfcare.authorization.Endpoint.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/** The directory's rows of the authorization matrix. */
class DirectoryMatrix implements MatrixRows {

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // first-run setup is over in the matrix world: everyone gets 409, and the page leads home
                post("/api/v1/setup").json((w, a) -> """
                        {"organizationName":"X","adminName":"X","adminEmail":"x%d@x.example","adminPassword":"a long enough passphrase"}
                        """.formatted(w.unique())).otherwise(409),
                get("/setup").otherwise(302),
                post("/setup").form((w, a) -> Map.of("organizationName", "X")).otherwise(302),

                post("/api/v1/people").json((w, a) -> """
                        {"name":"New Person","email":"new%d@matrix.example","roles":["STAFF"]}""".formatted(w.unique()))
                        .expect(201, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                post("/api/v1/people/{id}/invitation").path(w -> "/api/v1/people/" + invitee(w) + "/invitation")
                        .expect(201, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get("/api/v1/people").expect(401, ANONYMOUS).otherwise(200),
                get("/api/v1/people/{id}").path(w -> "/api/v1/people/" + w.id(STAFF))
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(200),

                get("/api/v1/organization").expect(401, ANONYMOUS).otherwise(200),
                get("/api/v1/organizations").expect(200, OPERATOR).expect(401, ANONYMOUS).otherwise(403),
                post("/api/v1/organizations").json((w, a) -> """
                        {"name":"Matrix Created %1$d","adminName":"A","adminEmail":"created%1$d@matrix.example"}"""
                        .formatted(w.unique()))
                        .expect(201, OPERATOR).expect(401, ANONYMOUS).otherwise(403),
                // the operator may reactivate another library (a no-op here); nobody else may touch it
                patch("/api/v1/organizations/{id}").path(w -> "/api/v1/organizations/" + w.other().id())
                        .json("{\"active\":true}")
                        .expect(200, OPERATOR).expect(401, ANONYMOUS).expect(403, OTHER_ORG_ADMIN).otherwise(403),

                // links that work without signing in; an unknown token answers 410
                post("/api/v1/invitations/{token}").path(w -> "/api/v1/invitations/unknown-token")
                        .json("{\"password\":\"a long enough passphrase\"}").otherwise(410),
                get("/invitations/{token}").path(w -> "/invitations/unknown-token").otherwise(410),
                post("/invitations/{token}").path(w -> "/invitations/unknown-token")
                        .form((w, a) -> Map.of("password", "a long enough passphrase")).otherwise(410),
                get("/forgot-password").otherwise(200),
                post("/forgot-password").form((w, a) -> Map.of("login", "nobody@matrix.example")).otherwise(200),
                get("/reset-password/{token}").path(w -> "/reset-password/unknown-token").otherwise(410),
                post("/reset-password/{token}").path(w -> "/reset-password/unknown-token")
                        .form((w, a) -> Map.of("password", "a long enough passphrase")).otherwise(410));
    }

    /** Someone invited but not yet active, so that a new invitation can be sent. */
    private static UUID invitee(World w) {
        return w.shared("directory.invitee", () -> w.bean(DirectoryManagement.class).invite(w.home().admin(),
                new NewPerson("Pending Person", "pending" + w.unique() + "@matrix.example", null, List.of(), null,
                        null, null, null)).personId());
    }

}

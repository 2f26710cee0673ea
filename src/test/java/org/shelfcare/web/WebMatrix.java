package org.shelfcare.web;

import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;

import java.util.List;
import java.util.Map;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;

/** The web module's rows of the authorization matrix. */
class WebMatrix implements MatrixRows {

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/").expect(302, ANONYMOUS).otherwise(200),
                post("/language").form((w, a) -> Map.of("lang", "es", "back", "/")).otherwise(302));
    }
}

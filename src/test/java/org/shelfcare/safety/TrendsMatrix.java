package org.shelfcare.safety;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.SAFETY_LEAD;
import static org.shelfcare.authorization.Endpoint.get;

import java.util.List;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;

/**
 * The rows of incident trends: safety leads and admins see them; another library's admin sees
 * their own library's trends (the page is scoped to the signed-in person's library); everyone
 * else signed in (staff, supervisors, care contacts, wellness leads) 403.
 */
class TrendsMatrix implements MatrixRows {

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/safety/trends")
                        .expect(200, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/safety/trends.csv")
                        .expect(200, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/api/v1/safety/trends")
                        .expect(200, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403));
    }
}

package org.shelfcare.privacy;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Endpoint.get;

import java.util.List;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;

/** The privacy module's rows of the authorization matrix: the audit log is for admins only. */
class PrivacyMatrix implements MatrixRows {

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // every admin sees their own library's log; care contacts, supervisors and the operator are not admins here
                get("/admin/audit").expect(302, ANONYMOUS).expect(200, ADMIN, OTHER_ORG_ADMIN).otherwise(403),
                // filtered by a person of the home library: another library's admin learns nothing (404)
                get("/api/v1/audit").path(w -> "/api/v1/audit?subject=" + w.id(STAFF))
                        .expect(401, ANONYMOUS).expect(200, ADMIN).expect(404, OTHER_ORG_ADMIN).otherwise(403));
    }
}

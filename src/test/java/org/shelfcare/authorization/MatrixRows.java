package org.shelfcare.authorization;

import java.util.List;

/**
 * A module's part of the authorization matrix. Implement it in the module's test package, one
 * {@link Endpoint} per page and API endpoint; {@link AuthorizationMatrixTests} finds every
 * implementation, and fails the build for an endpoint that has no rows.
 */
public interface MatrixRows {

    List<Endpoint> endpoints();
}

/**
 * Signing in and staying safe on a shared branch computer: the sign-in page and lockout, sessions
 * in the database, personal access tokens for the API, the current user of each request, and the
 * headers that keep pages private (CSP, no-store, CSRF).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = {"directory", "web"})
package org.shelfcare.security;

import org.jspecify.annotations.NullMarked;

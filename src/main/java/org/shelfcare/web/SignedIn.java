package org.shelfcare.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person signed in on this request, for the parts of the layout that every page carries
 * (header badges, banners) and that run outside a controller's {@code CurrentUser} argument.
 */
public final class SignedIn {

    private SignedIn() {}

    /** The signed-in person's id; empty for anonymous visitors and for principals that are not people. */
    public static Optional<UUID> personId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(auth.getName()));
        } catch (IllegalArgumentException notAPerson) {
            return Optional.empty();
        }
    }
}

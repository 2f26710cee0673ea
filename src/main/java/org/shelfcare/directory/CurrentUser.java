package org.shelfcare.directory;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.Problems;

/**
 * The signed-in person, loaded fresh for every request, so that a changed role or a deactivation
 * takes effect at once. Controllers take it as a parameter.
 */
public record CurrentUser(UUID personId, UUID organizationId, String name, @Nullable String email,
        @Nullable String username, Set<Role> roles, Locale locale, ZoneId zone, boolean sampleOrganization) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Answers 403 unless the person holds {@code role}. */
    public void require(Role role) {
        if (!has(role)) {
            throw Problems.forbidden();
        }
    }

    /** Answers 403 unless the person holds one of {@code roles}. */
    public void requireAny(Role... roles) {
        for (Role role : roles) {
            if (has(role)) {
                return;
            }
        }
        throw Problems.forbidden();
    }
}

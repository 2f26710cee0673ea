package org.shelfcare.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.web.SignedIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every request that the signed-in person is still active in an active library and
 * gives the request their current roles, so that a deactivation or a role change works at once.
 */
class CurrentUserFilter extends OncePerRequestFilter {

    private final CurrentUsers currentUsers;

    CurrentUserFilter(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SignedIn.personId().isPresent()) {
            Optional<CurrentUser> user = currentUsers.of(request);
            if (user.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else {
                Authentication current = SecurityContextHolder.getContext().getAuthentication();
                List<SimpleGrantedAuthority> roles = user.get().roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
                UsernamePasswordAuthenticationToken fresh = UsernamePasswordAuthenticationToken.authenticated(
                        current.getName(), null, roles);
                fresh.setDetails(current.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(fresh);
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}

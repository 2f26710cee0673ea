package org.shelfcare.directory.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.shelfcare.directory.LibrarySettings;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public pages live under {@code /p/<slug>/...}. After a library is renamed, links with an earlier
 * slug answer 301 to the same page under the current one, so printed flyers and bookmarks keep working.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OldSlugRedirects extends OncePerRequestFilter {

    static final String PUBLIC_PREFIX = "/p/";

    private final LibrarySettings settings;

    OldSlugRedirects(LibrarySettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(PUBLIC_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String rest = request.getRequestURI().substring(PUBLIC_PREFIX.length());
        int slash = rest.indexOf('/');
        String slug = slash < 0 ? rest : rest.substring(0, slash);
        Optional<String> current = slug.isEmpty() || slug.length() > 80 ? Optional.empty() : settings.renamedSlug(slug);
        if (current.isPresent() && !current.get().equals(slug)) {
            String query = request.getQueryString();
            response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
            response.setHeader(HttpHeaders.LOCATION, PUBLIC_PREFIX + current.get() + (slash < 0 ? "" : rest.substring(slash))
                    + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }
}

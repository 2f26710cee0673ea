package org.shelfcare.directory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On an empty instance the home page leads to the setup wizard; once a sample library is loaded,
 * the sign-in page stays reachable so that its people can sign in before setup.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SetupRedirectFilter extends OncePerRequestFilter {

    private final DirectoryManagement directory;
    private final SampleLibrary sample;

    SetupRedirectFilter(DirectoryManagement directory, SampleLibrary sample) {
        this.directory = directory;
        this.sample = sample;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !("/".equals(request.getRequestURI()) || "/login".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!directory.isSetUp() && !sample.exists()) {
            response.sendRedirect("/setup");
            return;
        }
        chain.doFilter(request, response);
    }
}

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

/** On an empty instance the home page leads to the setup wizard. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SetupRedirectFilter extends OncePerRequestFilter {

    private final DirectoryManagement directory;

    SetupRedirectFilter(DirectoryManagement directory) {
        this.directory = directory;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !("/".equals(request.getRequestURI()) || "/login".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!directory.isSetUp()) {
            response.sendRedirect("/setup");
            return;
        }
        chain.doFilter(request, response);
    }
}

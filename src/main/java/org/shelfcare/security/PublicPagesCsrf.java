package org.shelfcare.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Public pages ({@code /p/...}) and the static files they load set no cookie: the CSRF token, which lives in the session, is not
 * loaded for them (loading it would start a session); they get a stand-in token that no check ever
 * accepts (checks compare with the token in the session). Their only forms, a patron's
 * registration, cancel link and feedback link, use no session and are exempt from the token; any other request
 * is handled as before.
 */
final class PublicPagesCsrf implements CsrfTokenRequestHandler {

    private static final CsrfToken PUBLIC_PAGE_TOKEN = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "public-page");

    private final CsrfTokenRequestHandler delegate;

    PublicPagesCsrf(CsrfTokenRequestHandler delegate) {
        this.delegate = delegate;
    }

    /** Public pages and the files they load (styles, icons), which never carry a form. */
    static boolean publicPage(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/p/") || path.startsWith("/css/") || path.startsWith("/webjars/")
                || path.startsWith("/img/") || path.startsWith("/favicon.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        delegate.handle(request, response, publicPage(request) ? () -> PUBLIC_PAGE_TOKEN : token);
    }

    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        return delegate.resolveCsrfTokenValue(request, token);
    }
}

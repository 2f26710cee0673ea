package org.shelfcare.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Back to the sign-in page with a clear reason, keeping the email or username that was typed. */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_LOGIN = "shelfcare.lastLogin";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String login = request.getParameter("username");
        if (login != null && login.length() <= 254) {
            request.getSession().setAttribute(LAST_LOGIN, login);
        }
        response.sendRedirect(exception instanceof LockedException ? "/login?locked" : "/login?error");
    }
}

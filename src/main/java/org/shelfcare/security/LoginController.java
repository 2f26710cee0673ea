package org.shelfcare.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. */
@Controller
class LoginController {

    static final String LOGIN = "/login";

    private final SecuritySettings settings;

    LoginController(SecuritySettings settings) {
        this.settings = settings;
    }

    @GetMapping(LOGIN)
    String login(HttpServletRequest request, Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        HttpSession session = request.getSession(false);
        @Nullable Object last = session == null ? null : session.getAttribute(SignInFailureHandler.LAST_LOGIN);
        if (session != null) {
            session.removeAttribute(SignInFailureHandler.LAST_LOGIN);
        }
        var flags = request.getParameterMap();
        String state = flags.containsKey("locked") ? "locked"
                : flags.containsKey("error") ? "error"
                : flags.containsKey("signedOut") ? "signedOut"
                : flags.containsKey("expired") ? "expired" : "";
        model.addAttribute("state", state);
        model.addAttribute("login", last == null ? "" : last.toString());
        model.addAttribute("lockoutMinutes", settings.lockout().toMinutes());
        return "security/login";
    }
}

package org.shelfcare.listening.web;

import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.ListeningSessions;
import org.shelfcare.listening.QuestionTrails;
import org.shelfcare.web.Flash;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A theme's page (its session questions and suggestions together, with counts only from k on) for
 * everyone of the library, and the form with which wellness leads and admins put a session
 * question into a theme from the session page.
 */
@Controller
class QuestionTrailsController {

    private final QuestionTrails trails;
    private final ListeningSessions sessions;
    private final MessageSource messages;

    QuestionTrailsController(QuestionTrails trails, ListeningSessions sessions, MessageSource messages) {
        this.trails = trails;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping("/listening/themes/{id}")
    String theme(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("theme", trails.theme(user, id));
        return "listening/theme";
    }

    @PostMapping("/listening/questions/{id}/theme")
    String group(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String themeId,
            Locale locale, RedirectAttributes redirect) {
        UUID session = sessions.sessionOf(user, id);
        UUID theme = null;
        if (!themeId.isBlank()) {
            try {
                theme = UUID.fromString(themeId.strip());
            } catch (IllegalArgumentException notAnId) {
                throw Problems.notFound();
            }
        }
        trails.group(user, id, theme);
        Flash.notice(redirect, messages.getMessage("listening.trail.grouped", null, locale));
        return "redirect:" + ListeningRoutes.session(session) + "#question-" + id;
    }
}

package org.shelfcare.safety.web;

import static org.shelfcare.safety.web.AlertRoutes.ANSWER;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.shelfcare.safety.AlertAnswerLink;
import org.shelfcare.safety.AlertResponses;
import org.shelfcare.safety.AlertStatus;
import org.shelfcare.web.Flash;
import org.shelfcare.web.Page;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "I'm safe" / "I need help" links of an alert's email, without signing in (people evacuating
 * have only their phone). Opening a link records nothing, since mail scanners open links too; the
 * page asks for one tap, which records the answer. The links work for 24 hours, and a new answer
 * replaces the earlier one.
 */
@Controller
class AlertAnswerController {

    private final AlertResponses responses;
    private final MessageSource messages;

    AlertAnswerController(AlertResponses responses, MessageSource messages) {
        this.responses = responses;
        this.messages = messages;
    }

    @GetMapping(ANSWER + "/{token}")
    String page(@PathVariable String token, @RequestParam(required = false) @Nullable String status,
            @ModelAttribute("page") Page page, HttpServletResponse response, Model model) {
        AlertAnswerLink link = responses.link(token);
        model.addAttribute("page", page.in(link.locale()));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("link", link);
        model.addAttribute("token", token);
        model.addAttribute("suggested", "NEED_HELP".equals(status) ? AlertStatus.NEED_HELP : AlertStatus.SAFE);
        return "safety/alerts/answer";
    }

    @PostMapping(ANSWER + "/{token}")
    String answer(@PathVariable String token, @RequestParam(defaultValue = "") String status,
            RedirectAttributes redirect) {
        AlertStatus answer = responses.answer(token, status);
        Flash.notice(redirect, messages.getMessage("safety.alerts.answered." + answer.name(), null,
                responses.link(token).locale()));
        return "redirect:" + AlertRoutes.answer(token);
    }
}

package org.shelfcare.listening.web;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.ListeningSessions;
import org.shelfcare.listening.OwnQuestion;
import org.shelfcare.listening.OwnQuestions;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's own session question as a page: its named author opens it directly; the anonymous asker
 * types the secret they got when posting it (never put in a link). Then they see its status and
 * hide reason, edit it while it is not answered, or withdraw it. A wrong secret is a form error;
 * a question of a session one does not see stays 404.
 */
@Controller
class OwnQuestionsController {

    private static final String OWN = "/listening/questions/{id}/own";

    private final OwnQuestions own;
    private final ListeningSessions sessions;
    private final MessageSource messages;

    OwnQuestionsController(OwnQuestions own, ListeningSessions sessions, MessageSource messages) {
        this.own = own;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping(OWN)
    String page(CurrentUser user, @PathVariable UUID id, Model model) {
        boolean named = own.authored(user, id);
        return render(user, id, named ? own.look(user, id, null) : null, named, null, "", FormErrors.NONE, model);
    }

    /** Without {@code text}: opens the question with the secret; with it: saves the new text. */
    @PostMapping(OWN)
    String edit(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
            @RequestParam(defaultValue = "") String editToken, Locale locale, Model model, RedirectAttributes redirect) {
        boolean named = own.authored(user, id);
        if (text == null) {
            try {
                return render(user, id, own.look(user, id, editToken), named, null, editToken, FormErrors.NONE, model);
            } catch (ErrorResponseException problem) {
                return render(user, id, null, named, null, editToken, wrongSecret(problem, locale), model);
            }
        }
        try {
            own.edit(user, id, editToken, text);
        } catch (InvalidInput invalid) {
            return render(user, id, own.question(user, id, editToken), named, text, editToken,
                    FormErrors.of(invalid, messages, locale), model);
        } catch (ErrorResponseException problem) {
            if (problem.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
                return render(user, id, own.question(user, id, editToken), named, text, editToken, FormErrors.form("text",
                        messages.getMessage("listening.qsecret.notEditable", null, locale)), model);
            }
            return render(user, id, null, named, null, editToken, wrongSecret(problem, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.qsecret.edited", null, locale));
        return "redirect:" + ListeningRoutes.session(sessions.sessionOf(user, id)) + "#questions";
    }

    @PostMapping("/listening/questions/{id}/withdraw")
    String withdraw(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String editToken,
            Locale locale, Model model, RedirectAttributes redirect) {
        boolean named = own.authored(user, id);
        try {
            own.withdraw(user, id, editToken);
        } catch (ErrorResponseException problem) {
            if (problem.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
                return render(user, id, own.question(user, id, editToken), named, null, editToken, FormErrors.form(
                        "editToken", messages.getMessage("listening.qsecret.alreadyWithdrawn", null, locale)), model);
            }
            return render(user, id, null, named, null, editToken, wrongSecret(problem, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.qsecret.withdrawn", null, locale));
        return "redirect:" + ListeningRoutes.session(sessions.sessionOf(user, id)) + "#questions";
    }

    private String render(CurrentUser user, UUID id, @Nullable OwnQuestion question, boolean named,
            @Nullable String text, String editToken, FormErrors errors, Model model) {
        model.addAttribute("questionId", id);
        model.addAttribute("sessionId", sessions.sessionOf(user, id));
        model.addAttribute("question", question);
        model.addAttribute("named", named);
        model.addAttribute("text", text != null ? text : question == null ? "" : question.text());
        model.addAttribute("editToken", editToken);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", user.zone());
        return "listening/question-own";
    }

    /** The question is seen (else 404 already), so a 404 here is a wrong or missing secret: a form error. */
    private FormErrors wrongSecret(ErrorResponseException problem, Locale locale) {
        if (problem.getStatusCode().value() != HttpStatus.NOT_FOUND.value()) {
            throw problem;
        }
        return FormErrors.form("editToken", messages.getMessage("listening.qsecret.wrongSecret", null, locale));
    }
}

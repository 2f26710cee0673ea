package org.shelfcare.programs.web;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.programs.FeedbackStatus;
import org.shelfcare.programs.FeedbackSummary;
import org.shelfcare.programs.ProgramView;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.SessionFeedback;
import org.shelfcare.programs.SessionView;
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
 * The feedback page of a session: the short anonymous form for those who took part, once the
 * session has ended, and the results for those who manage the program, within the anonymity rules.
 */
@Controller
class FeedbackController {

    static final String FEEDBACK = ProgramRoutes.SESSION + "/feedback";

    private final SessionFeedback feedback;
    private final ProgramsManagement programs;
    private final MessageSource messages;

    FeedbackController(SessionFeedback feedback, ProgramsManagement programs, MessageSource messages) {
        this.feedback = feedback;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping(FEEDBACK)
    String page(CurrentUser user, @PathVariable UUID id, Model model) {
        return render(user, id, null, "", FormErrors.NONE, model);
    }

    @PostMapping(FEEDBACK)
    String give(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer rating,
            @RequestParam(defaultValue = "") String comment, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            feedback.give(user, id, rating, comment);
        } catch (InvalidInput invalid) {
            return render(user, id, rating, comment, FormErrors.of(invalid, messages, locale), model);
        } catch (ErrorResponseException problem) {
            if (problem.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw problem;
            }
            return "redirect:" + ProgramRoutes.session(id) + "/feedback";
        }
        Flash.notice(redirect, messages.getMessage("programs.feedback.thanks", null, locale));
        return "redirect:" + ProgramRoutes.session(id) + "/feedback";
    }

    private String render(CurrentUser user, UUID id, @Nullable Integer rating, String comment, FormErrors errors,
            Model model) {
        SessionView session = feedback.session(user, id);
        ProgramView program = programs.program(user, session.programId());
        FeedbackStatus status = feedback.status(user, id);
        FeedbackSummary summary = program.manages() ? feedback.summary(user, id) : null;
        model.addAttribute("program", program);
        model.addAttribute("session", session);
        model.addAttribute("status", status);
        model.addAttribute("summary", summary);
        model.addAttribute("rating", rating);
        model.addAttribute("comment", comment);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", user.zone());
        return "programs/feedback";
    }
}

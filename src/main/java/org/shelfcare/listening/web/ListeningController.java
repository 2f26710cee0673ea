package org.shelfcare.listening.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.ListeningSession;
import org.shelfcare.listening.ListeningSessions;
import org.shelfcare.listening.Question;
import org.shelfcare.listening.QuestionPosted;
import org.shelfcare.listening.QuestionStatus;
import org.shelfcare.listening.QuestionTrails;
import org.shelfcare.listening.SessionNotes;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Listening pages: the sessions the person sees, joining by code, holding a new session, and a
 * session's page with its questions (asking, voting, re-ranked live by {@code /js/listening.js}).
 */
@Controller
class ListeningController {

    /** The questions the presenter view shows. */
    static final int PRESENTED = 10;

    private final ListeningSessions sessions;
    private final MessageSource messages;
    private final SessionNotes notes;
    private final QuestionTrails trails;

    ListeningController(ListeningSessions sessions, MessageSource messages, SessionNotes notes,
            QuestionTrails trails) {
        this.sessions = sessions;
        this.messages = messages;
        this.notes = notes;
        this.trails = trails;
    }

    @GetMapping(ListeningRoutes.HOME)
    String home(CurrentUser user, Model model) {
        model.addAttribute("sessions", sessions.sessions(user));
        model.addAttribute("mayHost", ListeningSessions.mayHost(user));
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("zone", user.zone());
        return "listening/home";
    }

    @GetMapping(ListeningRoutes.JOIN)
    String joinForm(@RequestParam(defaultValue = "") String code, Model model) {
        return renderJoin(code.length() > 20 ? "" : code, FormErrors.NONE, model);
    }

    @PostMapping(ListeningRoutes.JOIN)
    String join(CurrentUser user, @RequestParam(defaultValue = "") String code, Locale locale, Model model) {
        try {
            return "redirect:" + ListeningRoutes.session(sessions.join(user, code));
        } catch (InvalidInput invalid) {
            return renderJoin(code, FormErrors.of(invalid, messages, locale), model);
        }
    }

    @GetMapping(ListeningRoutes.NEW)
    String newForm(CurrentUser user, Model model) {
        requireHost(user);
        return renderNew(user, new SessionForm(), FormErrors.NONE, model);
    }

    @PostMapping(ListeningRoutes.SESSIONS)
    String create(CurrentUser user, @ModelAttribute("form") SessionForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        requireHost(user);
        ListeningSessions.Created created;
        try {
            created = sessions.create(user, form.draft());
        } catch (InvalidInput invalid) {
            return renderNew(user, form, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.session.created", new Object[] {created.joinCode()}, locale));
        return "redirect:" + ListeningRoutes.session(created.id());
    }

    @GetMapping(ListeningRoutes.SESSION)
    String session(CurrentUser user, @PathVariable UUID id, Model model) {
        return renderSession(user, id, "", true, FormErrors.NONE, model);
    }

    /** The presenter view for the projector: large type, the top visible questions, re-ranked live. */
    @GetMapping(ListeningRoutes.SESSION + "/present")
    String present(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("session", sessions.session(user, id));
        List<Question> visible = sessions.questions(user, id).stream()
                .filter(q -> q.status() == QuestionStatus.VISIBLE).toList();
        model.addAttribute("questions", visible.stream().limit(PRESENTED).toList());
        model.addAttribute("pinned", pinned(user, id, visible));
        return "listening/present";
    }

    @PostMapping(ListeningRoutes.SESSION + "/questions")
    String ask(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean anonymous, Locale locale, Model model,
            RedirectAttributes redirect) {
        QuestionPosted posted;
        try {
            posted = sessions.post(user, id, text, anonymous);
        } catch (InvalidInput invalid) {
            return renderSession(user, id, text, anonymous, FormErrors.of(invalid, messages, locale), model);
        } catch (ErrorResponseException refused) {
            if (refused.getStatusCode().value() != HttpStatus.TOO_MANY_REQUESTS.value()) {
                throw refused;
            }
            return renderSession(user, id, text, anonymous, FormErrors.form("text", messages.getMessage(
                    refused.getDetailMessageCode(), refused.getDetailMessageArguments(), locale)), model);
        }
        if (posted.editToken() != null) {
            // the asker's one look at their edit secret
            model.addAttribute("posted", posted);
            model.addAttribute("sessionId", id);
            return "listening/question-posted";
        }
        Flash.notice(redirect, messages.getMessage(anonymous ? "listening.question.postedAnonymously"
                : "listening.question.posted", null, locale));
        return "redirect:" + ListeningRoutes.session(id) + "#questions";
    }

    @PostMapping("/listening/questions/{questionId}/vote")
    String vote(CurrentUser user, @PathVariable UUID questionId) {
        UUID session = sessions.sessionOf(user, questionId);
        sessions.toggle(user, questionId);
        return "redirect:" + ListeningRoutes.session(session) + "#question-" + questionId;
    }

    @PostMapping("/listening/questions/{questionId}/approve")
    String approve(CurrentUser user, @PathVariable UUID questionId, Locale locale, RedirectAttributes redirect) {
        UUID session = sessions.sessionOf(user, questionId);
        sessions.approve(user, questionId);
        Flash.notice(redirect, messages.getMessage("listening.moderation.approved", null, locale));
        return "redirect:" + ListeningRoutes.session(session) + "#question-" + questionId;
    }

    @PostMapping("/listening/questions/{questionId}/hide")
    String hide(CurrentUser user, @PathVariable UUID questionId, @RequestParam(defaultValue = "") String reason,
            Locale locale, Model model, RedirectAttributes redirect) {
        UUID session = sessions.sessionOf(user, questionId);
        try {
            sessions.hide(user, questionId, reason);
        } catch (InvalidInput invalid) {
            return renderSession(user, session, "", true, FormErrors.form("reason-" + questionId,
                    messages.getMessage("listening.hide.reasonRequired", null, locale)), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.moderation.hidden", null, locale));
        return "redirect:" + ListeningRoutes.session(session) + "#question-" + questionId;
    }

    @PostMapping("/listening/questions/{questionId}/answer")
    String answer(CurrentUser user, @PathVariable UUID questionId, @RequestParam(defaultValue = "") String answer,
            Locale locale, Model model, RedirectAttributes redirect) {
        UUID session = sessions.sessionOf(user, questionId);
        try {
            sessions.answer(user, questionId, answer);
        } catch (InvalidInput invalid) {
            InvalidInput.FieldError error = invalid.errors().get(0);
            model.addAttribute("answerTyped", Map.of(questionId, answer));
            return renderSession(user, session, "", true, FormErrors.form("answer-" + questionId,
                    messages.getMessage(error.messageCode(), error.args(), locale)), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.moderation.answered", null, locale));
        return "redirect:" + ListeningRoutes.session(session) + "#question-" + questionId;
    }

    @PostMapping("/listening/questions/{questionId}/merge")
    String merge(CurrentUser user, @PathVariable UUID questionId, @RequestParam(required = false) @Nullable UUID into,
            Locale locale, Model model, RedirectAttributes redirect) {
        UUID session = sessions.sessionOf(user, questionId);
        try {
            sessions.merge(user, questionId, into);
        } catch (InvalidInput invalid) {
            InvalidInput.FieldError error = invalid.errors().get(0);
            return renderSession(user, session, "", true, FormErrors.form("into-" + questionId,
                    messages.getMessage(error.messageCode(), error.args(), locale)), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.merge.done", null, locale));
        return "redirect:" + ListeningRoutes.session(session) + "#question-" + into;
    }

    @PostMapping("/listening/questions/{questionId}/unmerge")
    String unmerge(CurrentUser user, @PathVariable UUID questionId, Locale locale, RedirectAttributes redirect) {
        UUID session = sessions.sessionOf(user, questionId);
        sessions.unmerge(user, questionId);
        Flash.notice(redirect, messages.getMessage("listening.merge.undone", null, locale));
        return "redirect:" + ListeningRoutes.session(session) + "#question-" + questionId;
    }

    @PostMapping(ListeningRoutes.SESSION + "/pin")
    String pin(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID questionId,
            Locale locale, Model model, RedirectAttributes redirect) {
        try {
            sessions.pin(user, id, questionId);
        } catch (InvalidInput invalid) {
            InvalidInput.FieldError error = invalid.errors().get(0);
            return renderSession(user, id, "", true, FormErrors.form("pin",
                    messages.getMessage(error.messageCode(), error.args(), locale)), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.pin.done", null, locale));
        return "redirect:" + ListeningRoutes.session(id) + "#pinned";
    }

    @PostMapping(ListeningRoutes.SESSION + "/unpin")
    String unpin(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        sessions.unpin(user, id);
        Flash.notice(redirect, messages.getMessage("listening.pin.undone", null, locale));
        return "redirect:" + ListeningRoutes.session(id);
    }

    @PostMapping(ListeningRoutes.SESSION + "/close")
    String close(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        sessions.close(user, id);
        Flash.notice(redirect, messages.getMessage("listening.session.closedNotice", null, locale));
        return "redirect:" + ListeningRoutes.session(id);
    }

    /** The pinned question among those shown, or null. */
    private org.shelfcare.listening.@Nullable Question pinned(CurrentUser user, UUID id,
            List<Question> questions) {
        UUID pinned = sessions.pinned(user, id).orElse(null);
        return questions.stream().filter(q -> q.id().equals(pinned)).findFirst().orElse(null);
    }

    private static void requireHost(CurrentUser user) {
        if (!ListeningSessions.mayHost(user)) {
            throw Problems.forbidden();
        }
    }

    private String renderJoin(String code, FormErrors errors, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("errors", errors);
        return "listening/join";
    }

    private String renderNew(CurrentUser user, SessionForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("audiences", sessions.audiences(user));
        model.addAttribute("zone", user.zone());
        return "listening/new";
    }

    private String renderSession(CurrentUser user, UUID id, String text, boolean anonymous, FormErrors errors,
            Model model) {
        ListeningSession session = sessions.session(user, id);
        int k = sessions.threshold(user);
        int audience = sessions.audienceSize(user, id);
        List<Question> questions = sessions.questions(user, id);
        model.addAttribute("session", session);
        model.addAttribute("questions", questions);
        model.addAttribute("pinned", pinned(user, id, questions));
        model.addAttribute("hidden", sessions.hiddenCounts(user, id));
        // what became of each question: its theme, the actions it led to, news for the viewer
        model.addAttribute("trails", trails.trails(user, id, questions));
        model.addAttribute("groups", QuestionTrails.manages(user));
        model.addAttribute("themes", QuestionTrails.manages(user) ? trails.themes(user)
                : List.of());
        if (!model.containsAttribute("answerTyped")) {
            model.addAttribute("answerTyped", Map.of());
        }
        model.addAttribute("anonymousAllowed", audience >= k);
        model.addAttribute("threshold", k);
        model.addAttribute("text", text);
        model.addAttribute("anonymous", anonymous && audience >= k);
        model.addAttribute("errors", errors);
        model.addAttribute("notes", notes.notes(user, id).orElse(null));
        model.addAttribute("mayPublishNotes", notes.mayPublish(user, session));
        model.addAttribute("zone", user.zone());
        return "listening/session";
    }
}

package org.shelfcare.safety.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.safety.Incident;
import org.shelfcare.safety.IncidentReview;
import org.shelfcare.safety.IncidentReviews;
import org.shelfcare.safety.LeaderMessages;
import org.shelfcare.safety.Playbook;
import org.shelfcare.safety.Playbooks;
import org.shelfcare.safety.SafetyManagement;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
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
 * Playbooks (everyone reads them; safety leads and admins keep them), ticking a step off on an
 * incident's record, the operational review of an incident and the leaders' message to staff.
 */
@Controller
class PlaybooksController {

    private final Playbooks playbooks;
    private final IncidentReviews reviews;
    private final LeaderMessages leaderMessages;
    private final SafetyManagement safety;
    private final MessageSource messages;

    PlaybooksController(Playbooks playbooks, IncidentReviews reviews, LeaderMessages leaderMessages,
            SafetyManagement safety, MessageSource messages) {
        this.playbooks = playbooks;
        this.reviews = reviews;
        this.leaderMessages = leaderMessages;
        this.safety = safety;
        this.messages = messages;
    }

    // ---- the playbooks -----------------------------------------------------------------------------

    @GetMapping(PlaybookRoutes.PLAYBOOKS)
    String list(CurrentUser user, Model model) {
        model.addAttribute("playbooks", playbooks.all(user));
        model.addAttribute("mayEdit", Playbooks.mayEdit(user));
        return "safety/playbooks";
    }

    @GetMapping(PlaybookRoutes.PLAYBOOK)
    String edit(CurrentUser user, @PathVariable String code, Model model) {
        requireEditor(user);
        Playbook playbook = playbooks.playbook(user, code);
        return form(playbook, PlaybookForm.of(playbook), FormErrors.NONE, model);
    }

    @PostMapping(PlaybookRoutes.PLAYBOOK)
    String change(CurrentUser user, @PathVariable String code, @RequestParam(defaultValue = "save") String action,
            HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        requireEditor(user);
        Playbook playbook = playbooks.playbook(user, code);
        PlaybookForm form = PlaybookForm.of(request);
        if ("resetConfirmed".equals(action)) {
            playbooks.reset(user, code);
            Flash.notice(redirect, messages.getMessage("safety.playbook.resetDone", new Object[] {playbook.typeLabel()},
                    locale));
            return "redirect:" + PlaybookRoutes.PLAYBOOKS + "#playbook-" + code;
        }
        PlaybookForm changed = form.apply(action);
        if (changed != null) {
            return form(playbook, changed, FormErrors.NONE, model);
        }
        try {
            playbooks.save(user, code, form.source(), form.steps());
        } catch (InvalidInput invalid) {
            return form(playbook, form, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("safety.playbook.saved", new Object[] {playbook.typeLabel()}, locale));
        return "redirect:" + PlaybookRoutes.PLAYBOOKS + "#playbook-" + code;
    }

    private String form(Playbook playbook, PlaybookForm form, FormErrors errors, Model model) {
        model.addAttribute("playbook", playbook);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "safety/playbook";
    }

    private static void requireEditor(CurrentUser user) {
        if (!Playbooks.mayEdit(user)) {
            throw Problems.forbidden();
        }
    }

    // ---- during an incident ------------------------------------------------------------------------

    @PostMapping(PlaybookRoutes.TICK)
    String tick(CurrentUser user, @PathVariable UUID id, @PathVariable String stepId,
            @RequestParam(defaultValue = "true") boolean done, Locale locale, RedirectAttributes redirect) {
        playbooks.tick(user, id, stepId, done);
        Flash.notice(redirect, messages.getMessage(done ? "safety.playbook.ticked" : "safety.playbook.unticked", null,
                locale));
        return "redirect:" + SafetyRoutes.incident(id) + "#playbook";
    }

    // ---- the operational review --------------------------------------------------------------------

    @GetMapping(PlaybookRoutes.REVIEW)
    String review(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
        Incident incident = reviewable(user, id);
        IncidentReview review = reviews.of(user, incident).orElse(null);
        return reviewForm(user, incident, review == null ? "" : local(review, user),
                review == null || review.findings() == null ? "" : review.findings(),
                review == null || review.changes() == null ? "" : review.changes(), FormErrors.NONE, model, response);
    }

    @PostMapping(PlaybookRoutes.REVIEW)
    String saveReview(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String scheduledAt,
            @RequestParam(defaultValue = "") String findings, @RequestParam(defaultValue = "") String changes,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Incident incident = reviewable(user, id);
        try {
            reviews.schedule(user, id, parse(scheduledAt, user), findings, changes);
        } catch (InvalidInput invalid) {
            return reviewForm(user, incident, scheduledAt, findings, changes, FormErrors.of(invalid, messages, locale),
                    model, response);
        }
        Flash.notice(redirect, messages.getMessage("safety.review.saved", null, locale));
        return "redirect:" + SafetyRoutes.incident(id) + "#review";
    }

    private Incident reviewable(CurrentUser user, UUID id) {
        Incident incident = safety.incident(user, id);
        if (!IncidentReviews.mayEdit(user)) {
            throw Problems.forbidden();
        }
        if (incident.draft()) {
            throw Problems.notFound();
        }
        return incident;
    }

    private String reviewForm(CurrentUser user, Incident incident, String scheduledAt, String findings, String changes,
            FormErrors errors, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("incident", incident);
        model.addAttribute("scheduledAt", scheduledAt);
        model.addAttribute("findings", findings);
        model.addAttribute("changes", changes);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", user.zone());
        return "safety/review";
    }

    private static String local(IncidentReview review, CurrentUser user) {
        return LocalDateTime.ofInstant(review.scheduledAt(), user.zone()).withSecond(0).withNano(0).toString();
    }

    /** A {@code datetime-local} value in the person's zone; empty or malformed is no time (the service says so). */
    private static java.time.@Nullable Instant parse(String value, CurrentUser user) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(user.zone()).toInstant();
        } catch (DateTimeParseException bad) {
            throw Problems.invalid("scheduledAt", "safety.review.whenFormat");
        }
    }

    // ---- the leaders' message ----------------------------------------------------------------------

    @GetMapping(PlaybookRoutes.MESSAGE)
    String message(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String lang,
            Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        String text = leaderMessages.message(user, id, lang);
        model.addAttribute("incidentId", id);
        model.addAttribute("language", LeaderMessages.language(user, lang).getLanguage());
        model.addAttribute("text", text);
        return "safety/message";
    }
}

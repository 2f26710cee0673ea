package org.shelfcare.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.programs.ProgramView;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.SessionChange;
import org.shelfcare.programs.SessionPlan;
import org.shelfcare.programs.SessionView;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a program after the fact, for those who manage it: moving or changing one session, and
 * deleting the program (after a confirmation page) with an undo from the programs page.
 */
@Controller
class ProgramChangesController {

    private final ProgramsManagement programs;
    private final MessageSource messages;

    ProgramChangesController(ProgramsManagement programs, MessageSource messages) {
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping(ProgramRoutes.SESSION + "/edit")
    String changeForm(CurrentUser user, @PathVariable UUID id, Model model) {
        SessionView session = managedSession(user, id, model);
        if (session.cancelled() || session.past(java.time.Instant.now())) {
            throw Problems.invalid("session", session.cancelled() ? "programs.session.change.cancelled"
                    : "programs.session.change.begun");
        }
        return form(user, session, SessionForm.of(session, user.zone()), FormErrors.NONE, model);
    }

    @PostMapping(ProgramRoutes.SESSION + "/edit")
    String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute("sessionForm") SessionForm form,
            Locale locale, Model model, RedirectAttributes redirect) {
        SessionView session = managedSession(user, id, model);
        try {
            SessionPlan plan = form.plan(user.zone());
            programs.changeSession(user, id, new SessionChange(plan.startsAt(), plan.endsAt(), plan.capacity(),
                    plan.dropIn(), plan.room(), plan.onlineLink()));
        } catch (InvalidInput invalid) {
            List<InvalidInput.FieldError> renamed = new ArrayList<>();
            for (InvalidInput.FieldError error : invalid.errors()) {
                renamed.add(new InvalidInput.FieldError(SessionForm.FIELDS.getOrDefault(error.field(), error.field()),
                        error.messageCode(), error.args()));
            }
            return form(user, session, form, FormErrors.of(new InvalidInput(renamed), messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("programs.session.changed", null, locale));
        return "redirect:" + ProgramRoutes.program(session.programId()) + "#session-" + id;
    }

    private SessionView managedSession(CurrentUser user, UUID id, Model model) {
        UUID programId = programs.programOf(user, id);
        ProgramView program = programs.program(user, programId);
        if (!program.manages()) {
            throw Problems.forbidden();
        }
        model.addAttribute("program", program);
        return programs.sessions(user, programId).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(Problems::notFound);
    }

    private String form(CurrentUser user, SessionView session, SessionForm form, FormErrors errors, Model model) {
        model.addAttribute("session", session);
        model.addAttribute("sessionForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", user.zone());
        return "programs/session-edit";
    }

    @GetMapping(ProgramRoutes.PROGRAM + "/delete")
    String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
        ProgramsManagement.Deletion deletion = programs.deletion(user, id);
        model.addAttribute("program", programs.program(user, id));
        model.addAttribute("deletion", deletion);
        return "programs/delete";
    }

    @PostMapping(ProgramRoutes.PROGRAM + "/delete")
    String delete(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        String title = programs.program(user, id).title();
        programs.deleteProgram(user, id);
        Flash.notice(redirect, messages.getMessage("programs.deleted", new Object[] {title}, locale));
        return "redirect:" + ProgramRoutes.HOME + "#recently-deleted";
    }

    @PostMapping(ProgramRoutes.PROGRAM + "/restore")
    String restore(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        programs.restoreProgram(user, id);
        Flash.notice(redirect, messages.getMessage("programs.restored", null, locale));
        return "redirect:" + ProgramRoutes.program(id);
    }
}

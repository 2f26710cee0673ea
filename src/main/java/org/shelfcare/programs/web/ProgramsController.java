package org.shelfcare.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonStatus;
import org.shelfcare.programs.ProgramAudience;
import org.shelfcare.programs.ProgramCategory;
import org.shelfcare.programs.ProgramView;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.Recurrence;
import org.shelfcare.programs.RegistrationStatus;
import org.shelfcare.programs.SessionView;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
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
 * The staff pages: upcoming programs, a program with its sessions (register with one click, add
 * sessions, cancel one), and the program form for those who create and manage programs.
 */
@Controller
class ProgramsController {

    private final ProgramsManagement programs;
    private final DirectoryManagement directory;
    private final MessageSource messages;
    private final org.shelfcare.programs.Attendance attendance;

    ProgramsController(ProgramsManagement programs, DirectoryManagement directory, MessageSource messages,
            org.shelfcare.programs.Attendance attendance) {
        this.attendance = attendance;
        this.programs = programs;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping(ProgramRoutes.HOME)
    String home(CurrentUser user, Model model) {
        List<ProgramView> all = programs.programs(user);
        model.addAttribute("upcoming", all.stream().filter(p -> p.nextSession() != null && !p.draft()).toList());
        model.addAttribute("others", all.stream().filter(p -> p.nextSession() == null || p.draft()).toList());
        model.addAttribute("creates", ProgramsManagement.createsPrograms(user));
        model.addAttribute("zone", user.zone());
        model.addAttribute("settings", user.isAdmin());
        model.addAttribute("deleted", programs.recentlyDeleted(user));
        return "programs/home";
    }

    @GetMapping(ProgramRoutes.NEW)
    String newProgram(CurrentUser user, Model model) {
        if (!ProgramsManagement.createsPrograms(user)) {
            throw org.shelfcare.web.Problems.forbidden();
        }
        return form(user, null, true, ProgramForm.EMPTY, FormErrors.NONE, model);
    }

    @PostMapping(ProgramRoutes.HOME)
    String create(CurrentUser user, @ModelAttribute("form") ProgramForm form,
            @RequestParam(defaultValue = "publish") String action, Locale locale, Model model,
            RedirectAttributes redirect) {
        if (!ProgramsManagement.createsPrograms(user)) {
            throw org.shelfcare.web.Problems.forbidden();
        }
        UUID id;
        try {
            id = programs.create(user, form.draft("draft".equals(action)));
        } catch (InvalidInput invalid) {
            return form(user, null, true, form, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("draft".equals(action) ? "programs.savedDraft" : "programs.published",
                null, locale));
        return "redirect:" + ProgramRoutes.program(id);
    }

    @GetMapping(ProgramRoutes.PROGRAM + "/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        ProgramView program = programs.program(user, id);
        return form(user, id, program.delegates(), ProgramForm.of(programs.draft(user, id)), FormErrors.NONE, model);
    }

    @PostMapping(ProgramRoutes.PROGRAM)
    String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") ProgramForm form,
            @RequestParam(defaultValue = "publish") String action, Locale locale, Model model,
            RedirectAttributes redirect) {
        ProgramView program = programs.program(user, id);
        try {
            programs.update(user, id, form.draft("draft".equals(action)));
        } catch (InvalidInput invalid) {
            return form(user, id, program.delegates(), form, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("programs.saved", null, locale));
        return "redirect:" + ProgramRoutes.program(id);
    }

    private String form(CurrentUser user, @Nullable UUID id, boolean delegates, ProgramForm form, FormErrors errors,
            Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("delegates", delegates);
        model.addAttribute("team", !user.isAdmin() && !user.has(org.shelfcare.directory.Role.WELLNESS_LEAD));
        model.addAttribute("categories", ProgramCategory.values());
        model.addAttribute("audiences", ProgramAudience.values());
        model.addAttribute("branches", directory.branches(user.organizationId()));
        model.addAttribute("people", directory.people(user).stream()
                .filter(p -> p.status() == null || p.status() == PersonStatus.ACTIVE).toList());
        return "programs/form";
    }

    @GetMapping(ProgramRoutes.PROGRAM)
    String program(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, SessionForm.EMPTY, FormErrors.NONE, model);
    }

    private String page(CurrentUser user, UUID id, SessionForm sessionForm, FormErrors errors, Model model) {
        ProgramView program = programs.program(user, id);
        List<SessionView> sessions = programs.sessions(user, id);
        java.time.Instant now = java.time.Instant.now();
        model.addAttribute("program", program);
        model.addAttribute("upcoming", sessions.stream().filter(s -> !s.past(now)).toList());
        model.addAttribute("past", sessions.stream().filter(s -> s.past(now)).toList());
        model.addAttribute("sessionForm", sessionForm);
        model.addAttribute("errors", errors);
        model.addAttribute("frequencies", Recurrence.Frequency.values());
        model.addAttribute("maxSessions", Recurrence.MAX_SESSIONS);
        model.addAttribute("zone", user.zone());
        model.addAttribute("now", now);
        model.addAttribute("present", attendance.present(user, id));
        return "programs/program";
    }

    @PostMapping(ProgramRoutes.PROGRAM + "/sessions")
    String addSessions(CurrentUser user, @PathVariable UUID id, @ModelAttribute("sessionForm") SessionForm form,
            Locale locale, Model model, RedirectAttributes redirect) {
        int added;
        try {
            added = programs.addSessions(user, id, form.plan(user.zone())).size();
        } catch (InvalidInput invalid) {
            List<InvalidInput.FieldError> renamed = new ArrayList<>();
            for (InvalidInput.FieldError error : invalid.errors()) {
                renamed.add(new InvalidInput.FieldError(SessionForm.FIELDS.getOrDefault(error.field(), error.field()),
                        error.messageCode(), error.args()));
            }
            return page(user, id, form, FormErrors.of(new InvalidInput(renamed), messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("programs.sessions.added", new Object[] {added}, locale));
        return "redirect:" + ProgramRoutes.program(id) + "#sessions";
    }

    @PostMapping(ProgramRoutes.SESSION + "/register")
    String register(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        UUID program = programs.programOf(user, id);
        RegistrationStatus status = programs.register(user, id);
        Flash.notice(redirect, messages.getMessage(status == RegistrationStatus.CONFIRMED ? "programs.registered"
                : "programs.waitlisted", null, locale));
        return "redirect:" + ProgramRoutes.program(program) + "#session-" + id;
    }

    @PostMapping(ProgramRoutes.SESSION + "/unregister")
    String unregister(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        UUID program = programs.programOf(user, id);
        programs.cancelRegistration(user, id);
        Flash.notice(redirect, messages.getMessage("programs.unregistered", null, locale));
        return "redirect:" + ProgramRoutes.program(program) + "#session-" + id;
    }

    @GetMapping(ProgramRoutes.SESSION + "/registrations")
    String registrations(CurrentUser user, @PathVariable UUID id, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        UUID programId = programs.programOf(user, id);
        List<ProgramsManagement.Registrant> registrants = programs.registrants(user, id);
        SessionView session = programs.sessions(user, programId).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(org.shelfcare.web.Problems::notFound);
        // names and emails of patrons: not kept by the browser
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("program", programs.program(user, programId));
        model.addAttribute("session", session);
        model.addAttribute("registrants", registrants);
        model.addAttribute("zone", user.zone());
        return "programs/registrations";
    }

    @GetMapping(ProgramRoutes.SESSION + "/cancel")
    String confirmCancel(CurrentUser user, @PathVariable UUID id, Model model) {
        UUID programId = programs.programOf(user, id);
        ProgramView program = programs.program(user, programId);
        if (!program.manages()) {
            throw org.shelfcare.web.Problems.forbidden();
        }
        SessionView session = programs.sessions(user, programId).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(org.shelfcare.web.Problems::notFound);
        model.addAttribute("program", program);
        model.addAttribute("session", session);
        model.addAttribute("zone", user.zone());
        return "programs/cancel";
    }

    @PostMapping(ProgramRoutes.SESSION + "/cancel")
    String cancel(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        UUID program = programs.programOf(user, id);
        programs.cancelSession(user, id);
        Flash.notice(redirect, messages.getMessage("programs.session.cancelled", null, locale));
        return "redirect:" + ProgramRoutes.program(program) + "#sessions";
    }
}

package org.shelfcare.safety.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.resources.ResourcesManagement;
import org.shelfcare.safety.Incident;
import org.shelfcare.safety.IncidentAction;
import org.shelfcare.safety.IncidentStatus;
import org.shelfcare.safety.IncidentSummary;
import org.shelfcare.safety.IncidentReviews;
import org.shelfcare.safety.IncidentTypes;
import org.shelfcare.safety.Playbooks;
import org.shelfcare.safety.SafetyManagement;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.Htmx;
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
 * The safety home (report an incident; the reports the person may read; the care list for care
 * contacts), the report form with its drafts, the factual record with its supplemental notes,
 * "Get help now" right after reporting, and the care track.
 */
@Controller
class IncidentsController {

    private final SafetyManagement safety;
    private final IncidentTypes types;
    private final DirectoryManagement directory;
    private final ResourcesManagement resources;
    private final MessageSource messages;
    private final org.shelfcare.safety.CareFollowUps followUps;
    private final Playbooks playbooks;
    private final IncidentReviews reviews;

    IncidentsController(SafetyManagement safety, IncidentTypes types, DirectoryManagement directory,
            ResourcesManagement resources, MessageSource messages, org.shelfcare.safety.CareFollowUps followUps,
            Playbooks playbooks, IncidentReviews reviews) {
        this.playbooks = playbooks;
        this.reviews = reviews;
        this.safety = safety;
        this.types = types;
        this.directory = directory;
        this.resources = resources;
        this.messages = messages;
        this.followUps = followUps;
    }

    @GetMapping(SafetyRoutes.HOME)
    String home(CurrentUser user, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        List<IncidentSummary> list = safety.incidents(user);
        model.addAttribute("drafts", list.stream().filter(i -> i.status() == IncidentStatus.DRAFT).toList());
        model.addAttribute("reports", list.stream().filter(i -> i.status() == IncidentStatus.SUBMITTED).toList());
        model.addAttribute("readsAll", SafetyManagement.readsAll(user));
        model.addAttribute("careList", SafetyManagement.caresFor(user) ? safety.careList(user) : List.of());
        model.addAttribute("caresFor", SafetyManagement.caresFor(user));
        model.addAttribute("managesTypes", IncidentTypes.manages(user));
        model.addAttribute("zone", user.zone());
        model.addAttribute("pendingFollowUps", followUps.pending(user).size());
        return "safety/home";
    }

    @GetMapping(SafetyRoutes.NEW)
    String newReport(CurrentUser user, Model model) {
        return form(user, null, IncidentForm.EMPTY, FormErrors.NONE, model);
    }

    @PostMapping(SafetyRoutes.INCIDENTS)
    String report(CurrentUser user, @ModelAttribute("form") IncidentForm form,
            @RequestParam(defaultValue = "submit") String action, Locale locale, Model model,
            RedirectAttributes redirect) {
        boolean submit = !"draft".equals(action);
        UUID id;
        try {
            id = safety.report(user, form.draft(user.zone()), submit);
        } catch (InvalidInput invalid) {
            return form(user, null, form, FormErrors.of(invalid, messages, locale), model);
        }
        return saved(id, submit, locale, redirect);
    }

    @GetMapping(SafetyRoutes.INCIDENT + "/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        return form(user, id, IncidentForm.of(safety.draft(user, id), user.zone()), FormErrors.NONE, model);
    }

    @PostMapping(SafetyRoutes.INCIDENT)
    String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") IncidentForm form,
            @RequestParam(defaultValue = "submit") String action, Locale locale, Model model,
            RedirectAttributes redirect) {
        boolean submit = !"draft".equals(action);
        try {
            safety.update(user, id, form.draft(user.zone()), submit);
        } catch (InvalidInput invalid) {
            return form(user, id, form, FormErrors.of(invalid, messages, locale), model);
        }
        return saved(id, submit, locale, redirect);
    }

    private String saved(UUID id, boolean submit, Locale locale, RedirectAttributes redirect) {
        if (submit) {
            return "redirect:" + SafetyRoutes.reported(id);
        }
        Flash.notice(redirect, messages.getMessage("safety.incident.draftSaved", null, locale));
        return "redirect:" + SafetyRoutes.HOME;
    }

    private String form(CurrentUser user, java.util.@org.jspecify.annotations.Nullable UUID id, IncidentForm form,
            FormErrors errors, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", types.active(user.organizationId(), user.locale()));
        model.addAttribute("branches", directory.branches(user.organizationId()));
        model.addAttribute("people", directory.people(user).stream()
                .filter(p -> p.status() == null || p.status() == org.shelfcare.directory.PersonStatus.ACTIVE).toList());
        model.addAttribute("actions", IncidentAction.values());
        model.addAttribute("maxDateTime", java.time.LocalDateTime.now(user.zone()).withSecond(0).withNano(0).toString());
        return "safety/report";
    }

    @GetMapping(SafetyRoutes.INCIDENT + "/reported")
    String reported(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("id", id);
        model.addAttribute("checkInRequested", safety.checkInRequested(user, id));
        model.addAttribute("resources", resources.forPerson(user));
        return "safety/reported";
    }

    @PostMapping(SafetyRoutes.INCIDENT + "/check-in")
    String checkIn(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        safety.requestCheckIn(user, id);
        Flash.notice(redirect, messages.getMessage("safety.checkIn.requested", null, locale));
        return "redirect:" + SafetyRoutes.reported(id);
    }

    @GetMapping(SafetyRoutes.INCIDENT)
    String incident(CurrentUser user, @PathVariable UUID id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String page = record(user, id, FormErrors.NONE, "", model, response);
        // a tick elsewhere: the page redraws only its playbook
        boolean playbookOnly = Htmx.isHtmx(request) && SafetyRoutes.PLAYBOOK_LIVE_ID.equals(request.getHeader("HX-Target"));
        if (playbookOnly && page.equals("safety/incident")) {
            model.addAttribute("mayEdit", model.getAttribute("leads"));
            return "safety/_playbook";
        }
        return page;
    }

    private String record(CurrentUser user, UUID id, FormErrors errors, String noteText, Model model,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Incident incident = safety.incident(user, id);
        if (incident.draft()) {
            return "redirect:" + SafetyRoutes.edit(id);
        }
        model.addAttribute("incident", incident);
        model.addAttribute("errors", errors);
        model.addAttribute("noteText", noteText);
        model.addAttribute("caresFor", SafetyManagement.caresFor(user));
        model.addAttribute("zone", user.zone());
        model.addAttribute("playbook", playbooks.of(user, incident));
        model.addAttribute("review", reviews.of(user, incident).orElse(null));
        model.addAttribute("leads", SafetyManagement.readsAll(user));
        return "safety/incident";
    }

    @PostMapping(SafetyRoutes.INCIDENT + "/notes")
    String addNote(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            safety.addNote(user, id, text);
        } catch (InvalidInput invalid) {
            return record(user, id, FormErrors.of(invalid, messages, locale), text, model, response);
        }
        Flash.notice(redirect, messages.getMessage("safety.note.added", null, locale));
        return "redirect:" + SafetyRoutes.incident(id) + "#notes";
    }

    @GetMapping(SafetyRoutes.INCIDENT + "/care")
    String care(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
        return careTrack(user, id, FormErrors.NONE, "", model, response);
    }

    private String careTrack(CurrentUser user, UUID id, FormErrors errors, String noteText, Model model,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("care", safety.care(user, id));
        model.addAttribute("errors", errors);
        model.addAttribute("noteText", noteText);
        model.addAttribute("readsRecord", SafetyManagement.readsAll(user));
        model.addAttribute("zone", user.zone());
        model.addAttribute("followUps", followUps.ofIncident(user, id));
        model.addAttribute("tasks", followUps.tasksOfIncident(user, id));
        return "safety/care";
    }

    @PostMapping(SafetyRoutes.INCIDENT + "/care/notes")
    String addCareNote(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            safety.addCareNote(user, id, text);
        } catch (InvalidInput invalid) {
            return careTrack(user, id, FormErrors.of(invalid, messages, locale), text, model, response);
        }
        Flash.notice(redirect, messages.getMessage("safety.care.noteAdded", null, locale));
        return "redirect:" + SafetyRoutes.care(id);
    }
}

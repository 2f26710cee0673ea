package org.shelfcare.safety.web;

import static org.shelfcare.safety.web.AlertRoutes.ALERTS;
import static org.shelfcare.safety.web.AlertRoutes.NEW;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.safety.AlertTemplates;
import org.shelfcare.safety.AlertTypes;
import org.shelfcare.safety.AlertResponses;
import org.shelfcare.safety.AlertView;
import org.shelfcare.safety.Alerts;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.Htmx;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
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
 * The alert pages: the list, sending (first the type, then the message from its template), an
 * alert with "I'm safe" / "I need help" for the people alerted and everyone's answers for the people
 * who oversee it (live), and the "all clear".
 */
@Controller
class AlertsController {

    private final Alerts alerts;
    private final AlertResponses responses;
    private final AlertTemplates templates;
    private final DirectoryManagement directory;
    private final MessageSource messages;
    private final AlertTypes alertTypes;

    AlertsController(Alerts alerts, AlertResponses responses, AlertTemplates templates, DirectoryManagement directory,
            MessageSource messages, AlertTypes alertTypes) {
        this.alerts = alerts;
        this.responses = responses;
        this.templates = templates;
        this.directory = directory;
        this.messages = messages;
        this.alertTypes = alertTypes;
    }

    @GetMapping(ALERTS)
    String list(CurrentUser user, Model model) {
        model.addAttribute("alerts", alerts.list(user));
        model.addAttribute("maySend", !alerts.typesFor(user).isEmpty());
        model.addAttribute("overseer", Alerts.isOverseer(user));
        model.addAttribute("admin", user.isAdmin());
        model.addAttribute("zone", user.zone());
        return "safety/alerts/list";
    }

    @GetMapping(NEW)
    String newAlert(CurrentUser user, @RequestParam(required = false) @Nullable String type, Model model) {
        List<String> types = alerts.typesFor(user);
        if (types.isEmpty()) {
            throw Problems.forbidden();
        }
        if (type == null || type.isBlank()) {
            model.addAttribute("types", types);
            model.addAttribute("labels", alertTypes.labels(user.organizationId(), user.locale()));
            return "safety/alerts/choose";
        }
        if (!types.contains(type)) {
            throw alertTypes.known(user.organizationId(), type) ? Problems.forbidden() : Problems.notFound();
        }
        AlertForm form = new AlertForm();
        form.setType(type);
        form.setMessage(templates.template(user, type).message());
        form.setFormToken(UUID.randomUUID().toString());
        return render(user, form, FormErrors.NONE, model);
    }

    @PostMapping(ALERTS)
    String send(CurrentUser user, @ModelAttribute("form") AlertForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        UUID id;
        try {
            id = alerts.send(user, form.draft(), form.getFormToken());
        } catch (InvalidInput invalid) {
            if (!alerts.typesFor(user).contains(form.getType())) {
                return "redirect:" + NEW;
            }
            return render(user, form, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage(form.isDrill() ? "safety.alerts.sentDrill" : "safety.alerts.sent",
                null, locale));
        return "redirect:" + AlertRoutes.alert(id);
    }

    @GetMapping(ALERTS + "/{id}")
    String alert(CurrentUser user, @PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        AlertView alert = alerts.view(user, id);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("alert", alert);
        model.addAttribute("zone", user.zone());
        if (Htmx.isHtmx(request) && alert.overseer()) {
            return "safety/alerts/_answers";
        }
        return "safety/alerts/alert";
    }

    @PostMapping(ALERTS + "/{id}/responses")
    String answer(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String status,
            Locale locale, RedirectAttributes redirect) {
        var answer = responses.answer(user, id, status);
        Flash.notice(redirect, messages.getMessage("safety.alerts.answered." + answer.name(), null, locale));
        return "redirect:" + AlertRoutes.alert(id);
    }

    @GetMapping(ALERTS + "/{id}/all-clear")
    String confirmAllClear(CurrentUser user, @PathVariable UUID id, Model model) {
        AlertView alert = alerts.view(user, id);
        if (!alert.overseer()) {
            throw Problems.forbidden();
        }
        model.addAttribute("alert", alert);
        model.addAttribute("message", templates.template(user, alert.type()).allClear());
        model.addAttribute("errors", FormErrors.NONE);
        return "safety/alerts/all-clear";
    }

    @PostMapping(ALERTS + "/{id}/all-clear")
    String allClear(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String message,
            Locale locale, Model model, RedirectAttributes redirect) {
        try {
            alerts.allClear(user, id, message);
        } catch (InvalidInput invalid) {
            model.addAttribute("alert", alerts.view(user, id));
            model.addAttribute("message", message);
            model.addAttribute("errors", FormErrors.of(invalid, messages, locale));
            return "safety/alerts/all-clear";
        }
        Flash.notice(redirect, messages.getMessage("safety.alerts.cleared", null, locale));
        return "redirect:" + AlertRoutes.alert(id);
    }

    private String render(CurrentUser user, AlertForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("branches", directory.branches(user.organizationId()));
        model.addAttribute("template", templates.template(user, form.getType()));
        return "safety/alerts/new";
    }
}

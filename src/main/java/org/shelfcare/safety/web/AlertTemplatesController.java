package org.shelfcare.safety.web;

import static org.shelfcare.safety.web.AlertRoutes.TEMPLATES;

import java.util.Locale;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.safety.AlertTemplate;
import org.shelfcare.safety.AlertTemplates;
import org.shelfcare.safety.AlertTypes;
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

/** Where safety leads and admins keep the plain-language wording of each type of alert. */
@Controller
class AlertTemplatesController {

    private final AlertTemplates templates;
    private final MessageSource messages;
    private final AlertTypes alertTypes;

    AlertTemplatesController(AlertTemplates templates, MessageSource messages, AlertTypes alertTypes) {
        this.templates = templates;
        this.messages = messages;
        this.alertTypes = alertTypes;
    }

    @GetMapping(TEMPLATES)
    String list(CurrentUser user, Model model) {
        model.addAttribute("templates", templates.all(user));
        return "safety/alerts/templates";
    }

    @GetMapping(TEMPLATES + "/{type}")
    String edit(CurrentUser user, @PathVariable String type, Model model) {
        if (!AlertTemplates.mayEdit(user)) {
            throw alertTypes.known(user.organizationId(), type) ? Problems.forbidden() : Problems.notFound();
        }
        AlertTemplate template = templates.template(user, type);
        return render(template, TemplateForm.of(template), FormErrors.NONE, model);
    }

    @PostMapping(TEMPLATES + "/{type}")
    String save(CurrentUser user, @PathVariable String type, @ModelAttribute("form") TemplateForm form, Locale locale,
            Model model, RedirectAttributes redirect) {
        AlertTemplate saved;
        try {
            saved = templates.save(user, type, form.getHeadline(), form.getMessage(), form.getAllClear());
        } catch (InvalidInput invalid) {
            return render(templates.template(user, type), form, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("safety.alerts.templates.saved", new Object[] {saved.label()},
                locale));
        return "redirect:" + TEMPLATES;
    }

    @PostMapping(TEMPLATES + "/{type}/reset")
    String reset(CurrentUser user, @PathVariable String type, Locale locale, RedirectAttributes redirect) {
        AlertTemplate shipped = templates.reset(user, type);
        Flash.notice(redirect, messages.getMessage("safety.alerts.templates.resetDone", new Object[] {shipped.label()},
                locale));
        return "redirect:" + TEMPLATES;
    }

    private String render(AlertTemplate template, TemplateForm form, FormErrors errors, Model model) {
        model.addAttribute("type", template.type());
        model.addAttribute("label", template.label());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "safety/alerts/template";
    }
}

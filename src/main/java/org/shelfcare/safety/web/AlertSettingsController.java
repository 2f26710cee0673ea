package org.shelfcare.safety.web;

import static org.shelfcare.safety.web.AlertRoutes.SETTINGS;
import static org.shelfcare.safety.web.AlertRoutes.WEBHOOKS;

import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.safety.Alerts;
import org.shelfcare.safety.ChatWebhook;
import org.shelfcare.safety.ChatWebhooks;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The library's alert settings, for admins: whether any staff member may send urgent alerts, and chat webhooks. */
@Controller
class AlertSettingsController {

    private final Alerts alerts;
    private final ChatWebhooks webhooks;
    private final MessageSource messages;

    AlertSettingsController(Alerts alerts, ChatWebhooks webhooks, MessageSource messages) {
        this.alerts = alerts;
        this.webhooks = webhooks;
        this.messages = messages;
    }

    @GetMapping(SETTINGS)
    String settings(CurrentUser admin, Model model) {
        return render(admin, "", "", FormErrors.NONE, model);
    }

    @PostMapping(SETTINGS)
    String save(CurrentUser admin, @RequestParam(defaultValue = "false") boolean staffMayAlert, Locale locale,
            RedirectAttributes redirect) {
        alerts.setStaffMayAlert(admin, staffMayAlert);
        Flash.notice(redirect, messages.getMessage("safety.alerts.settings.saved", null, locale));
        return "redirect:" + SETTINGS;
    }

    @PostMapping(WEBHOOKS)
    String addWebhook(CurrentUser admin, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String url, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            webhooks.add(admin, name, url);
        } catch (InvalidInput invalid) {
            return render(admin, name, url, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("safety.alerts.webhook.added", new Object[] {name.strip()}, locale));
        return "redirect:" + SETTINGS;
    }

    @GetMapping(WEBHOOKS + "/{id}/delete")
    String confirmDelete(CurrentUser admin, @PathVariable UUID id, Model model) {
        model.addAttribute("webhook", webhooks.find(admin, id));
        return "safety/alerts/webhook-delete";
    }

    @PostMapping(WEBHOOKS + "/{id}/delete")
    String delete(CurrentUser admin, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        ChatWebhook webhook = webhooks.find(admin, id);
        webhooks.delete(admin, id);
        Flash.notice(redirect, messages.getMessage("safety.alerts.webhook.deleted", new Object[] {webhook.name()}, locale));
        return "redirect:" + SETTINGS;
    }

    private String render(CurrentUser admin, String name, String url, FormErrors errors, Model model) {
        admin.require(Role.ADMIN);
        model.addAttribute("staffMayAlert", alerts.staffMayAlert(admin.organizationId()));
        model.addAttribute("webhooks", webhooks.list(admin));
        model.addAttribute("name", name);
        model.addAttribute("url", url);
        model.addAttribute("errors", errors);
        return "safety/alerts/settings";
    }
}

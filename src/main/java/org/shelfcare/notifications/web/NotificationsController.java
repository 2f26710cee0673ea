package org.shelfcare.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.NotificationView;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.Htmx;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification center and the notification preferences of the signed-in person. */
@Controller
class NotificationsController {

    static final String LIST = NotificationManagement.CENTER_PATH;
    static final String READ_ALL = "/notifications/read-all";
    static final String PREFERENCES = NotificationManagement.PREFERENCES_PATH;
    static final String LIST_ID = "notification-list";

    private final NotificationManagement notifications;
    private final MessageSource messages;

    NotificationsController(NotificationManagement notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    static String readPath(UUID id) {
        return LIST + "/" + id + "/read";
    }

    static String itemId(UUID id) {
        return "notification-" + id;
    }

    @GetMapping(LIST)
    String list(CurrentUser me, Model model) {
        model.addAttribute("items", notifications.notifications(me));
        model.addAttribute("zone", me.zone());
        return "notifications/list";
    }

    /** Without JavaScript the page reloads; with htmx only the item is swapped. */
    @PostMapping(LIST + "/{id}/read")
    String read(CurrentUser me, @PathVariable UUID id, HttpServletRequest request, Model model) {
        NotificationView item = notifications.markRead(me, id);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("item", item);
            model.addAttribute("zone", me.zone());
            return "notifications/_item";
        }
        return "redirect:" + LIST + "#" + itemId(id);
    }

    @PostMapping(READ_ALL)
    String readAll(CurrentUser me, HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
        notifications.markAllRead(me);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("items", notifications.notifications(me));
            model.addAttribute("zone", me.zone());
            return "notifications/_list";
        }
        Flash.notice(redirect, messages.getMessage("notifications.allRead", null, locale));
        return "redirect:" + LIST;
    }

    @GetMapping(PREFERENCES)
    String preferences(CurrentUser me, Model model) {
        return preferencesPage(me, PreferencesForm.of(notifications.preferences(me)), FormErrors.NONE, model);
    }

    @PostMapping(PREFERENCES)
    String savePreferences(CurrentUser me, @RequestParam(defaultValue = "false") boolean quietEnabled,
            @RequestParam(defaultValue = "") String quietStart, @RequestParam(defaultValue = "") String quietEnd,
            @RequestParam(required = false) @Nullable List<String> quietDays,
            @RequestParam(required = false) @Nullable List<String> inApp,
            @RequestParam(required = false) @Nullable List<String> email,
            Model model, Locale locale, RedirectAttributes redirect) {
        PreferencesForm form = new PreferencesForm(quietEnabled, quietStart.strip(), quietEnd.strip(),
                quietDays == null ? List.of() : quietDays, inApp == null ? Set.of() : Set.copyOf(inApp),
                email == null ? Set.of() : Set.copyOf(email));
        try {
            notifications.savePreferences(me, form.toPreferences(notifications.types()));
        } catch (InvalidInput invalid) {
            return preferencesPage(me, form, FormErrors.of(pageFields(invalid), messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("notifications.preferences.saved", null, locale));
        return "redirect:" + PREFERENCES;
    }

    private String preferencesPage(CurrentUser me, PreferencesForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", notifications.types());
        model.addAttribute("zone", me.zone());
        model.addAttribute("errors", errors);
        return "notifications/preferences";
    }

    /** The API's field names ("quietHours/end") as the form's ("quietEnd"). */
    private static InvalidInput pageFields(InvalidInput invalid) {
        return new InvalidInput(invalid.errors().stream().map(e -> new InvalidInput.FieldError(switch (e.field()) {
            case "quietHours/start" -> "quietStart";
            case "quietHours/end" -> "quietEnd";
            case "quietHours/days" -> "quietDays";
            default -> "form";
        }, e.messageCode(), e.args())).toList());
    }
}

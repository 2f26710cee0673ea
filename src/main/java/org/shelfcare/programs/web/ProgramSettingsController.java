package org.shelfcare.programs.web;

import java.util.List;
import java.util.Locale;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.programs.EmbedOrigins;
import org.shelfcare.programs.RegistrationRetention;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programs settings admins keep: how many days registrations are kept after a session, and the
 * websites that may show the program listing in a frame.
 */
@Controller
class ProgramSettingsController {

    static final String RETENTION = ProgramRoutes.SETTINGS + "/retention";

    private final EmbedOrigins origins;
    private final RegistrationRetention retention;
    private final DirectoryManagement directory;
    private final PublicLinks links;
    private final MessageSource messages;

    ProgramSettingsController(EmbedOrigins origins, RegistrationRetention retention, DirectoryManagement directory,
            PublicLinks links, MessageSource messages) {
        this.origins = origins;
        this.retention = retention;
        this.directory = directory;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping(ProgramRoutes.SETTINGS)
    String settings(CurrentUser user, Model model) {
        return page(user, String.join("\n", origins.origins(user)), Integer.toString(retention.days(user)),
                FormErrors.NONE, model);
    }

    @PostMapping(ProgramRoutes.SETTINGS)
    String save(CurrentUser user, @RequestParam(defaultValue = "") String origins, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            this.origins.replace(user, origins);
        } catch (InvalidInput invalid) {
            return page(user, origins, Integer.toString(retention.days(user)), FormErrors.of(invalid, messages, locale),
                    model);
        }
        Flash.notice(redirect, messages.getMessage("programs.embed.saved", null, locale));
        return "redirect:" + ProgramRoutes.SETTINGS;
    }

    @PostMapping(RETENTION)
    String saveRetention(CurrentUser user, @RequestParam(name = RegistrationRetention.FIELD, defaultValue = "") String days,
            Locale locale, Model model, RedirectAttributes redirect) {
        try {
            Integer value;
            try {
                value = days.isBlank() ? null : Integer.valueOf(days.strip());
            } catch (NumberFormatException notANumber) {
                throw new InvalidInput(List.of(new InvalidInput.FieldError(RegistrationRetention.FIELD,
                        "programs.retention.range", new Object[] {RegistrationRetention.MIN_DAYS,
                                RegistrationRetention.MAX_DAYS})));
            }
            retention.set(user, value);
        } catch (InvalidInput invalid) {
            return page(user, String.join("\n", origins.origins(user)), days, FormErrors.of(invalid, messages, locale),
                    model);
        }
        Flash.notice(redirect, messages.getMessage("programs.retention.saved", null, locale));
        return "redirect:" + ProgramRoutes.SETTINGS;
    }

    private String page(CurrentUser user, String text, String days, FormErrors errors, Model model) {
        String slug = directory.organization(user.organizationId()).slug();
        model.addAttribute("origins", text);
        model.addAttribute("days", days);
        model.addAttribute("errors", errors);
        model.addAttribute("embedUrl", links.absolute("/p/" + slug + "/embed"));
        return "programs/settings";
    }
}

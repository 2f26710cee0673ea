package org.shelfcare.timeoff.web;

import static org.shelfcare.timeoff.web.FeedRoutes.NUDGE;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.timeoff.NoGuiltNudge;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who has had no time off for a while (supervisors: their reports; admins: everyone), and for
 * admins the library's no-guilt nudge setting.
 */
@Controller
class NudgeController {

    private final NoGuiltNudge nudge;
    private final MessageSource messages;

    NudgeController(NoGuiltNudge nudge, MessageSource messages) {
        this.nudge = nudge;
        this.messages = messages;
    }

    @GetMapping(NUDGE)
    String page(CurrentUser user, Model model) {
        NoGuiltNudge.Unrested unrested = nudge.unrested(user);
        return render(user, model, unrested, FormErrors.NONE, unrested.setting().enabled(),
                Integer.toString(unrested.setting().months()));
    }

    @PostMapping(NUDGE)
    String change(CurrentUser user, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) @Nullable String months, Locale locale, Model model,
            RedirectAttributes redirect) {
        user.require(Role.ADMIN);
        try {
            nudge.change(user, enabled, months);
        } catch (InvalidInput invalid) {
            return render(user, model, nudge.unrested(user), FormErrors.of(invalid, messages, locale), enabled,
                    months == null ? "" : months);
        }
        Flash.notice(redirect, messages.getMessage("timeoff.nudge.saved", null, locale));
        return "redirect:" + NUDGE;
    }

    private String render(CurrentUser user, Model model, NoGuiltNudge.Unrested unrested, FormErrors errors,
            boolean enabled, String months) {
        model.addAttribute("unrested", unrested);
        model.addAttribute("admin", user.isAdmin());
        model.addAttribute("errors", errors);
        model.addAttribute("enabled", enabled);
        model.addAttribute("months", months);
        model.addAttribute("maxMonths", NoGuiltNudge.MAX_MONTHS);
        return "timeoff/nudge";
    }
}

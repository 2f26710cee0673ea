package org.shelfcare.wellbeing.web;

import static org.shelfcare.wellbeing.web.LeaderRoutes.REMINDER;

import java.util.Locale;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.CheckInReminders;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own optional check-in reminder: on or off, which days, what time. */
@Controller
class ReminderController {

    private final CheckInReminders reminders;
    private final MessageSource messages;

    ReminderController(CheckInReminders reminders, MessageSource messages) {
        this.reminders = reminders;
        this.messages = messages;
    }

    @GetMapping(REMINDER)
    String reminder(CurrentUser user, Model model) {
        return render(user, model, ReminderForm.of(reminders.reminder(user)), FormErrors.NONE);
    }

    @PostMapping(REMINDER)
    String save(CurrentUser user, @ModelAttribute("form") ReminderForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        boolean on;
        try {
            on = reminders.save(user, form.draft()).enabled();
        } catch (InvalidInput invalid) {
            return render(user, model, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage(on ? "wellbeing.reminder.savedOn" : "wellbeing.reminder.savedOff",
                null, locale));
        return "redirect:" + REMINDER;
    }

    private static String render(CurrentUser user, Model model, ReminderForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", user.zone());
        return "wellbeing/reminder";
    }
}

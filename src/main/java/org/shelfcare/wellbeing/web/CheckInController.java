package org.shelfcare.wellbeing.web;

import static org.shelfcare.wellbeing.web.CheckInRoutes.CHECK_IN;
import static org.shelfcare.wellbeing.web.CheckInRoutes.CHECK_INS;
import static org.shelfcare.wellbeing.web.CheckInRoutes.HOME;

import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.Boundaries;
import org.shelfcare.wellbeing.CheckIn;
import org.shelfcare.wellbeing.CheckInTrend;
import org.shelfcare.wellbeing.LeadersCorner;
import org.shelfcare.wellbeing.WellbeingManagement;
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
 * The wellbeing home and the check-in pages. A person sees, changes and deletes only their own
 * check-ins; anyone else's answers 404 (the supervisor's and the admin's included).
 */
@Controller
class CheckInController {

    private final WellbeingManagement wellbeing;
    private final Boundaries boundaries;
    private final MessageSource messages;
    private final LeadersCorner leaders;

    CheckInController(WellbeingManagement wellbeing, Boundaries boundaries, MessageSource messages,
            LeadersCorner leaders) {
        this.wellbeing = wellbeing;
        this.boundaries = boundaries;
        this.messages = messages;
        this.leaders = leaders;
    }

    /** Check in, and look back over the last 7, 30 or 90 days. */
    @GetMapping(HOME)
    String home(CurrentUser user, @RequestParam(defaultValue = "7") String days, Locale locale, Model model) {
        CheckInTrend trend = wellbeing.trend(user, parseDays(days));
        model.addAttribute("form", CheckInForm.on(wellbeing.today(user)));
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("trend", trend);
        model.addAttribute("chart", CheckInChart.of(trend));
        model.addAttribute("checkIns", wellbeing.checkIns(user, trend.from(), trend.to()));
        model.addAttribute("leaderPosts", leaders.fromMyLeaders(user));
        model.addAttribute("status", StatusPanel.of(boundaries.status(user), user, locale));
        return "wellbeing/home";
    }

    @GetMapping(CHECK_IN)
    String checkInPage(CurrentUser user, Model model) {
        return render(model, CheckInForm.on(wellbeing.today(user)), FormErrors.NONE);
    }

    @PostMapping(CHECK_IN)
    String checkIn(CurrentUser user, @ModelAttribute("form") CheckInForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            wellbeing.checkIn(user, form.draft());
        } catch (InvalidInput invalid) {
            return render(model, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("wellbeing.checkin.saved", null, locale));
        return "redirect:" + HOME;
    }

    @GetMapping(CHECK_INS + "/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        CheckIn checkIn = wellbeing.checkIn(user, id);
        return renderEdit(model, checkIn, CheckInForm.of(checkIn), FormErrors.NONE);
    }

    @PostMapping(CHECK_INS + "/{id}")
    String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") CheckInForm form, Locale locale,
            Model model, RedirectAttributes redirect) {
        CheckIn checkIn = wellbeing.checkIn(user, id);
        try {
            wellbeing.change(user, id, form.draft());
        } catch (InvalidInput invalid) {
            return renderEdit(model, checkIn, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("wellbeing.checkin.changed", null, locale));
        return "redirect:" + HOME;
    }

    @GetMapping(CHECK_INS + "/{id}/delete")
    String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("checkIn", wellbeing.checkIn(user, id));
        return "wellbeing/delete";
    }

    @PostMapping(CHECK_INS + "/{id}/delete")
    String delete(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        wellbeing.delete(user, id);
        Flash.notice(redirect, messages.getMessage("wellbeing.checkin.deleted", null, locale));
        return "redirect:" + HOME;
    }

    private static int parseDays(String days) {
        try {
            return Integer.parseInt(days);
        } catch (NumberFormatException notANumber) {
            return CheckInTrend.PERIODS.get(0);
        }
    }

    private String render(Model model, CheckInForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "wellbeing/check-in";
    }

    private String renderEdit(Model model, CheckIn checkIn, CheckInForm form, FormErrors errors) {
        model.addAttribute("checkIn", checkIn);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "wellbeing/edit";
    }
}

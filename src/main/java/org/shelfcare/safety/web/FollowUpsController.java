package org.shelfcare.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.resources.ResourceCategory;
import org.shelfcare.resources.ResourcesManagement;
import org.shelfcare.resources.SupportResource;
import org.shelfcare.safety.CareFollowUps;
import org.shelfcare.safety.FollowUpAnswer;
import org.shelfcare.safety.FollowUpSettings;
import org.shelfcare.safety.MyFollowUp;
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

/**
 * The person's private follow-ups ("How are you doing?", decline, stop, undo), the care contacts'
 * task list, and the library's follow-up setting for admins and safety leads.
 */
@Controller
class FollowUpsController {

    private final CareFollowUps followUps;
    private final ResourcesManagement resources;
    private final MessageSource messages;

    FollowUpsController(CareFollowUps followUps, ResourcesManagement resources, MessageSource messages) {
        this.followUps = followUps;
        this.resources = resources;
        this.messages = messages;
    }

    @GetMapping(FollowUpRoutes.MINE)
    String mine(CurrentUser user, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("followUps", followUps.pending(user));
        model.addAttribute("zone", user.zone());
        return "safety/followups/mine";
    }

    @GetMapping(FollowUpRoutes.FOLLOW_UP)
    String followUp(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
        MyFollowUp followUp = followUps.followUp(user, id);
        return render(user, followUp, followUp.answer() == null ? "" : followUp.answer().name(),
                followUp.note() == null ? "" : followUp.note(), FormErrors.NONE, model, response);
    }

    @PostMapping(FollowUpRoutes.FOLLOW_UP)
    String answer(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String note, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            followUps.answer(user, id, answer, note);
        } catch (InvalidInput invalid) {
            return render(user, followUps.followUp(user, id), answer, note, FormErrors.of(invalid, messages, locale), model,
                    response);
        }
        Flash.notice(redirect, messages.getMessage("safety.followUp.thanks", null, locale));
        return "redirect:" + FollowUpRoutes.followUp(id);
    }

    private String render(CurrentUser user, MyFollowUp followUp, String answer, String note, FormErrors errors,
            Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("followUp", followUp);
        model.addAttribute("answer", answer);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("answers", FollowUpAnswer.values());
        model.addAttribute("zone", user.zone());
        model.addAttribute("resources", followUp.answer() == FollowUpAnswer.EAP ? eap(user) : List.of());
        return "safety/followups/followup";
    }

    /** The library's EAP entries for the person, or everything on "Get help now" when it lists none. */
    private List<SupportResource> eap(CurrentUser user) {
        List<SupportResource> all = resources.forPerson(user);
        List<SupportResource> eap = all.stream().filter(r -> r.category() == ResourceCategory.EAP).toList();
        return eap.isEmpty() ? all : eap;
    }

    @PostMapping(FollowUpRoutes.FOLLOW_UP + "/decline")
    String decline(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        followUps.decline(user, id);
        Flash.notice(redirect, messages.getMessage("safety.followUp.declined", null, locale));
        return "redirect:" + FollowUpRoutes.followUp(id);
    }

    @PostMapping(FollowUpRoutes.FOLLOW_UP + "/later")
    String later(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        followUps.askAgainLater(user, id);
        Flash.notice(redirect, messages.getMessage("safety.followUp.willAskAgain", null, locale));
        return "redirect:" + FollowUpRoutes.followUp(id);
    }

    @GetMapping(FollowUpRoutes.FOLLOW_UP + "/stop")
    String confirmStop(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("followUp", followUps.followUp(user, id));
        return "safety/followups/stop";
    }

    @PostMapping(FollowUpRoutes.FOLLOW_UP + "/stop")
    String stop(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        followUps.stop(user, id);
        Flash.notice(redirect, messages.getMessage("safety.followUp.stopped", null, locale));
        return "redirect:" + FollowUpRoutes.followUp(id);
    }

    @PostMapping(FollowUpRoutes.FOLLOW_UP + "/undo")
    String undo(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        followUps.undo(user, id);
        Flash.notice(redirect, messages.getMessage("safety.followUp.undone", null, locale));
        return "redirect:" + FollowUpRoutes.followUp(id);
    }

    // ---- care contacts -----------------------------------------------------------------------------

    @GetMapping(FollowUpRoutes.TASKS)
    String tasks(CurrentUser user, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("tasks", followUps.tasks(user));
        model.addAttribute("zone", user.zone());
        return "safety/followups/tasks";
    }

    @PostMapping(FollowUpRoutes.TASK + "/done")
    String done(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String back, Locale locale,
            RedirectAttributes redirect) {
        followUps.setDone(user, id, true);
        Flash.notice(redirect, messages.getMessage("safety.careTask.markedDone", null, locale));
        return "redirect:" + back(back);
    }

    @PostMapping(FollowUpRoutes.TASK + "/reopen")
    String reopen(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String back, Locale locale,
            RedirectAttributes redirect) {
        followUps.setDone(user, id, false);
        Flash.notice(redirect, messages.getMessage("safety.careTask.reopened", null, locale));
        return "redirect:" + back(back);
    }

    /** Back to the care track the form was on, or to the task list; never anywhere else. */
    private static String back(@Nullable String back) {
        return back != null && back.matches("/safety/incidents/[0-9a-f-]{36}/care") ? back : FollowUpRoutes.TASKS;
    }

    // ---- the library's setting ---------------------------------------------------------------------

    @GetMapping(FollowUpRoutes.SETTINGS)
    String settings(CurrentUser user, Model model) {
        FollowUpSettings settings = followUps.settings(user);
        return settingsPage(String.valueOf(settings.firstDays()), String.valueOf(settings.secondDays()), FormErrors.NONE,
                model);
    }

    @PostMapping(FollowUpRoutes.SETTINGS)
    String saveSettings(CurrentUser user, @RequestParam(defaultValue = "") String firstDays,
            @RequestParam(defaultValue = "") String secondDays, Locale locale, Model model, RedirectAttributes redirect) {
        followUps.settings(user);
        try {
            followUps.saveSettings(user, number(firstDays), number(secondDays));
        } catch (InvalidInput invalid) {
            return settingsPage(firstDays, secondDays, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("safety.followUp.settings.saved", null, locale));
        return "redirect:" + FollowUpRoutes.SETTINGS;
    }

    private static @Nullable Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private String settingsPage(String firstDays, String secondDays, FormErrors errors, Model model) {
        model.addAttribute("firstDays", firstDays);
        model.addAttribute("secondDays", secondDays);
        model.addAttribute("errors", errors);
        return "safety/followups/settings";
    }
}

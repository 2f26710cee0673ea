package org.shelfcare.wellbeing.web;

import static org.shelfcare.wellbeing.web.BoundaryRoutes.BREAKS;
import static org.shelfcare.wellbeing.web.BoundaryRoutes.END_BREAK;
import static org.shelfcare.wellbeing.web.BoundaryRoutes.PRACTICE;

import java.util.Locale;
import java.util.Optional;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.BreakPractice;
import org.shelfcare.wellbeing.Breaks;
import org.shelfcare.wellbeing.CurrentBreak;
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

/**
 * Mindful breaks: the guided practices, each with text steps and a timer, and the person's own
 * running break. Nothing here is anyone else's: a break is started and ended only by its taker.
 */
@Controller
class BreaksController {

    private final Breaks breaks;
    private final MessageSource messages;

    BreaksController(Breaks breaks, MessageSource messages) {
        this.breaks = breaks;
        this.messages = messages;
    }

    @GetMapping(BREAKS)
    String breaks(CurrentUser user, Locale locale, Model model) {
        model.addAttribute("practices", breaks.practices());
        model.addAttribute("current", RunningBreak.of(breaks.current(user), user, locale));
        return "wellbeing/breaks/list";
    }

    @GetMapping(PRACTICE)
    String practice(CurrentUser user, @PathVariable String practice, Locale locale, Model model) {
        BreakPractice p = practice(practice);
        return render(user, locale, model, p, BreakForm.of(p), FormErrors.NONE);
    }

    @PostMapping(BREAKS)
    String start(CurrentUser user, @ModelAttribute("form") BreakForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        BreakPractice p = BreakPractice.ofCode(form.getPractice()).orElseThrow(Problems::notFound);
        CurrentBreak started;
        try {
            started = breaks.start(user, p.name(), form.minutesValue(), form.isShowStatus());
        } catch (InvalidInput invalid) {
            return render(user, locale, model, p, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage(started.showStatus() ? "wellbeing.breaks.startedShown"
                : "wellbeing.breaks.started", new Object[] {started.backAt(user.zone(), locale)}, locale));
        return "redirect:" + BoundaryRoutes.practice(p);
    }

    @PostMapping(END_BREAK)
    String end(CurrentUser user, Locale locale, RedirectAttributes redirect) {
        // a break that has just ended by itself needs no ending: the person is welcomed back either way
        breaks.end(user);
        Flash.notice(redirect, messages.getMessage("wellbeing.breaks.ended", null, locale));
        return "redirect:" + BREAKS;
    }

    private static BreakPractice practice(String slug) {
        return BreakPractice.ofSlug(slug).orElseThrow(Problems::notFound);
    }

    private String render(CurrentUser user, Locale locale, Model model, BreakPractice practice, BreakForm form,
            FormErrors errors) {
        Optional<CurrentBreak> current = breaks.current(user);
        model.addAttribute("practice", practice);
        model.addAttribute("current", RunningBreak.of(current, user, locale));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "wellbeing/breaks/practice";
    }
}

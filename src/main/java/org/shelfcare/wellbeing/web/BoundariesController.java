package org.shelfcare.wellbeing.web;

import static org.shelfcare.wellbeing.web.BoundaryRoutes.BOUNDARIES;
import static org.shelfcare.wellbeing.web.BoundaryRoutes.STATUS;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.wellbeing.Boundaries;
import org.shelfcare.wellbeing.WorkingAgreement;
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
 * Boundaries: the person's own working agreement and capacity status, and a colleague's agreement
 * when that colleague shares it (anyone else's answers 404, whatever the viewer's role).
 */
@Controller
class BoundariesController {

    /** The pages that carry the quick status form, and so may be returned to after it. */
    private static final List<String> STATUS_FORMS = List.of(CheckInRoutes.HOME, BOUNDARIES);

    private final Boundaries boundaries;
    private final DirectoryManagement directory;
    private final MessageSource messages;

    BoundariesController(Boundaries boundaries, DirectoryManagement directory, MessageSource messages) {
        this.boundaries = boundaries;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping(BOUNDARIES)
    String boundaries(CurrentUser user, Locale locale, Model model) {
        return render(user, locale, model, BoundariesForm.of(boundaries.agreement(user)), FormErrors.NONE);
    }

    @PostMapping(BOUNDARIES)
    String save(CurrentUser user, @ModelAttribute("form") BoundariesForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        WorkingAgreement saved;
        try {
            saved = boundaries.save(user, form.draft());
        } catch (InvalidInput invalid) {
            return render(user, locale, model, form, FormErrors.of(pageFields(invalid), messages, locale));
        }
        Flash.notice(redirect, messages.getMessage(saved.shared() ? "wellbeing.boundaries.savedShared"
                : "wellbeing.boundaries.savedPrivate", null, locale));
        return "redirect:" + BOUNDARIES;
    }

    @GetMapping(BOUNDARIES + "/{personId}")
    String colleague(CurrentUser viewer, @PathVariable UUID personId, Model model) {
        WorkingAgreement agreement = boundaries.sharedAgreement(viewer, personId);
        model.addAttribute("agreement", agreement);
        model.addAttribute("name", directory.person(viewer, personId).name());
        model.addAttribute("own", personId.equals(viewer.personId()));
        return "wellbeing/boundaries/colleague";
    }

    @PostMapping(STATUS)
    String setStatus(CurrentUser user, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String from, Locale locale, RedirectAttributes redirect) {
        boundaries.setStatus(user, status);
        Flash.notice(redirect, messages.getMessage(status.isBlank() ? "wellbeing.status.cleared"
                : "wellbeing.status.saved", null, locale));
        return "redirect:" + (STATUS_FORMS.contains(from) ? from : BOUNDARIES);
    }

    /** The service's fields ("workingHours/MONDAY/end") as the form's ids ("hours-MONDAY-end"). */
    static InvalidInput pageFields(InvalidInput invalid) {
        return new InvalidInput(invalid.errors().stream()
                .map(e -> new InvalidInput.FieldError(e.field().startsWith("workingHours/")
                        ? "hours-" + e.field().substring("workingHours/".length()).replace('/', '-') : e.field(),
                        e.messageCode(), e.args()))
                .toList());
    }

    private String render(CurrentUser user, Locale locale, Model model, BoundariesForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        // what colleagues can see now, whatever the form (perhaps rejected) says
        model.addAttribute("sharedNow", boundaries.agreement(user).shared());
        model.addAttribute("status", StatusPanel.of(boundaries.status(user), user, locale));
        return "wellbeing/boundaries/boundaries";
    }
}

package org.shelfcare.wellbeing.web;

import static org.shelfcare.wellbeing.web.JoyWallRoutes.KUDOS;

import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.wellbeing.Kudos;
import org.shelfcare.wellbeing.KudosNote;
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

/** Kudos: give kudos to a colleague, see the kudos for you and those you gave, hide or delete them. */
@Controller
class KudosController {

    private final Kudos kudos;
    private final PeopleAdministration people;
    private final MessageSource messages;

    KudosController(Kudos kudos, PeopleAdministration people, MessageSource messages) {
        this.kudos = kudos;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping(KUDOS)
    String kudos(CurrentUser user, Model model) {
        return render(user, new KudosForm(), FormErrors.NONE, model);
    }

    @PostMapping(KUDOS)
    String give(CurrentUser user, @ModelAttribute("form") KudosForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            kudos.give(user, form.draft());
        } catch (InvalidInput invalid) {
            return render(user, form, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("wellbeing.kudos.given", null, locale));
        return "redirect:" + KUDOS;
    }

    @GetMapping(KUDOS + "/{id}/delete")
    String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
        KudosNote note = kudos.kudos(user, id);
        if (!note.giverId().equals(user.personId())) {
            throw Problems.forbidden();
        }
        model.addAttribute("note", note);
        return "wellbeing/wall/kudos-delete";
    }

    @PostMapping(KUDOS + "/{id}/delete")
    String delete(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        kudos.delete(user, id);
        Flash.notice(redirect, messages.getMessage("wellbeing.kudos.deleted", null, locale));
        return "redirect:" + KUDOS;
    }

    @PostMapping(KUDOS + "/{id}/hide")
    String hide(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        return hide(user, id, true, locale, redirect);
    }

    @PostMapping(KUDOS + "/{id}/unhide")
    String unhide(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        return hide(user, id, false, locale, redirect);
    }

    private String hide(CurrentUser user, UUID id, boolean hidden, Locale locale, RedirectAttributes redirect) {
        kudos.hide(user, id, hidden);
        Flash.notice(redirect, messages.getMessage(hidden ? "wellbeing.kudos.hiddenNotice" : "wellbeing.kudos.unhiddenNotice",
                null, locale));
        return "redirect:" + KUDOS + "#kudos-" + id;
    }

    private String render(CurrentUser user, KudosForm form, FormErrors errors, Model model) {
        model.addAttribute("received", kudos.received(user));
        model.addAttribute("given", kudos.given(user));
        model.addAttribute("colleagues",
                people.colleagues(user, null).stream().filter(p -> !p.id().equals(user.personId())).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", user.zone());
        return "wellbeing/wall/kudos";
    }
}

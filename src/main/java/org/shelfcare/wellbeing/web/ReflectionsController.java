package org.shelfcare.wellbeing.web;

import static org.shelfcare.wellbeing.web.ReflectionRoutes.AFFIRMATIONS;
import static org.shelfcare.wellbeing.web.ReflectionRoutes.KIND;
import static org.shelfcare.wellbeing.web.ReflectionRoutes.TODAY;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.JoyWall;
import org.shelfcare.wellbeing.Reflection;
import org.shelfcare.wellbeing.ReflectionKind;
import org.shelfcare.wellbeing.Reflections;
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
 * Begin and end the day: the affirmation, the morning intention, the evening joy log and gratitude
 * notes. A person sees, changes and deletes only their own reflections; anyone else's answers 404.
 * Wellness leads and admins also keep their library's own affirmations here.
 */
@Controller
class ReflectionsController {

    private final Reflections reflections;
    private final JoyWall wall;
    private final MessageSource messages;

    ReflectionsController(Reflections reflections, JoyWall wall, MessageSource messages) {
        this.reflections = reflections;
        this.wall = wall;
        this.messages = messages;
    }

    @GetMapping(TODAY)
    String today(CurrentUser user, Locale locale, Model model) {
        Optional<Reflection> intention = reflections.todaysIntention(user);
        return renderToday(user, locale, model, intention.orElse(null),
                intention.map(ReflectionForm::of).orElseGet(() -> ReflectionForm.on(reflections.today(user))),
                FormErrors.NONE);
    }

    @GetMapping(KIND)
    String list(CurrentUser user, @PathVariable String kind, Model model) {
        ReflectionKind k = kind(kind);
        return renderList(user, model, k, ReflectionForm.on(reflections.today(user)), FormErrors.NONE);
    }

    @PostMapping(KIND)
    String write(CurrentUser user, @PathVariable String kind, @ModelAttribute("form") ReflectionForm form,
            Locale locale, Model model, RedirectAttributes redirect) {
        ReflectionKind k = kind(kind);
        try {
            reflections.write(user, k, form.draft());
        } catch (InvalidInput invalid) {
            FormErrors errors = FormErrors.of(invalid, messages, locale);
            return k == ReflectionKind.INTENTION
                    ? renderToday(user, locale, model, reflections.todaysIntention(user).orElse(null), form, errors)
                    : renderList(user, model, k, form, errors);
        }
        Flash.notice(redirect, messages.getMessage(k.messages() + ".saved", null, locale));
        return "redirect:" + (k == ReflectionKind.INTENTION ? TODAY : ReflectionRoutes.list(k));
    }

    @GetMapping(KIND + "/{id}/edit")
    String edit(CurrentUser user, @PathVariable String kind, @PathVariable UUID id, Model model) {
        Reflection reflection = reflections.reflection(user, kind(kind), id);
        return renderEdit(user, model, reflection, ReflectionForm.of(reflection), FormErrors.NONE);
    }

    @PostMapping(KIND + "/{id}")
    String change(CurrentUser user, @PathVariable String kind, @PathVariable UUID id,
            @ModelAttribute("form") ReflectionForm form, Locale locale, Model model, RedirectAttributes redirect) {
        ReflectionKind k = kind(kind);
        Reflection reflection = reflections.reflection(user, k, id);
        try {
            reflections.change(user, k, id, form.draft());
        } catch (InvalidInput invalid) {
            return renderEdit(user, model, reflection, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage(k.messages() + ".changed", null, locale));
        return "redirect:" + (k == ReflectionKind.INTENTION ? TODAY : ReflectionRoutes.list(k));
    }

    @GetMapping(KIND + "/{id}/delete")
    String confirmDelete(CurrentUser user, @PathVariable String kind, @PathVariable UUID id, Model model) {
        model.addAttribute("reflection", reflections.reflection(user, kind(kind), id));
        return "wellbeing/reflections/delete";
    }

    @PostMapping(KIND + "/{id}/delete")
    String delete(CurrentUser user, @PathVariable String kind, @PathVariable UUID id, Locale locale,
            RedirectAttributes redirect) {
        ReflectionKind k = kind(kind);
        reflections.delete(user, k, id);
        Flash.notice(redirect, messages.getMessage(k.messages() + ".deleted", null, locale));
        return "redirect:" + ReflectionRoutes.list(k);
    }

    // ---- the library's own affirmations ----------------------------------------------------------

    @GetMapping(AFFIRMATIONS)
    String affirmations(CurrentUser user, Model model) {
        return renderAffirmations(user, model, new ReflectionForm(), FormErrors.NONE);
    }

    @PostMapping(AFFIRMATIONS)
    String addAffirmation(CurrentUser user, @ModelAttribute("form") ReflectionForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            reflections.addAffirmation(user, form.getText());
        } catch (InvalidInput invalid) {
            return renderAffirmations(user, model, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("wellbeing.affirmations.added", null, locale));
        return "redirect:" + AFFIRMATIONS;
    }

    @GetMapping(AFFIRMATIONS + "/{id}/delete")
    String confirmDeleteAffirmation(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("affirmation", reflections.libraryAffirmation(user, id));
        return "wellbeing/reflections/affirmation-delete";
    }

    @PostMapping(AFFIRMATIONS + "/{id}/delete")
    String deleteAffirmation(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        reflections.deleteAffirmation(user, id);
        Flash.notice(redirect, messages.getMessage("wellbeing.affirmations.deleted", null, locale));
        return "redirect:" + AFFIRMATIONS;
    }

    private static ReflectionKind kind(String slug) {
        return ReflectionKind.ofSlug(slug).orElseThrow(Problems::notFound);
    }

    private String renderToday(CurrentUser user, Locale locale, Model model, @Nullable Reflection intention,
            ReflectionForm intentionForm, FormErrors errors) {
        model.addAttribute("affirmation", reflections.affirmationOfToday(user, locale));
        model.addAttribute("intention", intention);
        model.addAttribute("form", intentionForm);
        model.addAttribute("errors", errors);
        model.addAttribute("joyForm", ReflectionForm.on(reflections.today(user)));
        model.addAttribute("managesAffirmations", Reflections.managesAffirmations(user));
        return "wellbeing/reflections/today";
    }

    private String renderList(CurrentUser user, Model model, ReflectionKind kind, ReflectionForm form,
            FormErrors errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("entries", reflections.reflections(user, kind));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", reflections.today(user));
        model.addAttribute("shares", kind == ReflectionKind.JOY ? wall.shares(user) : java.util.Map.of());
        return "wellbeing/reflections/list";
    }

    private String renderEdit(CurrentUser user, Model model, Reflection reflection, ReflectionForm form,
            FormErrors errors) {
        model.addAttribute("reflection", reflection);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editable",
                reflection.kind() != ReflectionKind.INTENTION || reflection.date().equals(reflections.today(user)));
        return "wellbeing/reflections/edit";
    }

    private String renderAffirmations(CurrentUser user, Model model, ReflectionForm form, FormErrors errors) {
        if (!Reflections.managesAffirmations(user)) {
            throw Problems.forbidden();
        }
        model.addAttribute("affirmations", reflections.libraryAffirmations(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "wellbeing/reflections/affirmations";
    }
}

package org.shelfcare.resources.web;

import static org.shelfcare.resources.web.ResourceRoutes.MANAGE;
import static org.shelfcare.resources.web.ResourceRoutes.NEW;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.resources.ResourceCategory;
import org.shelfcare.resources.ResourcesManagement;
import org.shelfcare.resources.SupportResource;
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
 * Where admins and wellness leads keep their library's support resources: add, edit and delete
 * its own entries, and hide the instance-wide lines that do not fit (for example outside the US).
 */
@Controller
class ManageResourcesController {

    private final ResourcesManagement resources;
    private final MessageSource messages;

    ManageResourcesController(ResourcesManagement resources, MessageSource messages) {
        this.resources = resources;
        this.messages = messages;
    }

    @GetMapping(MANAGE)
    String list(CurrentUser user, Locale locale, Model model) {
        model.addAttribute("entries", resources.libraryEntries(user));
        model.addAttribute("defaults", resources.instanceDefaults(user, locale));
        return "resources/manage";
    }

    @GetMapping(NEW)
    String newEntry(CurrentUser user, Model model) {
        requireManager(user);
        ResourceForm form = new ResourceForm();
        form.setCategory(ResourceCategory.EAP.name());
        return render(model, form, null, FormErrors.NONE);
    }

    @PostMapping(MANAGE)
    String add(CurrentUser user, @ModelAttribute("form") ResourceForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        requireManager(user);
        try {
            resources.add(user, form.draft());
        } catch (InvalidInput invalid) {
            return render(model, form, null, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("resources.added", new Object[] {form.getName().strip()}, locale));
        return "redirect:" + MANAGE;
    }

    @GetMapping(MANAGE + "/{id}/edit")
    String editEntry(CurrentUser user, @PathVariable UUID id, Model model) {
        return render(model, ResourceForm.of(resources.libraryEntry(user, id)), id, FormErrors.NONE);
    }

    @PostMapping(MANAGE + "/{id}")
    String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") ResourceForm form, Locale locale,
            Model model, RedirectAttributes redirect) {
        try {
            resources.change(user, id, form.draft());
        } catch (InvalidInput invalid) {
            return render(model, form, id, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("resources.changed", new Object[] {form.getName().strip()}, locale));
        return "redirect:" + MANAGE;
    }

    @GetMapping(MANAGE + "/{id}/delete")
    String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", resources.libraryEntry(user, id));
        return "resources/delete";
    }

    @PostMapping(MANAGE + "/{id}/delete")
    String delete(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        SupportResource entry = resources.libraryEntry(user, id);
        resources.delete(user, id);
        Flash.notice(redirect, messages.getMessage("resources.deleted", new Object[] {entry.name()}, locale));
        return "redirect:" + MANAGE;
    }

    @PostMapping(MANAGE + "/{id}/hide")
    String hide(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        resources.setDefaultHidden(user, id, true);
        Flash.notice(redirect, messages.getMessage("resources.hidden", null, locale));
        return "redirect:" + MANAGE;
    }

    @PostMapping(MANAGE + "/{id}/show")
    String show(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        resources.setDefaultHidden(user, id, false);
        Flash.notice(redirect, messages.getMessage("resources.shown", null, locale));
        return "redirect:" + MANAGE;
    }

    private void requireManager(CurrentUser user) {
        if (!resources.canManage(user)) {
            throw Problems.forbidden();
        }
    }

    private String render(Model model, ResourceForm form, @Nullable UUID id, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("action", id == null ? MANAGE : ResourceRoutes.update(id));
        model.addAttribute("editing", id != null);
        model.addAttribute("categories", List.of(ResourceCategory.values()));
        model.addAttribute("errors", errors);
        return "resources/form";
    }
}

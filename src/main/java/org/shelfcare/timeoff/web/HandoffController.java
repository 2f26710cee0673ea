package org.shelfcare.timeoff.web;

import static org.shelfcare.timeoff.web.HandoffRoutes.COVERING;
import static org.shelfcare.timeoff.web.HandoffRoutes.ITEMS;
import static org.shelfcare.timeoff.web.HandoffRoutes.NEW_TEMPLATE;
import static org.shelfcare.timeoff.web.HandoffRoutes.TEMPLATES;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.Unit;
import org.shelfcare.timeoff.CoveringItem;
import org.shelfcare.timeoff.HandoffItem;
import org.shelfcare.timeoff.HandoffPlan;
import org.shelfcare.timeoff.HandoffPlans;
import org.shelfcare.timeoff.HandoffStatus;
import org.shelfcare.timeoff.HandoffTemplate;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Handoff plan pages: the plan of a request (the requester prepares it, the approver and admins
 * read it, covering colleagues read their part), an item's page where the colleague asked accepts
 * or declines, the list of what a person covers, and the departments' templates.
 */
@Controller
class HandoffController {

    private final HandoffPlans plans;
    private final MessageSource messages;

    HandoffController(HandoffPlans plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    // ---- the plan ---------------------------------------------------------------------------------

    @GetMapping(TimeoffRoutes.REQUESTS + "/{id}/handoff")
    String plan(CurrentUser user, @PathVariable UUID id, Model model) {
        HandoffPlan plan = plans.plan(user, id);
        return renderPlan(user, model, plan, HandoffPlanForm.of(plan), new HandoffItemForm(), "", FormErrors.NONE);
    }

    @PostMapping(TimeoffRoutes.REQUESTS + "/{id}/handoff")
    String savePlan(CurrentUser user, @PathVariable UUID id, @ModelAttribute("planForm") HandoffPlanForm form,
            Locale locale, Model model, RedirectAttributes redirect) {
        try {
            plans.savePlan(user, id, form.getOutOfOffice(), form.getKeyContacts());
        } catch (InvalidInput invalid) {
            return renderPlan(user, model, plans.plan(user, id), form, new HandoffItemForm(), "",
                    FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("timeoff.handoff.saved", null, locale));
        return "redirect:" + HandoffRoutes.plan(id);
    }

    @PostMapping(TimeoffRoutes.REQUESTS + "/{id}/handoff/items")
    String addItem(CurrentUser user, @PathVariable UUID id, @ModelAttribute("itemForm") HandoffItemForm form,
            Locale locale, Model model, RedirectAttributes redirect) {
        try {
            plans.addItem(user, id, form.draft(), form.getFormToken());
        } catch (DuplicateKeyException doubleClick) {
            // the same form arrived twice at once: the first one added the item
        } catch (InvalidInput invalid) {
            HandoffPlan plan = plans.plan(user, id);
            return renderPlan(user, model, plan, HandoffPlanForm.of(plan), form, "",
                    FormErrors.of(invalid, messages, locale));
        } catch (ErrorResponseException conflict) {
            HandoffPlan plan = plans.plan(user, id);
            return renderPlan(user, model, plan, HandoffPlanForm.of(plan), form, "",
                    conflictErrors(conflict, "description", locale));
        }
        Flash.notice(redirect, messages.getMessage("timeoff.handoff.itemAdded", null, locale));
        return "redirect:" + HandoffRoutes.plan(id);
    }

    @PostMapping(TimeoffRoutes.REQUESTS + "/{id}/handoff/template")
    String startFromTemplate(CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String templateId, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            plans.startFromTemplate(user, id, templateId);
        } catch (InvalidInput invalid) {
            HandoffPlan plan = plans.plan(user, id);
            return renderPlan(user, model, plan, HandoffPlanForm.of(plan), new HandoffItemForm(),
                    templateId == null ? "" : templateId, FormErrors.of(invalid, messages, locale));
        } catch (ErrorResponseException conflict) {
            HandoffPlan plan = plans.plan(user, id);
            return renderPlan(user, model, plan, HandoffPlanForm.of(plan), new HandoffItemForm(),
                    templateId == null ? "" : templateId, conflictErrors(conflict, "templateId", locale));
        }
        Flash.notice(redirect, messages.getMessage("timeoff.handoff.templateAdded", null, locale));
        return "redirect:" + HandoffRoutes.plan(id);
    }

    // ---- one item ---------------------------------------------------------------------------------

    @GetMapping(ITEMS + "/{id}")
    String item(CurrentUser user, @PathVariable UUID id, Model model) {
        CoveringItem item = plans.covering(user, id);
        return renderAnswer(model, user, item, item.item().status() == HandoffStatus.DECLINED ? "DECLINE" : "",
                item.item().declineReason() == null ? "" : item.item().declineReason(), FormErrors.NONE);
    }

    @PostMapping(ITEMS + "/{id}/answer")
    String answer(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String answer,
            @RequestParam(required = false) @Nullable String reason, Locale locale, Model model,
            RedirectAttributes redirect) {
        HandoffItem answered;
        try {
            answered = plans.answer(user, id, answer, reason);
        } catch (InvalidInput invalid) {
            return renderAnswer(model, user, plans.covering(user, id), answer == null ? "" : answer,
                    reason == null ? "" : reason, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("timeoff.handoff.answered." + answered.status().name(), null, locale));
        return "redirect:" + COVERING;
    }

    @GetMapping(ITEMS + "/{id}/edit")
    String editItem(CurrentUser user, @PathVariable UUID id, Model model) {
        HandoffItem item = plans.item(user, id);
        HandoffPlan plan = editablePlan(user, item.requestId());
        return renderItem(user, model, plan, item, HandoffItemForm.of(item), FormErrors.NONE);
    }

    @PostMapping(ITEMS + "/{id}")
    String changeItem(CurrentUser user, @PathVariable UUID id, @ModelAttribute("itemForm") HandoffItemForm form,
            Locale locale, Model model, RedirectAttributes redirect) {
        HandoffItem item = plans.item(user, id);
        try {
            plans.changeItem(user, id, form.draft());
        } catch (InvalidInput invalid) {
            return renderItem(user, model, plans.plan(user, item.requestId()), item, form,
                    FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("timeoff.handoff.itemChanged", null, locale));
        return "redirect:" + HandoffRoutes.plan(item.requestId());
    }

    @GetMapping(ITEMS + "/{id}/delete")
    String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
        HandoffItem item = plans.item(user, id);
        editablePlan(user, item.requestId());
        model.addAttribute("item", item);
        return "timeoff/handoff_delete";
    }

    @PostMapping(ITEMS + "/{id}/delete")
    String deleteItem(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        HandoffItem item = plans.item(user, id);
        plans.deleteItem(user, id);
        Flash.notice(redirect, messages.getMessage("timeoff.handoff.itemDeleted", null, locale));
        return "redirect:" + HandoffRoutes.plan(item.requestId());
    }

    @GetMapping(COVERING)
    String covering(CurrentUser user, Model model) {
        model.addAttribute("items", plans.covering(user));
        return "timeoff/covering";
    }

    // ---- templates --------------------------------------------------------------------------------

    @GetMapping(TEMPLATES)
    String templates(CurrentUser user, Model model) {
        user.requireAny(Role.ADMIN, Role.SUPERVISOR);
        model.addAttribute("templates", plans.templates(user));
        model.addAttribute("canCreate", user.isAdmin() || plans.managesTemplates(user));
        return "timeoff/handoff_templates";
    }

    @GetMapping(NEW_TEMPLATE)
    String newTemplate(CurrentUser user, Model model) {
        List<Unit> departments = requireManager(user);
        return renderTemplate(model, null, HandoffTemplateForm.blank(departments.size() == 1
                ? departments.get(0).id().toString() : ""), departments, FormErrors.NONE);
    }

    @PostMapping(TEMPLATES)
    String createTemplate(CurrentUser user, @ModelAttribute("form") HandoffTemplateForm form, Locale locale,
            Model model, RedirectAttributes redirect) {
        List<Unit> departments = requireManager(user);
        try {
            plans.createTemplate(user, form.draft());
        } catch (InvalidInput invalid) {
            return renderTemplate(model, null, form.padded(), departments, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("timeoff.handoff.template.saved", null, locale));
        return "redirect:" + TEMPLATES;
    }

    @GetMapping(TEMPLATES + "/{id}")
    String template(CurrentUser user, @PathVariable UUID id, Model model) {
        HandoffTemplate template = editableTemplate(user, id);
        return renderTemplate(model, template, HandoffTemplateForm.of(template), plans.managedDepartments(user),
                FormErrors.NONE);
    }

    @PostMapping(TEMPLATES + "/{id}")
    String changeTemplate(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") HandoffTemplateForm form,
            Locale locale, Model model, RedirectAttributes redirect) {
        HandoffTemplate template = editableTemplate(user, id);
        try {
            plans.changeTemplate(user, id, form.draft());
        } catch (InvalidInput invalid) {
            return renderTemplate(model, template, form.padded(), plans.managedDepartments(user),
                    FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("timeoff.handoff.template.saved", null, locale));
        return "redirect:" + TEMPLATES;
    }

    @GetMapping(TEMPLATES + "/{id}/delete")
    String confirmDeleteTemplate(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("template", editableTemplate(user, id));
        return "timeoff/handoff_template_delete";
    }

    @PostMapping(TEMPLATES + "/{id}/delete")
    String deleteTemplate(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        plans.deleteTemplate(user, id);
        Flash.notice(redirect, messages.getMessage("timeoff.handoff.template.deleted", null, locale));
        return "redirect:" + TEMPLATES;
    }

    // ---- rendering --------------------------------------------------------------------------------

    private HandoffPlan editablePlan(CurrentUser user, UUID requestId) {
        HandoffPlan plan = plans.plan(user, requestId);
        if (!plan.mine()) {
            throw Problems.forbidden();
        }
        if (!plan.editable()) {
            throw Problems.conflict("timeoff.handoff.closed");
        }
        return plan;
    }

    /** Admins manage every department's templates (there may be no department yet); supervisors their own. */
    private List<Unit> requireManager(CurrentUser user) {
        List<Unit> departments = plans.managedDepartments(user);
        if (!user.isAdmin() && departments.isEmpty()) {
            throw Problems.forbidden();
        }
        return departments;
    }

    private HandoffTemplate editableTemplate(CurrentUser user, UUID id) {
        HandoffTemplate template = plans.template(user, id);
        if (!template.editable()) {
            throw Problems.forbidden();
        }
        return template;
    }

    private FormErrors conflictErrors(ErrorResponseException conflict, String field, Locale locale) {
        if (conflict.getStatusCode().value() != HttpStatus.CONFLICT.value() || conflict.getDetailMessageCode() == null) {
            throw conflict;
        }
        return FormErrors.form(field, messages.getMessage(conflict.getDetailMessageCode(),
                conflict.getDetailMessageArguments(), locale));
    }

    private String renderPlan(CurrentUser user, Model model, HandoffPlan plan, HandoffPlanForm planForm,
            HandoffItemForm itemForm, String templateId, FormErrors errors) {
        if (itemForm.getFormToken().isBlank()) {
            itemForm.setFormToken(UUID.randomUUID().toString());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("planForm", planForm);
        model.addAttribute("itemForm", itemForm);
        model.addAttribute("templateId", templateId);
        model.addAttribute("errors", errors);
        model.addAttribute("colleagues", plan.editable() ? plans.colleagues(user) : List.of());
        model.addAttribute("templates", plan.editable() ? plans.templates(user) : List.of());
        return "timeoff/handoff";
    }

    private String renderItem(CurrentUser user, Model model, HandoffPlan plan, HandoffItem item, HandoffItemForm form,
            FormErrors errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute("itemForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("colleagues", plans.colleagues(user));
        return "timeoff/handoff_item";
    }

    private String renderAnswer(Model model, CurrentUser user, CoveringItem item, String answer, String reason,
            FormErrors errors) {
        model.addAttribute("covering", item);
        model.addAttribute("mayAnswer", user.personId().equals(item.item().coveringId()) && item.requestStatus().holdsDays());
        model.addAttribute("answer", answer);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "timeoff/handoff_answer";
    }

    private String renderTemplate(Model model, @Nullable HandoffTemplate template, HandoffTemplateForm form,
            List<Unit> departments, FormErrors errors) {
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("departments", departments);
        model.addAttribute("errors", errors);
        return "timeoff/handoff_template";
    }
}

package org.shelfcare.training.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.training.TrainingManagement;
import org.shelfcare.training.TrainingRecords;
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
 * "Record for others": a lead chooses a training, a date and people (by name, or everyone of a
 * branch or department), sees who it will go to, then saves; each completion is verified at once
 * and the person is told. Three steps that work without JavaScript: the form, the preview, the save.
 */
@Controller
class OnBehalfController {

    private final TrainingManagement training;
    private final TrainingRecords records;
    private final MessageSource messages;

    OnBehalfController(TrainingManagement training, TrainingRecords records, MessageSource messages) {
        this.training = training;
        this.records = records;
        this.messages = messages;
    }

    /** The form, empty or as the preview's "Change" button hands it back. */
    @GetMapping(TrainingRoutes.RECORD_FOR)
    String form(CurrentUser user, @RequestParam(defaultValue = "") String itemId,
            @RequestParam(defaultValue = "") String completedOn, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") List<String> personIds, @RequestParam(defaultValue = "") String branchId,
            @RequestParam(defaultValue = "") String departmentId, Model model) {
        String date = completedOn.isBlank() ? LocalDate.now(user.zone()).toString() : completedOn;
        return formPage(user, new OnBehalfForm(itemId, date, note, personIds, branchId, departmentId), FormErrors.NONE,
                model);
    }

    @PostMapping(TrainingRoutes.RECORD_FOR_PREVIEW)
    String preview(CurrentUser user, @RequestParam(defaultValue = "") String itemId,
            @RequestParam(defaultValue = "") String completedOn, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") List<String> personIds, @RequestParam(defaultValue = "") String branchId,
            @RequestParam(defaultValue = "") String departmentId, Locale locale, Model model) {
        OnBehalfForm form = new OnBehalfForm(itemId, completedOn, note, personIds, branchId, departmentId);
        TrainingRecords.Plan plan;
        try {
            plan = records.preview(user, form.selection());
        } catch (InvalidInput invalid) {
            return formPage(user, form, FormErrors.of(invalid, messages, locale), model);
        }
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("includesMe", plan.people().stream().anyMatch(p -> p.id().equals(user.personId())));
        model.addAttribute("formToken", UUID.randomUUID().toString());
        return "training/record-for-preview";
    }

    @PostMapping(TrainingRoutes.RECORD_FOR)
    String save(CurrentUser user, @RequestParam(defaultValue = "") String itemId,
            @RequestParam(defaultValue = "") String completedOn, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") List<String> personIds, @RequestParam(defaultValue = "") String formToken,
            Locale locale, Model model, RedirectAttributes redirect) {
        OnBehalfForm form = new OnBehalfForm(itemId, completedOn, note, personIds, "", "");
        int saved;
        try {
            saved = records.record(user, form.selection(), formToken).size();
        } catch (InvalidInput invalid) {
            return formPage(user, form, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("training.onBehalf.saved", new Object[] {saved}, locale));
        return "redirect:" + TrainingRoutes.RECORD_FOR;
    }

    private String formPage(CurrentUser user, OnBehalfForm form, FormErrors errors, Model model) {
        model.addAttribute("people", records.people(user));
        model.addAttribute("items", training.catalog(user).stream().filter(item -> !item.retired()).toList());
        model.addAttribute("branches", records.branches(user));
        model.addAttribute("departments", records.departments(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "training/record-for";
    }
}

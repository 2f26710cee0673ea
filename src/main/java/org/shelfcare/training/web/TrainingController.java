package org.shelfcare.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.training.CatalogItem;
import org.shelfcare.training.ItemDraft;
import org.shelfcare.training.Requirement;
import org.shelfcare.training.TrainingManagement;
import org.shelfcare.training.TrainingPrograms;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training pages: everyone's "My training" and the completion form; the catalog and its
 * requirements for admins and wellness leads; the review of completions for leads and supervisors.
 */
@Controller
class TrainingController {

    private final TrainingManagement training;
    private final TrainingPrograms offers;
    private final MessageSource messages;

    TrainingController(TrainingManagement training, TrainingPrograms offers, MessageSource messages) {
        this.training = training;
        this.offers = offers;
        this.messages = messages;
    }

    // ---- my training -------------------------------------------------------------------------------

    @GetMapping(TrainingRoutes.HOME)
    String home(CurrentUser user, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("rows", training.myTraining(user));
        model.addAttribute("completions", training.myCompletions(user));
        model.addAttribute("offers", offers.offers(user));
        model.addAttribute("zone", user.zone());
        model.addAttribute("manages", TrainingManagement.manages(user));
        model.addAttribute("reviews", TrainingManagement.reviews(user));
        return "training/home";
    }

    @GetMapping(TrainingRoutes.RECORD)
    String recordForm(CurrentUser user, @RequestParam(name = "item", required = false) @Nullable String item,
            Model model) {
        return recordPage(user, item == null ? "" : item, java.time.LocalDate.now(user.zone()).toString(), "",
                UUID.randomUUID().toString(), FormErrors.NONE, model);
    }

    @PostMapping(TrainingRoutes.RECORD)
    String record(CurrentUser user, @RequestParam(defaultValue = "") String itemId,
            @RequestParam(defaultValue = "") String completedOn, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String formToken,
            @RequestParam(name = "certificate", required = false) @Nullable MultipartFile file, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        TrainingManagement.Certificate certificate = Certificates.upload(file);
        try {
            training.record(user, itemId, completedOn, note, certificate, formToken);
        } catch (InvalidInput invalid) {
            return recordPage(user, itemId, completedOn, note, formToken, FormErrors.of(invalid, messages, locale), model);
        } catch (ErrorResponseException tooLarge) {
            response.setStatus(tooLarge.getStatusCode().value());
            return recordPage(user, itemId, completedOn, note, formToken, FormErrors.form("certificate", messages.getMessage(
                    String.valueOf(tooLarge.getDetailMessageCode()), tooLarge.getDetailMessageArguments(), locale)), model);
        }
        Flash.notice(redirect, messages.getMessage("training.record.saved", null, locale));
        return "redirect:" + TrainingRoutes.HOME;
    }

    private String recordPage(CurrentUser user, String itemId, String completedOn, String note, String formToken,
            FormErrors errors, Model model) {
        model.addAttribute("formToken", formToken);
        model.addAttribute("items", training.catalog(user).stream().filter(item -> !item.retired()).toList());
        model.addAttribute("itemId", itemId);
        model.addAttribute("completedOn", completedOn);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", TrainingManagement.CERTIFICATE_MAX_BYTES / (1024 * 1024));
        return "training/record";
    }

    @GetMapping(TrainingRoutes.CERTIFICATE)
    ResponseEntity<byte[]> certificate(CurrentUser user, @PathVariable UUID id) {
        return Certificates.download(training.certificate(user, id));
    }

    // ---- the catalog and requirements --------------------------------------------------------------

    @GetMapping(TrainingRoutes.CATALOG)
    String catalog(CurrentUser user, Model model) {
        return catalogPage(user, "", "EVERYONE", "", "", "", FormErrors.NONE, model);
    }

    private String catalogPage(CurrentUser user, String itemId, String audience, String value, String intervalMonths,
            String withinDays, FormErrors errors, Model model) {
        requireManager(user);
        List<CatalogItem> items = training.catalog(user);
        model.addAttribute("items", items);
        model.addAttribute("programs", offers.linkable(user));
        model.addAttribute("requirements", training.requirements(user));
        model.addAttribute("jobTitles", training.jobTitles(user));
        model.addAttribute("departments", training.departments(user));
        model.addAttribute("roles", Role.ASSIGNABLE.stream().sorted().toList());
        model.addAttribute("itemId", itemId);
        model.addAttribute("audience", audience);
        model.addAttribute("value", value);
        model.addAttribute("intervalMonths", intervalMonths);
        model.addAttribute("withinDays", withinDays);
        model.addAttribute("errors", errors);
        return "training/catalog";
    }

    @GetMapping(TrainingRoutes.NEW_ITEM)
    String newItem(CurrentUser user, Model model) {
        requireManager(user);
        return itemPage(user, null, ItemDraft.empty(), FormErrors.NONE, model);
    }

    @PostMapping(TrainingRoutes.CATALOG)
    String addItem(CurrentUser user, ItemDraft draft, Locale locale, Model model, RedirectAttributes redirect) {
        CatalogItem added;
        try {
            added = training.addItem(user, draft);
        } catch (InvalidInput invalid) {
            return itemPage(user, null, draft, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("training.item.added", new Object[] {added.title()}, locale));
        return "redirect:" + TrainingRoutes.CATALOG;
    }

    @GetMapping(TrainingRoutes.ITEM)
    String editItem(CurrentUser user, @PathVariable UUID id, Model model) {
        requireManager(user);
        CatalogItem item = training.item(user, id);
        return itemPage(user, item, ItemDraft.of(item), FormErrors.NONE, model);
    }

    @PostMapping(TrainingRoutes.ITEM)
    String changeItem(CurrentUser user, @PathVariable UUID id, ItemDraft draft, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            training.changeItem(user, id, draft);
        } catch (InvalidInput invalid) {
            return itemPage(user, training.item(user, id), draft, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("training.item.changed", null, locale));
        return "redirect:" + TrainingRoutes.CATALOG;
    }

    private String itemPage(CurrentUser user, @Nullable CatalogItem item, ItemDraft draft, FormErrors errors,
            Model model) {
        model.addAttribute("item", item);
        model.addAttribute("programs", offers.linkable(user));
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        return "training/item";
    }

    @GetMapping(TrainingRoutes.RETIRE)
    String confirmRetire(CurrentUser user, @PathVariable UUID id, Locale locale, Model model) {
        requireManager(user);
        CatalogItem item = training.item(user, id);
        return confirm(model, messages.getMessage("training.retire.title", null, locale), item.title(),
                messages.getMessage("training.retire.effect", null, locale), TrainingRoutes.retire(id),
                messages.getMessage("training.retire.confirm", null, locale), TrainingRoutes.CATALOG);
    }

    @PostMapping(TrainingRoutes.RETIRE)
    String retire(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        CatalogItem item = training.setRetired(user, id, true);
        Flash.notice(redirect, messages.getMessage("training.retire.done", new Object[] {item.title()}, locale));
        return "redirect:" + TrainingRoutes.CATALOG;
    }

    @PostMapping(TrainingRoutes.RESTORE)
    String restore(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        CatalogItem item = training.setRetired(user, id, false);
        Flash.notice(redirect, messages.getMessage("training.restore.done", new Object[] {item.title()}, locale));
        return "redirect:" + TrainingRoutes.CATALOG;
    }

    @PostMapping(TrainingRoutes.REQUIREMENTS)
    String addRequirement(CurrentUser user, @RequestParam(defaultValue = "") String itemId,
            @RequestParam(defaultValue = "") String audience, @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String jobTitle,
            @RequestParam(defaultValue = "") String departmentId, @RequestParam(defaultValue = "") String intervalMonths,
            @RequestParam(defaultValue = "") String withinDays, Locale locale, Model model, RedirectAttributes redirect) {
        // the form has one field per kind of audience, so that it works without JavaScript
        String chosen = !value.isBlank() ? value : switch (audience) {
            case "ROLE" -> role;
            case "JOB_TITLE" -> jobTitle;
            case "DEPARTMENT" -> departmentId;
            default -> "";
        };
        try {
            training.addRequirement(user, itemId, audience, chosen, intervalMonths, withinDays);
        } catch (InvalidInput invalid) {
            return catalogPage(user, itemId, audience, chosen, intervalMonths, withinDays,
                    FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("training.requirement.added", null, locale));
        return "redirect:" + TrainingRoutes.CATALOG + "#requirements";
    }

    @GetMapping(TrainingRoutes.REQUIREMENT_REMOVE)
    String confirmRemove(CurrentUser user, @PathVariable UUID id, Locale locale, Model model) {
        requireManager(user);
        Requirement requirement = training.requirement(user, id);
        return confirm(model, messages.getMessage("training.requirement.removeTitle", null, locale),
                requirement.itemTitle() + " · " + requirement.audienceLabel(),
                messages.getMessage("training.requirement.removeEffect", null, locale),
                TrainingRoutes.removeRequirement(id), messages.getMessage("training.requirement.removeConfirm", null, locale),
                TrainingRoutes.CATALOG + "#requirements");
    }

    @PostMapping(TrainingRoutes.REQUIREMENT_REMOVE)
    String remove(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        training.removeRequirement(user, id);
        Flash.notice(redirect, messages.getMessage("training.requirement.removed", null, locale));
        return "redirect:" + TrainingRoutes.CATALOG + "#requirements";
    }

    private static String confirm(Model model, String title, String subject, String effect, String action,
            String button, String back) {
        model.addAttribute("title", title);
        model.addAttribute("subject", subject);
        model.addAttribute("effect", effect);
        model.addAttribute("action", action);
        model.addAttribute("button", button);
        model.addAttribute("back", back);
        return "training/confirm";
    }

    // ---- review and compliance ---------------------------------------------------------------------

    @GetMapping(TrainingRoutes.REVIEW)
    String review(CurrentUser user, Model model, HttpServletResponse response) {
        return reviewPage(user, null, "", FormErrors.NONE, model, response);
    }

    private String reviewPage(CurrentUser user, @Nullable UUID rejecting, String reason, FormErrors errors, Model model,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("pending", training.pending(user));
        model.addAttribute("rejecting", rejecting);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "training/review";
    }

    @PostMapping(TrainingRoutes.VERIFY)
    String verify(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        var completion = training.verify(user, id);
        Flash.notice(redirect, messages.getMessage("training.review.verified",
                new Object[] {completion.personName(), completion.itemTitle()}, locale));
        return "redirect:" + TrainingRoutes.REVIEW;
    }

    @PostMapping(TrainingRoutes.REJECT)
    String reject(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        org.shelfcare.training.Completion completion;
        try {
            completion = training.reject(user, id, reason);
        } catch (InvalidInput invalid) {
            return reviewPage(user, id, reason, FormErrors.of(invalid, messages, locale), model, response);
        }
        Flash.notice(redirect, messages.getMessage("training.review.rejected",
                new Object[] {completion.personName(), completion.itemTitle()}, locale));
        return "redirect:" + TrainingRoutes.REVIEW;
    }

    private static void requireManager(CurrentUser user) {
        if (!TrainingManagement.manages(user)) {
            throw Problems.forbidden();
        }
    }
}

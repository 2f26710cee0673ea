package org.shelfcare.safety.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.safety.IncidentType;
import org.shelfcare.safety.IncidentTypes;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The library's incident types, kept by admins and safety leads: add a type, rename one, retire it
 * (no longer offered for new reports) or bring it back, and delete an added type no report uses
 * (after a confirmation).
 */
@Controller
class IncidentTypesController {

    private final IncidentTypes types;
    private final MessageSource messages;

    IncidentTypesController(IncidentTypes types, MessageSource messages) {
        this.types = types;
        this.messages = messages;
    }

    @GetMapping(SafetyRoutes.TYPES)
    String list(CurrentUser user, Model model) {
        return render(user, "", "", FormErrors.NONE, null, FormErrors.NONE, model);
    }

    @PostMapping(SafetyRoutes.TYPES)
    String add(CurrentUser user, @RequestParam(defaultValue = "") String labelEn,
            @RequestParam(defaultValue = "") String labelEs, Locale locale, Model model, RedirectAttributes redirect) {
        IncidentType added;
        try {
            added = types.add(user, labelEn, labelEs);
        } catch (InvalidInput invalid) {
            return render(user, labelEn, labelEs, FormErrors.of(invalid, messages, locale), null, FormErrors.NONE, model);
        }
        Flash.notice(redirect, messages.getMessage("safety.types.added", new Object[] {added.label()}, locale));
        return "redirect:" + SafetyRoutes.TYPES;
    }

    @PostMapping(SafetyRoutes.TYPES + "/{code}")
    String change(CurrentUser user, @PathVariable String code, @RequestParam(defaultValue = "") String labelEn,
            @RequestParam(defaultValue = "") String labelEs, @RequestParam(defaultValue = "false") boolean retired,
            Locale locale, Model model, RedirectAttributes redirect) {
        try {
            types.change(user, code, labelEn, labelEs, retired);
        } catch (InvalidInput invalid) {
            return render(user, "", "", FormErrors.NONE, code, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("safety.types.changed", null, locale));
        return "redirect:" + SafetyRoutes.TYPES + "#type-" + code;
    }

    @GetMapping(SafetyRoutes.TYPES + "/{code}/delete")
    String confirmDelete(CurrentUser user, @PathVariable String code, Model model) {
        requireManager(user);
        IncidentType type = types.find(user.organizationId(), code, user.locale()).orElseThrow(Problems::notFound);
        model.addAttribute("type", type);
        return "safety/type-delete";
    }

    @PostMapping(SafetyRoutes.TYPES + "/{code}/delete")
    String delete(CurrentUser user, @PathVariable String code, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            types.delete(user, code);
        } catch (ErrorResponseException refused) {
            if (refused.getStatusCode().value() != 409) {
                throw refused;
            }
            String reason = messages.getMessage(refused.getDetailMessageCode() == null ? "problem.validation"
                    : refused.getDetailMessageCode(), refused.getDetailMessageArguments(), locale);
            return render(user, "", "", FormErrors.form("form", reason), null, FormErrors.NONE, model);
        }
        Flash.notice(redirect, messages.getMessage("safety.types.deleted", null, locale));
        return "redirect:" + SafetyRoutes.TYPES;
    }

    private String render(CurrentUser user, String labelEn, String labelEs, FormErrors errors, @Nullable String changing,
            FormErrors changeErrors, Model model) {
        requireManager(user);
        model.addAttribute("types", types.types(user.organizationId(), user.locale()));
        model.addAttribute("labelEn", labelEn);
        model.addAttribute("labelEs", labelEs);
        model.addAttribute("errors", errors);
        model.addAttribute("changing", changing);
        model.addAttribute("changeErrors", changeErrors);
        return "safety/types";
    }

    private static void requireManager(CurrentUser user) {
        if (!IncidentTypes.manages(user)) {
            throw Problems.forbidden();
        }
    }
}

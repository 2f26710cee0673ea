package org.shelfcare.directory.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.LibrarySettings.UnitKind;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.Unit;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The library settings pages (admins): general settings, terms, modules, branches and departments. */
@Controller
class SettingsController {

    static final String SETTINGS = "/admin/settings";
    /** Time zones offered: the regional ones, sorted (e.g. America/Chicago). */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().toList();

    private final LibrarySettings settings;
    private final MessageSource messages;

    SettingsController(LibrarySettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping(SETTINGS)
    String page(CurrentUser user, Model model) {
        return render(user, model, Map.of(), FormErrors.NONE, null, FormErrors.NONE);
    }

    @PostMapping(SETTINGS)
    String save(CurrentUser user, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
            RedirectAttributes redirect) {
        user.require(Role.ADMIN);
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((field, values) -> typed.put(field, values.isEmpty() ? "" : values.get(0)));
        Integer threshold;
        try {
            threshold = Integer.valueOf(typed.getOrDefault("anonymityThreshold", "").strip());
        } catch (NumberFormatException notANumber) {
            return render(user, model, typed, FormErrors.form("anonymityThreshold",
                    messages.getMessage("settings.threshold.number", null, locale)), null, FormErrors.NONE);
        }
        Map<String, Map<String, @Nullable String>> terms = new LinkedHashMap<>();
        for (String language : LibrarySettings.LANGUAGES) {
            Map<String, @Nullable String> byKey = new LinkedHashMap<>();
            for (String key : LibrarySettings.TERMS) {
                byKey.put(key, typed.getOrDefault(termField(language, key), ""));
            }
            terms.put(language, byKey);
        }
        // only the switches the form showed change: an unchecked box sends nothing, a missing one must not mean "off"
        java.util.Set<String> shown = new java.util.HashSet<>(java.util.Arrays.asList(typed.getOrDefault("modulesShown", "").split(",")));
        Map<String, Boolean> modules = new LinkedHashMap<>();
        for (String code : settings.switchableModules()) {
            if (shown.contains(code)) {
                modules.put(code, typed.containsKey("modules/" + code));
            }
        }
        try {
            settings.update(user, new LibrarySettings.Change(typed.getOrDefault("name", ""), typed.get("timeZone"),
                    typed.get("defaultLocale"), threshold, terms, modules));
        } catch (InvalidInput invalid) {
            return render(user, model, typed, FormErrors.of(invalid, messages, locale), null, FormErrors.NONE);
        } catch (ErrorResponseException conflict) {
            return render(user, model, typed, FormErrors.form("name", messages.getMessage(
                    String.valueOf(conflict.getDetailMessageCode()), null, locale)), null, FormErrors.NONE);
        }
        Flash.notice(redirect, messages.getMessage("settings.saved", null, locale));
        return "redirect:" + SETTINGS;
    }

    @PostMapping(SETTINGS + "/{kind}")
    String add(CurrentUser user, @PathVariable String kind, @RequestParam(defaultValue = "") String name, Model model,
            Locale locale, RedirectAttributes redirect) {
        user.require(Role.ADMIN);
        UnitKind unitKind = kind(kind);
        try {
            Unit unit = settings.addUnit(user, unitKind, name);
            Flash.notice(redirect, messages.getMessage("settings." + kind + ".added", new Object[] {unit.name()}, locale));
            return "redirect:" + SETTINGS + "#" + kind;
        } catch (InvalidInput | ErrorResponseException problem) {
            return render(user, model, Map.of(kind + "-new", name), FormErrors.NONE, unitKind,
                    unitError(kind + "-new", problem, locale));
        }
    }

    @PostMapping(SETTINGS + "/{kind}/{id}")
    String rename(CurrentUser user, @PathVariable String kind, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name, Model model, Locale locale, RedirectAttributes redirect) {
        user.require(Role.ADMIN);
        UnitKind unitKind = kind(kind);
        try {
            Unit unit = settings.renameUnit(user, unitKind, id, name);
            Flash.notice(redirect, messages.getMessage("settings.unit.renamed", new Object[] {unit.name()}, locale));
            return "redirect:" + SETTINGS + "#" + kind;
        } catch (InvalidInput problem) {
            return render(user, model, Map.of(kind + "-" + id, name), FormErrors.NONE, unitKind,
                    unitError(kind + "-" + id, problem, locale));
        } catch (ErrorResponseException problem) {
            if (problem.getStatusCode().value() == 404) {
                throw problem;
            }
            return render(user, model, Map.of(kind + "-" + id, name), FormErrors.NONE, unitKind,
                    unitError(kind + "-" + id, problem, locale));
        }
    }

    @GetMapping(SETTINGS + "/{kind}/{id}/remove")
    String confirmRemove(CurrentUser user, @PathVariable String kind, @PathVariable UUID id, Model model) {
        UnitKind unitKind = kind(kind);
        model.addAttribute("kind", kind);
        model.addAttribute("unit", settings.unit(user, unitKind, id));
        model.addAttribute("people", settings.peopleIn(user, unitKind, id));
        return "directory/settings/remove-unit";
    }

    @PostMapping(SETTINGS + "/{kind}/{id}/remove")
    String remove(CurrentUser user, @PathVariable String kind, @PathVariable UUID id, Locale locale,
            RedirectAttributes redirect) {
        UnitKind unitKind = kind(kind);
        String name = settings.unit(user, unitKind, id).name();
        settings.removeUnit(user, unitKind, id);
        Flash.notice(redirect, messages.getMessage("settings.unit.removed", new Object[] {name}, locale));
        return "redirect:" + SETTINGS + "#" + kind;
    }

    private String render(CurrentUser user, Model model, Map<String, String> typed, FormErrors errors,
            @Nullable UnitKind unitKind, FormErrors unitErrors) {
        LibrarySettings.View view = settings.settings(user);
        Map<String, Map<String, String>> defaults = new LinkedHashMap<>();
        for (String language : LibrarySettings.LANGUAGES) {
            Map<String, String> byKey = new LinkedHashMap<>();
            for (String key : LibrarySettings.TERMS) {
                byKey.put(key, messages.getMessage("term." + key, null, key, Locale.forLanguageTag(language)));
            }
            defaults.put(language, byKey);
        }
        model.addAttribute("settings", view);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("unitKind", unitKind == null ? "" : unitKind == UnitKind.BRANCH ? "branches" : "departments");
        model.addAttribute("unitErrors", unitErrors);
        model.addAttribute("termDefaults", defaults);
        model.addAttribute("zones", ZONES);
        return "directory/settings/settings";
    }

    private FormErrors unitError(String field, RuntimeException problem, Locale locale) {
        if (problem instanceof InvalidInput invalid) {
            InvalidInput.FieldError first = invalid.errors().get(0);
            return FormErrors.form(field, messages.getMessage(first.messageCode(), first.args(), locale));
        }
        ErrorResponseException error = (ErrorResponseException) problem;
        return FormErrors.form(field, messages.getMessage(String.valueOf(error.getDetailMessageCode()),
                error.getDetailMessageArguments(), locale));
    }

    static String termField(String language, String key) {
        return "terms/" + language + "/" + key;
    }

    private static UnitKind kind(String kind) {
        return switch (kind) {
            case "branches" -> UnitKind.BRANCH;
            case "departments" -> UnitKind.DEPARTMENT;
            default -> throw Problems.notFound();
        };
    }
}

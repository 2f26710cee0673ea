package org.shelfcare.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Profiles;
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

/** Each person's profile: what they may change about themselves, and their password. */
@Controller
class ProfileController {

    static final String PROFILE = "/profile";

    /** Zones offered first; the person's and the library's own zone are always offered too. */
    static final List<String> COMMON_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
            "America/Halifax", "America/Toronto", "America/Vancouver", "America/Mexico_City", "America/Bogota",
            "America/Lima", "America/Santiago", "America/Argentina/Buenos_Aires", "Europe/London", "Europe/Madrid",
            "Europe/Berlin", "Asia/Manila", "Australia/Sydney", "Pacific/Auckland", "UTC");

    private final Profiles profiles;
    private final MessageSource messages;

    ProfileController(Profiles profiles, MessageSource messages) {
        this.profiles = profiles;
        this.messages = messages;
    }

    @GetMapping(PROFILE)
    String profile(CurrentUser me, Model model) {
        Profiles.Profile profile = profiles.profile(me);
        return render(me, model, profile, profile.name(), profile.pronouns(), profile.language(), profile.timeZone(),
                FormErrors.NONE, FormErrors.NONE);
    }

    @PostMapping(PROFILE)
    String save(CurrentUser me, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String pronouns, @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String timeZone, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            profiles.update(me, new Profiles.ProfileChanges(name, pronouns, language, timeZone));
        } catch (InvalidInput invalid) {
            return render(me, model, profiles.profile(me), name, pronouns, language, timeZone,
                    FormErrors.of(invalid, messages, locale), FormErrors.NONE);
        }
        Locale shown = language.isBlank() ? locale : Locale.forLanguageTag(language);
        Flash.notice(redirect, messages.getMessage("profile.saved", null, shown));
        return "redirect:" + PROFILE;
    }

    @PostMapping(PROFILE + "/password")
    String changePassword(CurrentUser me, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            profiles.changePassword(me, currentPassword, newPassword);
        } catch (InvalidInput invalid) {
            Profiles.Profile profile = profiles.profile(me);
            return render(me, model, profile, profile.name(), profile.pronouns(), profile.language(),
                    profile.timeZone(), FormErrors.NONE, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("profile.passwordChanged", null, locale));
        return "redirect:" + PROFILE;
    }

    private String render(CurrentUser me, Model model, Profiles.Profile profile, String name, String pronouns,
            String language, String timeZone, FormErrors errors, FormErrors passwordErrors) {
        List<String> zones = new ArrayList<>(COMMON_ZONES);
        for (String own : new String[] {profile.libraryZone().getId(), timeZone}) {
            if (own != null && !own.isBlank() && !zones.contains(own)) {
                zones.add(0, own);
            }
        }
        model.addAttribute("profile", profile);
        model.addAttribute("name", name);
        model.addAttribute("pronouns", pronouns == null ? "" : pronouns);
        model.addAttribute("language", language == null ? "" : language);
        model.addAttribute("timeZone", timeZone == null ? "" : timeZone);
        model.addAttribute("zones", zones);
        model.addAttribute("libraryZone", profile.libraryZone().getId());
        model.addAttribute("errors", errors);
        model.addAttribute("passwordErrors", passwordErrors);
        return "directory/people/profile";
    }
}

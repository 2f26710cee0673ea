package org.shelfcare.directory.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.SampleLibrary;
import org.shelfcare.web.Flash;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Loading, viewing and deleting the sample library. The setup wizard and the operator's page load
 * it; its details (the shared password and sign-in names to try) are shown to whoever just loaded
 * it, to the operator, and to the sample's own people.
 */
@Controller
class SampleLibraryController {

    static final String SAMPLE = "/sample-library";
    static final String DELETE = SAMPLE + "/delete";
    /** Flash attribute: the details, right after loading. */
    static final String LOADED = "loadedSample";

    private final SampleLibrary sample;
    private final DirectoryManagement directory;
    private final MessageSource messages;

    SampleLibraryController(SampleLibrary sample, DirectoryManagement directory, MessageSource messages) {
        this.sample = sample;
        this.directory = directory;
        this.messages = messages;
    }

    @PostMapping(SAMPLE)
    String load(@Nullable Principal principal, @RequestParam(defaultValue = "") String setupToken,
            RedirectAttributes redirect) {
        SampleLibrary.Loaded loaded = sample.load(caller(principal).orElse(null), setupToken.isBlank() ? null : setupToken);
        redirect.addFlashAttribute(LOADED, loaded.details());
        return "redirect:" + SAMPLE;
    }

    @GetMapping(SAMPLE)
    String details(@Nullable Principal principal, Model model) {
        Optional<CurrentUser> caller = caller(principal);
        Object loaded = model.asMap().get(LOADED);
        SampleLibrary.@Nullable Details details;
        if (loaded instanceof SampleLibrary.Details fresh) {
            details = fresh;
        } else if (caller.isPresent() && caller.get().has(Role.OPERATOR)) {
            details = sample.current().orElse(null);
        } else if (caller.isPresent() && caller.get().sampleOrganization()) {
            details = sample.current().filter(d -> d.organizationId().equals(caller.get().organizationId())).orElse(null);
        } else {
            return "redirect:/";
        }
        model.addAttribute("details", details);
        model.addAttribute("operator", caller.isPresent() && caller.get().has(Role.OPERATOR));
        model.addAttribute("signedIn", caller.isPresent());
        model.addAttribute("setUp", directory.isSetUp());
        model.addAttribute("mayDelete", caller.isPresent() && sample.mayDelete(caller.get()));
        return "directory/sample/details";
    }

    @GetMapping(DELETE)
    String confirmDelete(CurrentUser user, Model model) {
        SampleLibrary.Details details = sample.current().orElseThrow(Problems::notFound);
        if (!sample.mayDelete(user)) {
            throw Problems.forbidden();
        }
        model.addAttribute("details", details);
        return "directory/sample/delete";
    }

    @PostMapping(DELETE)
    String delete(CurrentUser user, Locale locale, RedirectAttributes redirect) {
        sample.delete(user);
        if (user.sampleOrganization()) {
            // the person's own account went with the sample: they are signed out on the next request
            return "redirect:/";
        }
        Flash.notice(redirect, messages.getMessage("sample.deleted", null, locale));
        return "redirect:" + OperatorController.LIBRARIES;
    }

    private Optional<CurrentUser> caller(@Nullable Principal principal) {
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return directory.currentUser(UUID.fromString(principal.getName()));
        } catch (IllegalArgumentException notAPerson) {
            return Optional.empty();
        }
    }
}

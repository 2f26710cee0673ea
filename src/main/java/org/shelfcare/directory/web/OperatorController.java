package org.shelfcare.directory.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.OperatorConsole;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.SampleLibrary;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
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
 * The operator's pages: every library of the instance with counts only, creating one, deactivating
 * and reactivating, exporting, and a new admin invitation for a library that lost its admin.
 */
@Controller
class OperatorController {

    static final String LIBRARIES = "/operator/organizations";
    /** Flash attribute: a link the operator hands to a new admin. */
    static final String ISSUED = "issued";

    private final OperatorConsole console;
    private final DirectoryManagement directory;
    private final SampleLibrary sample;
    private final MessageSource messages;

    OperatorController(OperatorConsole console, DirectoryManagement directory, SampleLibrary sample,
            MessageSource messages) {
        this.console = console;
        this.directory = directory;
        this.sample = sample;
        this.messages = messages;
    }

    @GetMapping(LIBRARIES)
    String list(CurrentUser user, Model model) {
        return render(user, model, Map.of(), FormErrors.NONE);
    }

    @PostMapping(LIBRARIES)
    String create(CurrentUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String adminName, @RequestParam(defaultValue = "") String adminEmail,
            Model model, Locale locale, RedirectAttributes redirect) {
        user.require(Role.OPERATOR);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", name);
        typed.put("adminName", adminName);
        typed.put("adminEmail", adminEmail);
        try {
            DirectoryManagement.CreatedOrganization created = directory.createOrganization(user, name, adminName, adminEmail);
            redirect.addFlashAttribute(ISSUED, new IssuedLink(directory.organization(created.organizationId()).name(),
                    adminEmail.strip(), created.adminInvitationUrl()));
            Flash.notice(redirect, messages.getMessage("operator.created", null, locale));
            return "redirect:" + LIBRARIES;
        } catch (InvalidInput invalid) {
            return render(user, model, typed, FormErrors.of(invalid, messages, locale));
        } catch (ErrorResponseException conflict) {
            if (conflict.getStatusCode().value() != 409) {
                throw conflict;
            }
            return render(user, model, typed, FormErrors.form("adminEmail",
                    messages.getMessage(String.valueOf(conflict.getDetailMessageCode()), null, locale)));
        }
    }

    @GetMapping(LIBRARIES + "/{id}/status")
    String confirmStatus(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean active,
            Model model) {
        model.addAttribute("library", console.library(user, id));
        model.addAttribute("active", active);
        model.addAttribute("own", id.equals(user.organizationId()));
        return "directory/operator/status";
    }

    @PostMapping(LIBRARIES + "/{id}/status")
    String setStatus(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean active,
            Locale locale, RedirectAttributes redirect) {
        OperatorConsole.LibraryRow library = console.library(user, id);
        directory.setOrganizationActive(user, id, active);
        Flash.notice(redirect, messages.getMessage(active ? "operator.reactivated" : "operator.deactivated",
                new Object[] {library.name()}, locale));
        return "redirect:" + LIBRARIES;
    }

    @GetMapping(LIBRARIES + "/{id}/admin-invitation")
    String adminInvitationForm(CurrentUser user, @PathVariable UUID id, Model model) {
        return renderInvitation(user, id, model, "", "", FormErrors.NONE);
    }

    @PostMapping(LIBRARIES + "/{id}/admin-invitation")
    String adminInvitation(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email, Model model, Locale locale, RedirectAttributes redirect) {
        OperatorConsole.LibraryRow library = console.library(user, id);
        try {
            Invitation invitation = console.issueAdminInvitation(user, id, name, email);
            redirect.addFlashAttribute(ISSUED, new IssuedLink(library.name(), email.strip(), invitation.url()));
            Flash.notice(redirect, messages.getMessage("operator.invitationIssued", null, locale));
            return "redirect:" + LIBRARIES;
        } catch (InvalidInput invalid) {
            return renderInvitation(user, id, model, name, email, FormErrors.of(invalid, messages, locale));
        } catch (ErrorResponseException conflict) {
            if (conflict.getStatusCode().value() != 409) {
                throw conflict;
            }
            return renderInvitation(user, id, model, name, email, FormErrors.form("email",
                    messages.getMessage(String.valueOf(conflict.getDetailMessageCode()), null, locale)));
        }
    }

    private String render(CurrentUser user, Model model, Map<String, String> typed, FormErrors errors) {
        model.addAttribute("libraries", console.libraries(user));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("ownId", user.organizationId());
        model.addAttribute("sampleLoaded", sample.current().isPresent());
        if (!model.containsAttribute(ISSUED)) {
            model.addAttribute(ISSUED, null);
        }
        return "directory/operator/organizations";
    }

    private String renderInvitation(CurrentUser user, UUID id, Model model, String name, String email, FormErrors errors) {
        model.addAttribute("library", console.library(user, id));
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        return "directory/operator/admin-invitation";
    }
}

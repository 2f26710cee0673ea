package org.shelfcare.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.directory.PeopleAdministration.PersonChanges;
import org.shelfcare.directory.PeopleAdministration.PersonDetails;
import org.shelfcare.directory.PersonStatus;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
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
 * Admins look after the people of their library: find them, invite one person, edit, deactivate
 * and reactivate them, and send a new invitation link.
 */
@Controller
class PeopleController {

    static final String PEOPLE = "/admin/people";
    static final String INVITATION_URL = "invitationUrl";

    private final DirectoryManagement directory;
    private final PeopleAdministration administration;
    private final MessageSource messages;

    PeopleController(DirectoryManagement directory, PeopleAdministration administration, MessageSource messages) {
        this.directory = directory;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping(PEOPLE)
    String list(CurrentUser admin, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String branch, @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String status, Model model) {
        admin.require(Role.ADMIN);
        PersonStatus wanted = status(status);
        List<PersonView> found = administration.list(admin, new PeopleAdministration.Filter(q, PersonForm.id(branch),
                PersonForm.id(department), wanted));
        model.addAttribute("people", found);
        model.addAttribute("q", q);
        model.addAttribute("branch", branch);
        model.addAttribute("department", department);
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("branches", directory.branches(admin.organizationId()));
        model.addAttribute("departments", directory.departments(admin.organizationId()));
        return "directory/people/list";
    }

    @GetMapping(PEOPLE + "/new")
    String newPerson(CurrentUser admin, Model model) {
        admin.require(Role.ADMIN);
        return inviteForm(admin, model, new PersonForm(), FormErrors.NONE);
    }

    @PostMapping(PEOPLE)
    String invite(CurrentUser admin, @ModelAttribute("form") PersonForm form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        admin.require(Role.ADMIN);
        Invitation invitation;
        try {
            invitation = directory.invite(admin, new NewPerson(form.getName(), form.getEmail(), form.getUsername(),
                    PeopleApiController.roles(form.getRoles()), PersonForm.id(form.getBranchId()),
                    PersonForm.id(form.getDepartmentId()), form.getJobTitle(), PersonForm.id(form.getSupervisorId())));
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return inviteForm(admin, model, form, FormErrors.of(invalid, messages, locale));
        } catch (ErrorResponseException problem) {
            if (problem.getStatusCode().value() != 409) {
                throw problem;
            }
            response.setStatus(409);
            String field = "person.usernameTaken".equals(problem.getDetailMessageCode()) ? "username" : "email";
            return inviteForm(admin, model, form, FormErrors.form(field, message(problem, locale)));
        }
        redirect.addFlashAttribute(INVITATION_URL, invitation.url());
        return "redirect:" + PEOPLE + "/" + invitation.personId() + "/invitation";
    }

    private String inviteForm(CurrentUser admin, Model model, PersonForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("branches", directory.branches(admin.organizationId()));
        model.addAttribute("departments", directory.departments(admin.organizationId()));
        model.addAttribute("supervisors", administration.possibleSupervisors(admin, null));
        return "directory/people/new";
    }

    /** The invitation link, shown once right after it was made; afterwards a new one can be sent. */
    @GetMapping(PEOPLE + "/{id}/invitation")
    String invitation(CurrentUser admin, @PathVariable UUID id, Model model) {
        PersonDetails details = administration.details(admin, id);
        model.addAttribute("person", details.person());
        Object url = model.getAttribute(INVITATION_URL);
        model.addAttribute("url", url == null ? "" : url.toString());
        return "directory/people/invited";
    }

    @PostMapping(PEOPLE + "/{id}/invitation")
    String resend(CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        Invitation invitation = administration.resendInvitation(admin, id);
        redirect.addFlashAttribute(INVITATION_URL, invitation.url());
        return "redirect:" + PEOPLE + "/" + id + "/invitation";
    }

    @GetMapping(PEOPLE + "/{id}")
    String edit(CurrentUser admin, @PathVariable UUID id, Model model) {
        PersonDetails details = administration.details(admin, id);
        return editForm(admin, model, details,
                PersonForm.of(details.person(), details.otherBranches(), details.workingPattern()), FormErrors.NONE);
    }

    @PostMapping(PEOPLE + "/{id}")
    String save(CurrentUser admin, @PathVariable UUID id, @ModelAttribute("form") PersonForm form, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        PersonDetails details = administration.details(admin, id);
        try {
            administration.update(admin, id, new PersonChanges(form.getName(), PeopleApiController.roles(form.getRoles()),
                    Optional.ofNullable(PersonForm.id(form.getBranchId())), PersonForm.ids(form.getOtherBranchIds()),
                    Optional.ofNullable(PersonForm.id(form.getDepartmentId())), Optional.of(form.getJobTitle()),
                    Optional.ofNullable(PersonForm.id(form.getSupervisorId())), form.workingPattern(), null,
                    Optional.of(form.getStartedOn())));
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return editForm(admin, model, details, form, FormErrors.of(invalid, messages, locale));
        } catch (ErrorResponseException problem) {
            if (problem.getStatusCode().value() != 409) {
                throw problem;
            }
            response.setStatus(409);
            return editForm(admin, model, details, form, FormErrors.form("roles", message(problem, locale)));
        }
        Flash.notice(redirect, messages.getMessage("people.saved", new Object[] {form.getName().strip()}, locale));
        return "redirect:" + PEOPLE + "/" + id;
    }

    private String editForm(CurrentUser admin, Model model, PersonDetails details, PersonForm form, FormErrors errors) {
        model.addAttribute("person", details.person());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("self", admin.personId().equals(details.person().id()));
        model.addAttribute("branches", directory.branches(admin.organizationId()));
        model.addAttribute("departments", directory.departments(admin.organizationId()));
        model.addAttribute("supervisors", administration.possibleSupervisors(admin, details.person().id()));
        return "directory/people/edit";
    }

    @GetMapping(PEOPLE + "/{id}/deactivate")
    String confirmDeactivation(CurrentUser admin, @PathVariable UUID id, Model model) {
        model.addAttribute("person", administration.details(admin, id).person());
        model.addAttribute("error", "");
        return "directory/people/deactivate";
    }

    @PostMapping(PEOPLE + "/{id}/deactivate")
    String deactivate(CurrentUser admin, @PathVariable UUID id, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        PersonView person = administration.details(admin, id).person();
        try {
            administration.setActive(admin, id, false);
        } catch (ErrorResponseException problem) {
            if (problem.getStatusCode().value() != 409) {
                throw problem;
            }
            response.setStatus(409);
            model.addAttribute("person", person);
            model.addAttribute("error", message(problem, locale));
            return "directory/people/deactivate";
        }
        Flash.notice(redirect, messages.getMessage("people.deactivated", new Object[] {person.name()}, locale));
        return "redirect:" + PEOPLE + "/" + id;
    }

    @PostMapping(PEOPLE + "/{id}/reactivate")
    String reactivate(CurrentUser admin, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        PersonView person = administration.setActive(admin, id, true);
        Flash.notice(redirect, messages.getMessage("people.reactivated", new Object[] {person.name()}, locale));
        return "redirect:" + PEOPLE + "/" + id;
    }

    private String message(ErrorResponseException problem, Locale locale) {
        String code = String.valueOf(problem.getDetailMessageCode());
        return messages.getMessage(code, problem.getDetailMessageArguments(), code, locale);
    }

    private static @Nullable PersonStatus status(String value) {
        for (PersonStatus status : PersonStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }
}

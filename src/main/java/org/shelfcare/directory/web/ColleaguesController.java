package org.shelfcare.directory.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.directory.ColleagueStatus;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.WorkingPattern;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The colleague directory every signed-in person sees, and a supervisor's team with the working
 * patterns they keep up to date.
 */
@Controller
class ColleaguesController {

    static final String COLLEAGUES = "/people";
    static final String TEAM = "/team";

    private final PeopleAdministration administration;
    private final MessageSource messages;
    private final List<ColleagueStatus> statuses;

    ColleaguesController(PeopleAdministration administration, MessageSource messages, List<ColleagueStatus> statuses) {
        this.administration = administration;
        this.messages = messages;
        this.statuses = statuses;
    }

    @GetMapping(COLLEAGUES)
    String colleagues(CurrentUser viewer, @RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        List<PersonView> people = administration.colleagues(viewer, q);
        model.addAttribute("people", people);
        model.addAttribute("statuses", statuses(viewer, people.stream().map(PersonView::id).toList(), locale));
        model.addAttribute("q", q);
        return "directory/people/colleagues";
    }

    @GetMapping(COLLEAGUES + "/{id}")
    String colleague(CurrentUser viewer, @PathVariable UUID id, Locale locale, Model model) {
        PeopleAdministration.Colleague colleague = administration.colleague(viewer, id);
        model.addAttribute("colleague", colleague);
        model.addAttribute("status", statuses(viewer, List.of(id), locale).get(id));
        model.addAttribute("canEditPattern", viewer.isAdmin() || viewer.personId().equals(colleague.person().supervisorId()));
        return "directory/people/colleague";
    }

    /** What other modules show beside each name; the first to say something about a person wins. */
    private Map<UUID, ColleagueStatus.Shown> statuses(CurrentUser viewer, Collection<UUID> ids, Locale locale) {
        Map<UUID, ColleagueStatus.Shown> shown = new HashMap<>();
        for (ColleagueStatus status : statuses) {
            status.shown(viewer, ids, locale).forEach(shown::putIfAbsent);
        }
        return shown;
    }

    @GetMapping(TEAM)
    String team(CurrentUser supervisor, Model model) {
        model.addAttribute("people", administration.team(supervisor));
        return "directory/people/team";
    }

    @GetMapping(TEAM + "/{id}/working-pattern")
    String patternForm(CurrentUser editor, @PathVariable UUID id, Model model) {
        var person = administration.editableForPattern(editor, id);
        PersonForm form = new PersonForm();
        form.setWorkingPattern(WorkingPattern.parse(person.workingPattern()));
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.NONE);
        return "directory/people/team-pattern";
    }

    @PostMapping(TEAM + "/{id}/working-pattern")
    String savePattern(CurrentUser editor, @PathVariable UUID id, @ModelAttribute("form") PersonForm form, Model model,
            Locale locale, RedirectAttributes redirect) {
        var person = administration.editableForPattern(editor, id);
        try {
            administration.setWorkingPattern(editor, id, form.workingPattern());
        } catch (InvalidInput invalid) {
            model.addAttribute("person", person);
            model.addAttribute("errors", FormErrors.of(invalid, messages, locale));
            return "directory/people/team-pattern";
        }
        Flash.notice(redirect, messages.getMessage("team.patternSaved", new Object[] {person.name()}, locale));
        return "redirect:" + TEAM;
    }
}

package org.shelfcare.privacy.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.privacy.AuditEntry;
import org.shelfcare.privacy.AuditLog;
import org.shelfcare.privacy.AuditQuery;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.ListPage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit log page: admins browse and filter their library's log. */
@Controller
class AuditController {

    static final String AUDIT = "/admin/audit";

    private final AuditLog auditLog;
    private final DirectoryManagement directory;
    private final MessageSource messages;

    AuditController(AuditLog auditLog, DirectoryManagement directory, MessageSource messages) {
        this.auditLog = auditLog;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping(AUDIT)
    String audit(CurrentUser user, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) @Nullable String cursor, Model model, Locale locale) {
        user.require(Role.ADMIN);
        AuditFilterForm form = new AuditFilterForm(action.strip(), actor.strip(), subject.strip(), from.strip(), to.strip());
        List<InvalidInput.FieldError> problems = new ArrayList<>();
        AuditQuery query = new AuditQuery(AuditApiController.blankToNull(form.action()), id("actor", form.actor(), problems),
                id("subject", form.subject(), problems), date("from", form.from(), problems), date("to", form.to(), problems));
        ListPage<AuditEntry> entries = new ListPage<>(List.of(), null);
        FormErrors errors = FormErrors.NONE;
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            entries = auditLog.entries(user, query, cursor, AuditLog.DEFAULT_PAGE);
        } catch (InvalidInput invalid) {
            errors = FormErrors.of(invalid, messages, locale);
        }
        ZoneId zone = directory.organization(user.organizationId()).zone();
        List<PersonView> people = directory.people(user).stream()
                .sorted(Comparator.comparing(PersonView::name, String.CASE_INSENSITIVE_ORDER)).toList();

        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("rows", entries.items().stream().map(e -> row(e, zone, locale)).toList());
        model.addAttribute("olderLink", entries.nextCursor() == null ? null : link(form, entries.nextCursor()));
        model.addAttribute("newestLink", cursor == null || cursor.isBlank() ? null : link(form, null));
        model.addAttribute("actions", actionOptions(user, form.action(), locale));
        model.addAttribute("actors", personOptions(people, form.actor(), "privacy.audit.anyActor", null, locale));
        model.addAttribute("subjects", personOptions(people, form.subject(), "privacy.audit.anySubject",
                user.organizationId(), locale));
        model.addAttribute("careTrack", AuditLog.seesCareTrack(user));
        model.addAttribute("zone", zone);
        return "privacy/audit";
    }

    private AuditRow row(AuditEntry entry, ZoneId zone, Locale locale) {
        String who = entry.actorId() == null ? t("privacy.audit.system", locale)
                : entry.actorName() != null ? entry.actorName() : t("privacy.audit.outsider", locale);
        String about = "";
        if (entry.subjectName() != null) {
            about = entry.subjectName();
        } else if (entry.subjectId() != null) {
            String kind = entry.subjectKind() == null ? t("privacy.audit.record", locale)
                    : label("privacy.audit.kind.", entry.subjectKind(), locale);
            about = kind + " " + entry.subjectId().toString().substring(0, 8);
        }
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(locale).format(entry.at().atZone(zone));
        return new AuditRow(when, who, label("privacy.audit.action.", entry.action(), locale), about, entry.detail(),
                entry.careTrack());
    }

    private List<Option> actionOptions(CurrentUser user, String selected, Locale locale) {
        List<Option> options = new ArrayList<>(List.of(new Option("", t("privacy.audit.anyAction", locale), selected.isEmpty())));
        List<String> codes = new ArrayList<>(auditLog.actions(user));
        if (!selected.isEmpty() && !codes.contains(selected)) {
            codes.add(selected);
        }
        codes.forEach(code -> options.add(new Option(code, label("privacy.audit.action.", code, locale), code.equals(selected))));
        return options;
    }

    private List<Option> personOptions(List<PersonView> people, String selected, String anyKey, @Nullable UUID libraryId,
            Locale locale) {
        List<Option> options = new ArrayList<>(List.of(new Option("", t(anyKey, locale), selected.isEmpty())));
        if (libraryId != null) {
            options.add(new Option(libraryId.toString(), t("privacy.audit.theLibrary", locale),
                    libraryId.toString().equals(selected)));
        }
        boolean found = selected.isEmpty() || (libraryId != null && libraryId.toString().equals(selected));
        for (PersonView person : people) {
            boolean isSelected = person.id().toString().equals(selected);
            found |= isSelected;
            options.add(new Option(person.id().toString(), person.name(), isSelected));
        }
        if (!found) {
            options.add(new Option(selected, t("privacy.audit.otherChoice", locale), true));
        }
        return options;
    }

    private static String link(AuditFilterForm form, @Nullable String cursor) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(AUDIT);
        param(link, "action", form.action());
        param(link, "actor", form.actor());
        param(link, "subject", form.subject());
        param(link, "from", form.from());
        param(link, "to", form.to());
        if (cursor != null) {
            param(link, "cursor", cursor);
        }
        return link.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder link, String name, String value) {
        if (!value.isEmpty()) {
            link.queryParam(name, value);
        }
    }

    private static @Nullable UUID id(String field, String text, List<InvalidInput.FieldError> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            problems.add(new InvalidInput.FieldError(field, "privacy.audit.badChoice", new Object[0]));
            return null;
        }
    }

    private static @Nullable LocalDate date(String field, String text, List<InvalidInput.FieldError> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            problems.add(new InvalidInput.FieldError(field, "privacy.audit.badDate", new Object[0]));
            return null;
        }
    }

    private String label(String prefix, String code, Locale locale) {
        return messages.getMessage(prefix + code, null, code, locale);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

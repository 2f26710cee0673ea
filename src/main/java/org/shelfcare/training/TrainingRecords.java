package org.shelfcare.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.RosterMember;
import org.shelfcare.directory.Unit;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completions recorded by leads and certificates added later. Admins and wellness leads record a
 * training for anyone in the library, supervisors for their direct reports, one person or many at
 * once (a drill the whole branch attended); such completions are verified at once, name the lead
 * who recorded them, and the person is told in the app. A certificate can be added to a completion
 * afterwards by whoever may see it.
 */
@Service
@Transactional
public class TrainingRecords {

    /** The kind of notification people can switch off: "a lead recorded a training for you". */
    public static final String NOTICE = "training.recorded";

    private final JdbcClient jdbc;
    private final DirectoryManagement directory;
    private final TrainingManagement training;
    private final NotificationManagement notifications;

    TrainingRecords(JdbcClient jdbc, DirectoryManagement directory, TrainingManagement training,
            NotificationManagement notifications) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.training = training;
        this.notifications = notifications;
    }

    // ---- on someone's behalf -----------------------------------------------------------------------

    /**
     * What a lead chose: a training, a date, an optional note, and people by id, everyone of a
     * (home) branch, everyone of a department, or several of these together.
     */
    public record Selection(@Nullable String itemId, @Nullable String completedOn, @Nullable String note,
            List<String> personIds, @Nullable String branchId, @Nullable String departmentId) {

        public Selection {
            personIds = List.copyOf(personIds);
        }
    }

    /** A checked selection: the training, the date, the note and the people it names, by name. */
    public record Plan(CatalogItem item, LocalDate completedOn, @Nullable String note, List<RosterMember> people) {}

    /** The people a lead may record for: everyone for admins and wellness leads, direct reports for supervisors. */
    @Transactional(readOnly = true)
    public List<RosterMember> people(CurrentUser lead) {
        requireLead(lead);
        return List.copyOf(training.scope(lead).values());
    }

    public List<Unit> branches(CurrentUser lead) {
        return directory.branches(lead.organizationId());
    }

    public List<Unit> departments(CurrentUser lead) {
        return directory.departments(lead.organizationId());
    }

    /**
     * Checks a selection and says whom it names, saving nothing. Someone of another library, or a
     * branch or department of another library, answers 404; a supervisor naming someone outside
     * their team 403; anything else wrong is a field error.
     */
    @Transactional(readOnly = true)
    public Plan preview(CurrentUser lead, Selection selection) {
        requireLead(lead);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        CatalogItem item = training.offered(lead, selection.itemId());
        if (item == null) {
            errors.add(error("itemId", "training.completion.item"));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(String.valueOf(trim(selection.completedOn())));
            if (date.isAfter(LocalDate.now(lead.zone()))) {
                errors.add(error("completedOn", "training.completion.future"));
                date = null;
            } else if (date.isBefore(LocalDate.of(1970, 1, 1))) {
                errors.add(error("completedOn", "training.completion.date"));
                date = null;
            }
        } catch (DateTimeParseException malformed) {
            errors.add(error("completedOn", "training.completion.date"));
        }
        String note = trim(selection.note());
        if (note != null && note.length() > TrainingManagement.NOTE_MAX) {
            errors.add(error("note", "training.item.tooLong", TrainingManagement.NOTE_MAX));
        }
        List<RosterMember> people = chosen(lead, selection, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Plan(item, date, note, people);
    }

    private List<RosterMember> chosen(CurrentUser lead, Selection selection, List<InvalidInput.FieldError> errors) {
        Map<UUID, RosterMember> library = new LinkedHashMap<>();
        directory.roster(lead.organizationId()).forEach(m -> library.put(m.id(), m));
        Map<UUID, RosterMember> scope = training.scope(lead);
        Set<UUID> ids = new LinkedHashSet<>();
        boolean malformed = false;
        for (String text : selection.personIds()) {
            UUID id = uuid(text);
            if (id == null) {
                malformed |= text != null && !text.isBlank();
                continue;
            }
            if (!library.containsKey(id)) {
                throw Problems.notFound();
            }
            if (!scope.containsKey(id)) {
                throw Problems.forbidden();
            }
            ids.add(id);
        }
        UUID branch = unit(selection.branchId(), directory.branches(lead.organizationId()));
        UUID department = unit(selection.departmentId(), directory.departments(lead.organizationId()));
        for (RosterMember m : scope.values()) {
            if ((branch != null && branch.equals(m.branchId())) || (department != null && department.equals(m.departmentId()))) {
                ids.add(m.id());
            }
        }
        if (malformed) {
            errors.add(error("personIds", "training.onBehalf.personInvalid"));
        } else if (ids.isEmpty()) {
            errors.add(error("personIds", branch != null || department != null ? "training.onBehalf.nobodyThere"
                    : "training.onBehalf.choosePeople"));
        }
        // in the library's order (by name)
        return scope.values().stream().filter(m -> ids.contains(m.id())).toList();
    }

    /** A branch or department id of the library, null when none was chosen; another library's answers 404. */
    private static @Nullable UUID unit(@Nullable String text, List<Unit> units) {
        if (text == null || text.isBlank()) {
            return null;
        }
        UUID id = uuid(text);
        if (id == null || units.stream().noneMatch(u -> u.id().equals(id))) {
            throw Problems.notFound();
        }
        return id;
    }

    /**
     * Records the training for everyone the selection names, verified at once and naming the lead,
     * and tells each person in the app. A lead who names themselves gets an ordinary completion
     * that another lead checks, as nobody verifies their own. A form's one-time token makes a
     * second submission record nothing more.
     */
    public List<Completion> record(CurrentUser lead, Selection selection, @Nullable String formToken) {
        Plan plan = preview(lead, selection);
        String token = trim(formToken);
        if (token != null && token.length() > 100) {
            token = null;
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<UUID> ids = new ArrayList<>();
        Set<UUID> told = new LinkedHashSet<>();
        for (RosterMember person : plan.people()) {
            boolean own = person.id().equals(lead.personId());
            UUID id = UUID.randomUUID();
            int inserted = jdbc.sql("""
                    INSERT INTO training_completion (id, org_id, item_id, person_id, completed_on, note, status,
                        reviewed_by, reviewed_at, recorded_by, form_token, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(id, lead.organizationId(), plan.item().id(), person.id(), Date.valueOf(plan.completedOn()),
                            plan.note(), own ? "PENDING" : "VERIFIED", own ? null : lead.personId(), own ? null : now,
                            own ? null : lead.personId(), token, now)
                    .update();
            if (inserted == 1) {
                ids.add(id);
                if (!own) {
                    told.add(person.id());
                }
            } else if (token != null) {
                jdbc.sql("SELECT id FROM training_completion WHERE org_id = ? AND person_id = ? AND form_token = ?")
                        .params(lead.organizationId(), person.id(), token).query(UUID.class).optional().ifPresent(ids::add);
            }
        }
        tell(lead, plan, told);
        return ids.stream().map(id -> training.completion(lead, id)).toList();
    }

    /** In the app only; the notification center shows the date in each reader's language. */
    private void tell(CurrentUser lead, Plan plan, Set<UUID> people) {
        if (!people.isEmpty()) {
            notifications.notify(Notice.inApp(lead.organizationId(), people, NOTICE, "training.recorded.notice",
                    List.of(plan.item().title(), plan.completedOn().toString(), lead.name()), "/training"));
        }
    }

    // ---- certificates added later -------------------------------------------------------------------

    /**
     * Adds or replaces the certificate of a completion the caller may see (others 404). When the
     * person adds it to a completion a lead already looked at, it goes back to the leads.
     */
    public Completion attachCertificate(CurrentUser user, UUID completionId,
            TrainingManagement.@Nullable Certificate certificate) {
        Completion completion = training.completion(user, completionId);
        if (certificate == null || certificate.bytes().length == 0) {
            throw Problems.invalid("certificate", "training.certificate.missing");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        CertificateFiles.Accepted file = CertificateFiles.check(certificate, errors);
        if (file == null) {
            throw new InvalidInput(errors);
        }
        boolean backToLeads = completion.personId().equals(user.personId())
                && completion.status() != CompletionStatus.PENDING;
        jdbc.sql("UPDATE training_completion SET certificate_name = ?, certificate_type = ?, certificate = ?"
                        + (backToLeads ? ", status = 'PENDING', reviewed_by = NULL, reviewed_at = NULL, reject_reason = NULL" : "")
                        + " WHERE id = ? AND org_id = ?")
                .params(file.filename(), file.contentType(), file.bytes(), completion.id(), user.organizationId())
                .update();
        return training.completion(user, completionId);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static void requireLead(CurrentUser user) {
        if (!TrainingManagement.reviews(user)) {
            throw Problems.forbidden();
        }
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static @Nullable String trim(@Nullable String value) {
        return TrainingManagement.trim(value);
    }

    private static InvalidInput.FieldError error(String field, String code, Object... args) {
        return TrainingManagement.error(field, code, args);
    }
}

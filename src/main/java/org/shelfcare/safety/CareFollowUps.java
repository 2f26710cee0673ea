package org.shelfcare.safety;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.privacy.AuditLog;
import org.shelfcare.privacy.KeyOwner;
import org.shelfcare.privacy.Sealed;
import org.shelfcare.privacy.SealedField;
import org.shelfcare.privacy.SealedText;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-up care after an incident, in the spirit of Psychological First Aid and NICE NG116's
 * active monitoring (offer, never force; a follow-up within a month). Submitting an incident that
 * affected colleagues schedules two private follow-ups for each of them (by default 7 and 30 days
 * later, per library). When one is due the person is asked "How are you doing?" in the app and by
 * email (quiet hours respected); they answer I'm OK, I'd like to talk or Please send EAP
 * information, with an optional note sealed with the library's care key, or decline this one, or
 * stop the rest. Only care contacts see the schedule, answers and notes, and get a task when
 * someone asks for help; a reporter's check-in request becomes such a task too.
 */
@Service
@Transactional
public class CareFollowUps {

    /** A follow-up asks the person how they are doing. */
    public static final String FOLLOW_UP_NOTICE = "safety.followUp";
    /** Someone asked care contacts for help: a new task. */
    public static final String TASK_NOTICE = "safety.careTask";
    public static final int NOTE_MAX = 2_000;
    /** "Ask me again later" brings a follow-up back this many days later. */
    public static final int ASK_AGAIN_DAYS = 3;
    static final String NOTE_COLUMN = "note";
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(CareFollowUps.class);

    private final FollowUpRows rows;
    private final Incidents incidents;
    private final IncidentTypes types;
    private final DirectoryManagement directory;
    private final NotificationManagement notifications;
    private final SealedText sealedText;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final CareAccess care;

    CareFollowUps(FollowUpRows rows, Incidents incidents, IncidentTypes types, DirectoryManagement directory,
            NotificationManagement notifications, SealedText sealedText, AuditLog audit, MessageSource messages,
            PlatformTransactionManager transactions, CareAccess care) {
        this.rows = rows;
        this.incidents = incidents;
        this.types = types;
        this.directory = directory;
        this.notifications = notifications;
        this.sealedText = sealedText;
        this.audit = audit;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.care = care;
    }

    public static String link(UUID followUpId) {
        return "/safety/followups/" + followUpId;
    }

    public static final String TASKS_LINK = "/safety/care/tasks";

    // ---- scheduling and sending --------------------------------------------------------------------

    /** Schedules the two follow-ups of each person an incident affected, counted from its submission. */
    void schedule(UUID orgId, UUID incidentId, Collection<UUID> affected, Instant submittedAt) {
        FollowUpSettings settings = rows.settings(orgId);
        for (UUID person : new LinkedHashSet<>(affected)) {
            rows.insert(UUID.randomUUID(), orgId, incidentId, person, 1,
                    submittedAt.plus(settings.firstDays(), ChronoUnit.DAYS));
            rows.insert(UUID.randomUUID(), orgId, incidentId, person, 2,
                    submittedAt.plus(settings.secondDays(), ChronoUnit.DAYS));
        }
    }

    /** A reporter asked for a check-in today: a task for care contacts (who were already told). */
    void checkInRequested(UUID orgId, UUID incidentId, UUID personId, Instant at) {
        rows.insertTask(orgId, incidentId, personId, CareTask.CHECK_IN, null, at);
    }

    /**
     * Sends every follow-up due at {@code now}; the scheduler calls it every few minutes on one node
     * at a time. Each is claimed with a conditional update in a transaction of its own, so a
     * follow-up goes out once even if two runs overlap, and one failure holds up nobody else.
     * Answers how many were sent.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int deliverDue(Instant now) {
        int sent = 0;
        boolean failures = false;
        List<FollowUpRows.Row> due;
        do {
            due = rows.due(now, BATCH);
            for (FollowUpRows.Row row : due) {
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> send(row, now)))) {
                        sent++;
                    }
                } catch (RuntimeException failed) {
                    failures = true;
                    log.warn("Follow-up {} in organization {} failed; the next run tries again", row.id(), row.orgId(),
                            failed);
                }
            }
        } while (due.size() == BATCH && !failures);
        return sent;
    }

    private boolean send(FollowUpRows.Row row, Instant now) {
        if (!rows.claim(row.id(), now)) {
            return false;
        }
        notifications.notify(Notice.inApp(row.orgId(), Set.of(row.personId()), FOLLOW_UP_NOTICE,
                "safety.followUp.notice", List.of(), link(row.id()))
                .withEmail("safety.followUp.emailSubject", "safety.followUp.emailBody", List.of()));
        return true;
    }

    // ---- the person's own follow-ups ---------------------------------------------------------------

    /** The person's follow-ups waiting for an answer, newest first. */
    @Transactional(readOnly = true)
    public List<MyFollowUp> pending(CurrentUser person) {
        return rows.sentTo(person.organizationId(), person.personId()).stream()
                .filter(r -> r.status() == FollowUpStatus.SENT).map(r -> mine(person, r)).toList();
    }

    /** One of the person's own follow-ups that was sent to them; anyone else's 404. */
    @Transactional(readOnly = true)
    public MyFollowUp followUp(CurrentUser person, UUID id) {
        return mine(person, own(person, id));
    }

    /**
     * Answers a follow-up (again, if they like: the latest answer counts). "I'd like to talk" and
     * "Please send EAP information" give the care contacts a task and tell them someone asked,
     * without the name.
     */
    public MyFollowUp answer(CurrentUser person, UUID id, @Nullable String answer, @Nullable String note) {
        FollowUpRows.Row row = own(person, id);
        FollowUpAnswer chosen = parse(answer);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw Problems.invalid("note", "safety.followUp.noteTooLong", NOTE_MAX);
        }
        String sealed = text == null ? null : sealedText.seal(KeyOwner.care(person.organizationId()),
                SealedField.of(FollowUpRows.TABLE, NOTE_COLUMN, id), text).text();
        Instant now = Instant.now();
        rows.answer(id, chosen, sealed, now);
        if (chosen.asksForHelp()
                && rows.insertTask(person.organizationId(), row.incidentId(), person.personId(), chosen.name(), id, now)) {
            Set<UUID> careContacts = care.contacts(person.organizationId(), row.incidentId());
            careContacts.remove(person.personId());
            notifications.notify(Notice.inApp(person.organizationId(), careContacts, TASK_NOTICE, "safety.careTask.notice",
                    List.of(), TASKS_LINK).withEmail("safety.careTask.emailSubject", "safety.careTask.emailBody", List.of()));
        }
        return followUp(person, id);
    }

    /** Declines this follow-up; later ones still come. Only a follow-up waiting for an answer (else 409). */
    public MyFollowUp decline(CurrentUser person, UUID id) {
        FollowUpRows.Row row = own(person, id);
        if (row.status() != FollowUpStatus.SENT) {
            throw Problems.conflict("safety.followUp.notPending");
        }
        rows.setStatus(id, FollowUpStatus.DECLINED);
        return followUp(person, id);
    }

    /**
     * "Ask me again later": the follow-up comes back in {@value #ASK_AGAIN_DAYS} days, in the app and
     * by email as the first time. Only one waiting for an answer (else 409); undo asks now again.
     */
    public MyFollowUp askAgainLater(CurrentUser person, UUID id) {
        own(person, id);
        if (!rows.askAgain(id, Instant.now().plus(ASK_AGAIN_DAYS, ChronoUnit.DAYS))) {
            throw Problems.conflict("safety.followUp.notPending");
        }
        return followUp(person, id);
    }

    /** Stops this follow-up (unless answered) and every later one about the same incident. */
    public MyFollowUp stop(CurrentUser person, UUID id) {
        FollowUpRows.Row row = own(person, id);
        rows.stopRemaining(row.incidentId(), person.personId());
        return followUp(person, id);
    }

    /**
     * Undoes a decline, a stop or an "ask me again later": the follow-ups wait for an answer (at once,
     * for one put off), or for their day, again.
     */
    public MyFollowUp undo(CurrentUser person, UUID id) {
        FollowUpRows.Row row = own(person, id);
        if (row.status() == FollowUpStatus.DECLINED || row.status() == FollowUpStatus.SCHEDULED) {
            rows.setStatus(id, FollowUpStatus.SENT);
        }
        rows.resume(row.incidentId(), person.personId());
        return followUp(person, id);
    }

    private FollowUpRows.Row own(CurrentUser person, UUID id) {
        FollowUpRows.Row row = rows.find(person.organizationId(), id).orElseThrow(Problems::notFound);
        if (!row.personId().equals(person.personId()) || row.sentAt() == null) {
            throw Problems.notFound();
        }
        return row;
    }

    private MyFollowUp mine(CurrentUser person, FollowUpRows.Row row) {
        return new MyFollowUp(row.id(), row.status(), row.sentAt(), row.answer(), open(person.organizationId(), row),
                row.answeredAt(), rows.laterScheduled(row), row.status() == FollowUpStatus.SCHEDULED ? row.dueAt() : null);
    }

    private static FollowUpAnswer parse(@Nullable String answer) {
        if (answer == null || answer.isBlank()) {
            throw Problems.invalid("answer", "safety.followUp.answerRequired");
        }
        try {
            return FollowUpAnswer.valueOf(answer.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Problems.invalid("answer", "safety.followUp.answerUnknown");
        }
    }

    private @Nullable String open(UUID orgId, FollowUpRows.Row row) {
        return row.note() == null ? null : sealedText.open(KeyOwner.care(orgId),
                SealedField.of(FollowUpRows.TABLE, NOTE_COLUMN, row.id()), Sealed.of(row.note()));
    }

    // ---- care contacts -----------------------------------------------------------------------------

    /**
     * The follow-ups of one incident's care track. Care contacts only (an admin who is not one, the
     * incident's subject and everyone else 404); the care track page writes the care read.
     */
    @Transactional(readOnly = true)
    public List<CareFollowUp> ofIncident(CurrentUser careContact, UUID incidentId) {
        care.readable(careContact, incidentId);
        Map<UUID, String> names = names(careContact);
        return rows.ofIncident(incidentId).stream().map(r -> care(careContact, r, names)).toList();
    }

    /** Every follow-up of the library (for the API), without incidents about the reader; each incident's read is audited. */
    public List<CareFollowUp> all(CurrentUser careContact) {
        requireCare(careContact);
        Set<UUID> about = incidents.subjectOf(careContact.organizationId(), careContact.personId());
        Map<UUID, String> names = names(careContact);
        List<CareFollowUp> list = rows.ofLibrary(careContact.organizationId()).stream()
                .filter(r -> !about.contains(r.incidentId())).map(r -> care(careContact, r, names)).toList();
        auditReads(careContact, list.stream().map(CareFollowUp::incidentId).toList());
        return list;
    }

    /** The care tasks of one incident's care track (same rules as {@link #ofIncident}). */
    @Transactional(readOnly = true)
    public List<CareTask> tasksOfIncident(CurrentUser careContact, UUID incidentId) {
        Incidents.Row incident = care.readable(careContact, incidentId);
        Map<UUID, String> names = names(careContact);
        String label = label(careContact, incident);
        return rows.tasksOfIncident(incidentId).stream().map(t -> task(careContact, t, label, names)).toList();
    }

    /** The library's care tasks, open ones first, for care contacts (others 404); each incident's read is audited. */
    public List<CareTask> tasks(CurrentUser careContact) {
        requireCare(careContact);
        Set<UUID> about = incidents.subjectOf(careContact.organizationId(), careContact.personId());
        Map<UUID, String> names = names(careContact);
        Map<UUID, String> labels = new HashMap<>();
        List<CareTask> open = new ArrayList<>();
        List<CareTask> done = new ArrayList<>();
        for (FollowUpRows.TaskRow row : rows.tasks(careContact.organizationId())) {
            if (about.contains(row.incidentId())) {
                continue;
            }
            String label = labels.computeIfAbsent(row.incidentId(), id -> incidents.find(careContact.organizationId(), id)
                    .map(i -> label(careContact, i)).orElse(""));
            CareTask task = task(careContact, row, label, names);
            (task.done() ? done : open).add(task);
        }
        open.addAll(done);
        auditReads(careContact, open.stream().map(CareTask::incidentId).toList());
        return open;
    }

    /** Marks a task done, or (with {@code done} false) open again, as an undo. */
    public CareTask setDone(CurrentUser careContact, UUID taskId, boolean done) {
        requireCare(careContact);
        FollowUpRows.TaskRow row = rows.findTask(careContact.organizationId(), taskId).orElseThrow(Problems::notFound);
        Incidents.Row incident = care.readable(careContact, row.incidentId());
        if (done && row.doneAt() == null) {
            rows.setDone(taskId, careContact.personId(), Instant.now());
        } else if (!done) {
            rows.setDone(taskId, null, null);
        }
        FollowUpRows.TaskRow changed = rows.findTask(careContact.organizationId(), taskId).orElseThrow();
        return task(careContact, changed, label(careContact, incident), names(careContact));
    }

    private CareFollowUp care(CurrentUser careContact, FollowUpRows.Row r, Map<UUID, String> names) {
        return new CareFollowUp(r.id(), r.incidentId(), new PersonRef(r.personId(), name(names, r.personId(), careContact)),
                r.seq(), r.dueAt(), r.status(), r.sentAt(), r.answer(), open(careContact.organizationId(), r),
                r.answeredAt());
    }

    private CareTask task(CurrentUser careContact, FollowUpRows.TaskRow t, String label, Map<UUID, String> names) {
        return new CareTask(t.id(), t.incidentId(), label, new PersonRef(t.personId(), name(names, t.personId(), careContact)),
                t.kind(), t.followUpId(), t.createdAt(), t.doneAt(),
                t.doneBy() == null ? null : name(names, t.doneBy(), careContact));
    }

    private String label(CurrentUser reader, Incidents.Row incident) {
        String type = types.label(reader.organizationId(), incident.typeCode(), reader.locale());
        return incident.occurredAt() == null ? type
                : type + " · " + java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(incident.occurredAt().atZone(reader.zone()));
    }

    private void auditReads(CurrentUser careContact, Collection<UUID> incidentIds) {
        for (UUID id : new LinkedHashSet<>(incidentIds)) {
            audit.recordCareRead(careContact, SafetyManagement.CARE_SUBJECT_KIND, id);
        }
    }

    private static void requireCare(CurrentUser person) {
        if (!SafetyManagement.caresFor(person)) {
            throw Problems.notFound();
        }
    }

    private Map<UUID, String> names(CurrentUser reader) {
        Map<UUID, String> names = new HashMap<>();
        for (PersonView person : directory.people(reader)) {
            names.put(person.id(), person.name());
        }
        return names;
    }

    private String name(Map<UUID, String> names, UUID id, CurrentUser reader) {
        String name = names.get(id);
        return name != null ? name : messages.getMessage("safety.person.former", null, reader.locale());
    }

    // ---- the library's setting ---------------------------------------------------------------------

    public static boolean managesSettings(CurrentUser person) {
        return person.has(Role.ADMIN) || person.has(Role.SAFETY_LEAD);
    }

    /** When the library's follow-ups go out; admins and safety leads (others 403). */
    @Transactional(readOnly = true)
    public FollowUpSettings settings(CurrentUser manager) {
        manager.requireAny(Role.ADMIN, Role.SAFETY_LEAD);
        return rows.settings(manager.organizationId());
    }

    /**
     * Changes when the library's follow-ups go out: for incidents submitted from now on, and for the
     * follow-ups not sent yet, which move by the difference (one whose new day has passed goes out
     * at the next run). The first within 1 to 28 days, the second after it and within 90 days; each
     * wrong field 400.
     */
    public FollowUpSettings saveSettings(CurrentUser manager, @Nullable Integer firstDays, @Nullable Integer secondDays) {
        manager.requireAny(Role.ADMIN, Role.SAFETY_LEAD);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (firstDays == null || firstDays < FollowUpSettings.FIRST_MIN || firstDays > FollowUpSettings.FIRST_MAX) {
            errors.add(new InvalidInput.FieldError("firstDays", "safety.followUp.settings.firstRange",
                    new Object[] {FollowUpSettings.FIRST_MIN, FollowUpSettings.FIRST_MAX}));
        }
        if (secondDays == null || secondDays > FollowUpSettings.SECOND_MAX
                || secondDays <= (firstDays == null ? 0 : firstDays)) {
            errors.add(new InvalidInput.FieldError("secondDays", "safety.followUp.settings.secondRange",
                    new Object[] {FollowUpSettings.SECOND_MAX}));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        FollowUpSettings before = rows.settings(manager.organizationId());
        FollowUpSettings settings = new FollowUpSettings(firstDays, secondDays);
        rows.saveSettings(manager.organizationId(), settings);
        for (FollowUpRows.Row row : rows.notSentYet(manager.organizationId())) {
            long moveBy = row.seq() == 1 ? settings.firstDays() - before.firstDays() : settings.secondDays() - before.secondDays();
            if (moveBy != 0) {
                rows.moveDue(row.id(), row.dueAt().plus(moveBy, ChronoUnit.DAYS));
            }
        }
        return settings;
    }
}

package org.shelfcare.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.StaffMember;
import org.shelfcare.directory.Unit;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.privacy.AuditLog;
import org.shelfcare.privacy.KeyOwner;
import org.shelfcare.privacy.Sealed;
import org.shelfcare.privacy.SealedField;
import org.shelfcare.privacy.SealedText;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident reports and their two tracks. Any staff member reports an incident (saving a draft
 * first if they like). The factual record is read by safety leads, admins and its reporter, and
 * every read goes to the audit log; the care track by care contacts only, admins included only
 * when they are care contacts. A person named as a subject of a report can never read either
 * track: to them, as to another library, the report does not exist (404).
 */
@Service
@Transactional
public class SafetyManagement {

    /** Care contacts are asked to offer support today to the staff an incident affected. */
    public static final String CARE_OFFER_NOTICE = "safety.careOffer";
    /** Someone asked for a check-in today after reporting an incident. */
    public static final String CHECK_IN_NOTICE = "safety.checkIn";
    public static final String SUBJECT_KIND = "INCIDENT";
    public static final String CARE_SUBJECT_KIND = "INCIDENT_CARE";
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int TEXT_MAX = 2_000;
    public static final int AREA_MAX = 200;
    public static final int RESTRICTION_MAX = 1_000;
    public static final int NOTE_MAX = 4_000;
    /** Clocks differ a little: a time up to this far ahead still counts as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final Incidents incidents;
    private final IncidentTypes types;
    private final DirectoryManagement directory;
    private final AuditLog audit;
    private final SealedText sealedText;
    private final NotificationManagement notifications;
    private final MessageSource messages;
    private final CareFollowUps followUps;
    private final CareAccess care;

    SafetyManagement(Incidents incidents, IncidentTypes types, DirectoryManagement directory, AuditLog audit,
            SealedText sealedText, NotificationManagement notifications, MessageSource messages,
            CareFollowUps followUps, CareAccess care) {
        this.incidents = incidents;
        this.types = types;
        this.directory = directory;
        this.audit = audit;
        this.sealedText = sealedText;
        this.notifications = notifications;
        this.messages = messages;
        this.followUps = followUps;
        this.care = care;
    }

    /** Safety leads and admins read every submitted report (except those about themselves). */
    public static boolean readsAll(CurrentUser person) {
        return person.has(Role.SAFETY_LEAD) || person.has(Role.ADMIN);
    }

    public static boolean caresFor(CurrentUser person) {
        return person.has(Role.CARE_CONTACT);
    }

    // ---- reporting ---------------------------------------------------------------------------------

    /**
     * Saves a new report, as a draft or submitted. Missing or wrong fields answer 400 with every
     * field's problem; a branch or person of another library 404.
     */
    public UUID report(CurrentUser reporter, IncidentDraft draft, boolean submit) {
        validate(reporter, draft, submit);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        incidents.insert(id, reporter.organizationId(), reporter.personId(), now);
        incidents.save(reporter.organizationId(), id, clean(draft));
        if (submit) {
            submitted(reporter, id, draft, now);
        }
        return id;
    }

    /** Changes the reporter's own draft, and submits it when asked. A submitted report 409 (add a note instead). */
    public void update(CurrentUser reporter, UUID id, IncidentDraft draft, boolean submit) {
        Incidents.Row row = readable(reporter, id);
        if (!reporter.personId().equals(row.reporterId())) {
            throw Problems.notFound();
        }
        if (row.status() != IncidentStatus.DRAFT) {
            throw Problems.conflict("safety.incident.alreadySubmitted");
        }
        validate(reporter, draft, submit);
        incidents.save(reporter.organizationId(), id, clean(draft));
        if (submit) {
            submitted(reporter, id, draft, Instant.now());
        }
    }

    private void submitted(CurrentUser reporter, UUID id, IncidentDraft draft, Instant now) {
        incidents.submit(reporter.organizationId(), id, now);
        if (!draft.affectedPersonIds().isEmpty()) {
            Set<UUID> careContacts = care.contacts(reporter.organizationId(), id);
            notifications.notify(Notice.inApp(reporter.organizationId(), careContacts, CARE_OFFER_NOTICE,
                    "safety.careOffer.notice", List.of(), careLink(id))
                    .withEmail("safety.careOffer.emailSubject", "safety.careOffer.emailBody", List.of()));
            followUps.schedule(reporter.organizationId(), id, clean(draft).affectedPersonIds(), now);
        }
    }

    /** The reporter's draft as they typed it, care-track people included, to go on editing. */
    @Transactional(readOnly = true)
    public IncidentDraft draft(CurrentUser reporter, UUID id) {
        Incidents.Row row = readable(reporter, id);
        if (!reporter.personId().equals(row.reporterId()) || row.status() != IncidentStatus.DRAFT) {
            throw Problems.notFound();
        }
        return new IncidentDraft(row.typeCode(), row.occurredAt(), row.branchId(), row.area(), row.description(),
                row.othersDescribed(), row.witnesses(), row.actions(), row.actionsDetail(), row.restriction(),
                row.restrictionEnds(), incidents.people(id, Incidents.STAFF_INVOLVED), incidents.people(id, Incidents.SUBJECT),
                incidents.affected(id));
    }

    // ---- the factual record ------------------------------------------------------------------------

    /** The factual record, for those who may read it (others 404); the read goes to the audit log. */
    public Incident incident(CurrentUser reader, UUID id) {
        Incidents.Row row = readable(reader, id);
        audit.recordRead(reader, SUBJECT_KIND, id);
        Map<UUID, String> names = names(reader);
        Function<UUID, PersonRef> ref = person -> new PersonRef(person, name(names, person, reader.locale()));
        return new Incident(row.id(), row.status(), row.reporterId(), name(names, row.reporterId(), reader.locale()),
                row.typeCode(), types.label(reader.organizationId(), row.typeCode(), reader.locale()), row.occurredAt(),
                row.branchId(), branchName(reader.organizationId(), row.branchId()), row.area(), row.description(),
                row.othersDescribed(), row.witnesses(), row.actions(), row.actionsDetail(), row.restriction(),
                row.restrictionEnds(), incidents.people(id, Incidents.STAFF_INVOLVED).stream().map(ref).toList(),
                incidents.people(id, Incidents.SUBJECT).stream().map(ref).toList(), row.createdAt(), row.submittedAt(),
                notes(row, names, reader.locale()), reader.personId().equals(row.reporterId()));
    }

    /** The reports the person may read: their own, and for safety leads and admins every submitted one. */
    @Transactional(readOnly = true)
    public List<IncidentSummary> incidents(CurrentUser reader) {
        Set<UUID> about = incidents.subjectOf(reader.organizationId(), reader.personId());
        List<IncidentSummary> list = new ArrayList<>();
        Map<UUID, String> branches = branches(reader.organizationId());
        for (Incidents.Row row : incidents.visibleList(reader.organizationId(), reader.personId())) {
            boolean mine = reader.personId().equals(row.reporterId());
            if (about.contains(row.id()) || !(mine || readsAll(reader))) {
                continue;
            }
            list.add(summary(reader, row, branches));
        }
        return list;
    }

    /** Adds a dated supplemental note to a submitted report the person may read. */
    public IncidentNote addNote(CurrentUser author, UUID id, @Nullable String text) {
        Incidents.Row row = readable(author, id);
        if (row.status() != IncidentStatus.SUBMITTED) {
            throw Problems.conflict("safety.note.draft");
        }
        String body = required("text", text, NOTE_MAX, "safety.note.required");
        UUID noteId = UUID.randomUUID();
        Instant now = Instant.now();
        incidents.insertNote(author.organizationId(), id, noteId, author.personId(), body, now);
        return new IncidentNote(noteId, author.personId(), author.name(), body, now);
    }

    /** The supplemental notes of a report the person may read; the read goes to the audit log. */
    public List<IncidentNote> notes(CurrentUser reader, UUID id) {
        Incidents.Row row = readable(reader, id);
        audit.recordRead(reader, SUBJECT_KIND, id);
        return notes(row, names(reader), reader.locale());
    }

    private List<IncidentNote> notes(Incidents.Row row, Map<UUID, String> names, Locale locale) {
        return incidents.notes(row.id()).stream().map(n -> new IncidentNote(n.id(), n.authorId(),
                name(names, n.authorId(), locale), n.body(), n.at())).toList();
    }

    // ---- the care track ----------------------------------------------------------------------------

    /** Submitted incidents with a care track, for care contacts (others 404). */
    @Transactional(readOnly = true)
    public List<IncidentSummary> careList(CurrentUser careContact) {
        if (!caresFor(careContact)) {
            throw Problems.notFound();
        }
        Set<UUID> about = incidents.subjectOf(careContact.organizationId(), careContact.personId());
        Map<UUID, String> branches = branches(careContact.organizationId());
        return incidents.withCare(careContact.organizationId()).stream().filter(row -> !about.contains(row.id()))
                .map(row -> summary(careContact, row, branches)).toList();
    }

    /**
     * The care track of a submitted incident, for care contacts only: an admin who is not one, the
     * report's subject, and everyone else get 404. The read goes to the care part of the audit log.
     */
    public CareTrack care(CurrentUser careContact, UUID id) {
        Incidents.Row row = care.readable(careContact, id);
        audit.recordCareRead(careContact, CARE_SUBJECT_KIND, id);
        Map<UUID, String> names = names(careContact);
        Locale locale = careContact.locale();
        KeyOwner key = KeyOwner.care(careContact.organizationId());
        List<CareTrack.CareNote> notes = incidents.careNotes(id).stream().map(n -> new CareTrack.CareNote(n.id(),
                name(names, n.authorId(), locale),
                sealedText.open(key, SealedField.of(Incidents.CARE_NOTE_TABLE, "body", n.id()), Sealed.of(n.body())),
                n.at())).toList();
        return new CareTrack(id, types.label(careContact.organizationId(), row.typeCode(), locale), row.occurredAt(),
                incidents.affected(id).stream().map(p -> new PersonRef(p, name(names, p, locale))).toList(), notes,
                incidents.checkIns(id).stream().map(c -> new CareTrack.CheckInRequest(c.personId(),
                        name(names, c.personId(), locale), c.at())).toList(),
                audit.careReads(careContact, id));
    }

    /** A care contact writes how the affected people are doing; sealed with the library's care key. */
    public UUID addCareNote(CurrentUser careContact, UUID id, @Nullable String text) {
        care.readable(careContact, id);
        String body = required("text", text, NOTE_MAX, "safety.care.noteRequired");
        UUID noteId = UUID.randomUUID();
        Sealed sealed = sealedText.seal(KeyOwner.care(careContact.organizationId()),
                SealedField.of(Incidents.CARE_NOTE_TABLE, "body", noteId), body);
        incidents.insertCareNote(careContact.organizationId(), id, noteId, careContact.personId(), sealed.text(),
                Instant.now());
        return noteId;
    }

    /**
     * The reporter asks for someone to check in with them today: the request goes into the care
     * track and the library's care contacts are told (without the name, which only the care track
     * shows). Asking twice keeps one request. Answers whether this was a new request.
     */
    public boolean requestCheckIn(CurrentUser reporter, UUID id) {
        Incidents.Row row = readable(reporter, id);
        if (!reporter.personId().equals(row.reporterId())) {
            throw Problems.notFound();
        }
        if (row.status() != IncidentStatus.SUBMITTED) {
            throw Problems.conflict("safety.checkIn.draft");
        }
        Instant now = Instant.now();
        boolean added = incidents.insertCheckIn(reporter.organizationId(), id, reporter.personId(), now);
        if (added) {
            followUps.checkInRequested(reporter.organizationId(), id, reporter.personId(), now);
            Set<UUID> careContacts = care.contacts(reporter.organizationId(), id);
            careContacts.remove(reporter.personId());
            notifications.notify(Notice.inApp(reporter.organizationId(), careContacts, CHECK_IN_NOTICE,
                    "safety.checkIn.notice", List.of(), careLink(id))
                    .withEmail("safety.checkIn.emailSubject", "safety.checkIn.emailBody", List.of()));
        }
        return added;
    }

    /** Whether the reporter has already asked for a check-in about their submitted report (others 404). */
    @Transactional(readOnly = true)
    public boolean checkInRequested(CurrentUser reporter, UUID id) {
        Incidents.Row row = readable(reporter, id);
        if (!reporter.personId().equals(row.reporterId()) || row.status() != IncidentStatus.SUBMITTED) {
            throw Problems.notFound();
        }
        return incidents.checkInRequested(id, reporter.personId());
    }

    public static String careLink(UUID id) {
        return "/safety/incidents/" + id + "/care";
    }

    // ---- rules -------------------------------------------------------------------------------------

    Incidents.Row readable(CurrentUser reader, UUID id) {
        Incidents.Row row = incidents.find(reader.organizationId(), id).orElseThrow(Problems::notFound);
        if (incidents.isSubject(id, reader.personId())) {
            throw Problems.notFound();
        }
        boolean mine = reader.personId().equals(row.reporterId());
        if (mine || (row.status() == IncidentStatus.SUBMITTED && readsAll(reader))) {
            return row;
        }
        throw Problems.notFound();
    }

    private void validate(CurrentUser reporter, IncidentDraft d, boolean submit) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        UUID orgId = reporter.organizationId();
        String type = blankToNull(d.type());
        if (type == null) {
            if (submit) {
                errors.add(error("type", "safety.incident.typeRequired"));
            }
        } else if (types.find(orgId, type, reporter.locale()).filter(t -> !t.retired()).isEmpty()) {
            errors.add(error("type", "safety.incident.typeUnknown"));
        }
        if (d.occurredAt() == null) {
            if (submit) {
                errors.add(error("occurredAt", "safety.incident.occurredAtRequired"));
            }
        } else if (d.occurredAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            errors.add(error("occurredAt", "safety.incident.future"));
        }
        if (d.branchId() != null && !branches(orgId).containsKey(d.branchId())) {
            throw Problems.notFound();
        }
        tooLong(errors, "area", d.area(), AREA_MAX);
        String description = blankToNull(d.description());
        if (description == null) {
            if (submit) {
                errors.add(error("description", "safety.incident.descriptionRequired"));
            }
        } else {
            tooLong(errors, "description", description, DESCRIPTION_MAX);
        }
        tooLong(errors, "othersDescribed", d.othersDescribed(), TEXT_MAX);
        tooLong(errors, "witnesses", d.witnesses(), TEXT_MAX);
        tooLong(errors, "actionsDetail", d.actionsDetail(), TEXT_MAX);
        tooLong(errors, "restriction", d.restriction(), RESTRICTION_MAX);
        if (d.restrictionEnds() != null && blankToNull(d.restriction()) == null) {
            errors.add(error("restriction", "safety.incident.restrictionRequired"));
        }
        Set<UUID> staff = new HashSet<>();
        for (StaffMember member : directory.activeStaff(orgId)) {
            staff.add(member.id());
        }
        for (List<UUID> ids : List.of(d.staffInvolvedIds(), d.subjectPersonIds(), d.affectedPersonIds())) {
            if (!staff.containsAll(ids)) {
                throw Problems.notFound();
            }
        }
        if (d.subjectPersonIds().contains(reporter.personId())) {
            errors.add(error("subjectPersonIds", "safety.incident.selfSubject"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static IncidentDraft clean(IncidentDraft d) {
        return new IncidentDraft(blankToNull(d.type()), d.occurredAt(), d.branchId(), blankToNull(d.area()),
                blankToNull(d.description()), blankToNull(d.othersDescribed()), blankToNull(d.witnesses()), d.actions(),
                blankToNull(d.actionsDetail()), blankToNull(d.restriction()), d.restrictionEnds(),
                List.copyOf(new LinkedHashSet<>(d.staffInvolvedIds())), List.copyOf(new LinkedHashSet<>(d.subjectPersonIds())),
                List.copyOf(new LinkedHashSet<>(d.affectedPersonIds())));
    }

    private static void tooLong(List<InvalidInput.FieldError> errors, String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(error(field, "safety.incident.tooLong", max));
        }
    }

    private static InvalidInput.FieldError error(String field, String code, Object... args) {
        return new InvalidInput.FieldError(field, code, args);
    }

    private static String required(String field, @Nullable String text, int max, String missingCode) {
        String body = blankToNull(text);
        if (body == null) {
            throw Problems.invalid(field, missingCode);
        }
        if (body.length() > max) {
            throw Problems.invalid(field, "safety.incident.tooLong", max);
        }
        return body;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- names -------------------------------------------------------------------------------------

    private IncidentSummary summary(CurrentUser reader, Incidents.Row row, Map<UUID, String> branches) {
        return new IncidentSummary(row.id(), row.status(), row.typeCode(),
                types.label(reader.organizationId(), row.typeCode(), reader.locale()), row.occurredAt(),
                row.branchId() == null ? null : branches.get(row.branchId()), reader.personId().equals(row.reporterId()));
    }

    private Map<UUID, String> names(CurrentUser reader) {
        Map<UUID, String> names = new HashMap<>();
        for (PersonView person : directory.people(reader)) {
            names.put(person.id(), person.name());
        }
        return names;
    }

    private String name(Map<UUID, String> names, @Nullable UUID id, Locale locale) {
        String name = id == null ? null : names.get(id);
        return name != null ? name : messages.getMessage("safety.person.former", null, locale);
    }

    private Map<UUID, String> branches(UUID orgId) {
        Map<UUID, String> branches = new HashMap<>();
        for (Unit unit : directory.branches(orgId)) {
            branches.put(unit.id(), unit.name());
        }
        return branches;
    }

    private @Nullable String branchName(UUID orgId, @Nullable UUID branchId) {
        return branchId == null ? null : branches(orgId).get(branchId);
    }
}

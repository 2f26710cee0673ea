package org.shelfcare.timeoff;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationCreated;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.privacy.KeyOwner;
import org.shelfcare.privacy.Sealed;
import org.shelfcare.privacy.SealedField;
import org.shelfcare.privacy.SealedText;
import org.shelfcare.privacy.SealedTextUnreadable;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave types and leave requests. A request is seen by its requester, its approver (the
 * requester's supervisor when it was sent, or the library's admins when there was none) and the
 * library's admins; anyone else, and every other library, gets 404. To everyone but the requester
 * a private type shows as {@link LeaveType#OUT} without its note, and since private types are
 * approved automatically, every private request takes the same path: approved at once, with the
 * same notification to the approver as any other request approved automatically.
 */
@Service
@Transactional
public class TimeoffManagement {

    /** Notifications to an approver: a request sent, changed or cancelled. */
    public static final String REQUEST_NOTICE = "timeoff.requests";
    /** Notifications to a requester: a decision. */
    public static final String DECISION_NOTICE = "timeoff.decisions";
    /** How far back a request may start, in days before today (the person's local date). */
    public static final int PAST_DAYS = 30;
    /** How far ahead the "who is out" list and a request may reach. */
    public static final int MAX_SPAN_DAYS = 366;
    public static final int NOTE_MAX = 1000;
    public static final int COMMENT_MAX = 1000;

    private final LeaveTypes types;
    private final LeaveRequests requests;
    private final DirectoryManagement directory;
    private final NotificationManagement notifications;
    private final SealedText sealedText;
    private final Delegations delegations;
    private final ApplicationEventPublisher events;

    TimeoffManagement(LeaveTypes types, LeaveRequests requests, DirectoryManagement directory,
            NotificationManagement notifications, SealedText sealedText, Delegations delegations,
            ApplicationEventPublisher events) {
        this.types = types;
        this.requests = requests;
        this.directory = directory;
        this.notifications = notifications;
        this.sealedText = sealedText;
        this.delegations = delegations;
        this.events = events;
    }

    /** Every new library gets the default leave types in the same transaction that creates it. */
    @EventListener
    void on(OrganizationCreated event) {
        types.insertDefaults(event.organizationId());
    }

    // ---- leave types ------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<LeaveType> types(CurrentUser person) {
        return types.all(person.organizationId());
    }

    /** One of the library's types, for its admins to edit (others 403; an unknown code 404). */
    @Transactional(readOnly = true)
    public LeaveType type(CurrentUser admin, String code) {
        admin.require(Role.ADMIN);
        return types.find(admin.organizationId(), code).orElseThrow(Problems::notFound);
    }

    /**
     * Changes one of the library's types (admins). A private type cannot need approval, and a
     * mental health day never asks for a reason.
     */
    public LeaveType changeType(CurrentUser admin, String code, boolean needsApproval, @Nullable String noticeDays,
            boolean noteAllowed, boolean privateType) {
        type(admin, code);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        int notice = 0;
        try {
            notice = Integer.parseInt(noticeDays == null ? "" : noticeDays.strip());
            if (notice < 0 || notice > LeaveType.MAX_NOTICE_DAYS) {
                errors.add(error("noticeDays", "timeoff.type.noticeRange", LeaveType.MAX_NOTICE_DAYS));
            }
        } catch (NumberFormatException notANumber) {
            errors.add(error("noticeDays", "timeoff.type.noticeRange", LeaveType.MAX_NOTICE_DAYS));
        }
        if (privateType && needsApproval) {
            errors.add(error("needsApproval", "timeoff.type.privateNeedsNoApproval"));
        }
        if (LeaveType.MENTAL_HEALTH_DAY.equals(code) && noteAllowed) {
            errors.add(error("noteAllowed", "timeoff.type.mentalHealthNoReason"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        LeaveType changed = new LeaveType(code, needsApproval, notice, noteAllowed, privateType);
        types.update(admin.organizationId(), changed);
        return changed;
    }

    // ---- requests ----------------------------------------------------------------------------------

    /** A sent request: its id and status. */
    public record Sent(UUID id, LeaveStatus status) {}

    /**
     * Sends a request for {@code person}. A request sent before with the same {@code formToken}
     * is answered again instead of making a second one. Overlapping days answer 409.
     */
    public Sent request(CurrentUser person, LeaveDraft draft, @Nullable String formToken) {
        String token = formToken == null || formToken.isBlank() ? null : formToken.strip();
        if (token != null) {
            Optional<Sent> earlier = sentWith(person, token);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Checked checked = check(person, draft);
        if (requests.overlaps(person.organizationId(), person.personId(), checked.asked().startDate(),
                checked.asked().endDate(), null)) {
            throw Problems.conflict("timeoff.request.overlap");
        }
        UUID id = UUID.randomUUID();
        UUID approver = directory.person(person, person.personId()).supervisorId();
        boolean nobodyToAsk = nobodyToAsk(person, approver, checked.type());
        boolean auto = checked.type().approvedAutomatically() || nobodyToAsk;
        LeaveStatus status = auto ? LeaveStatus.APPROVED : LeaveStatus.PENDING;
        requests.insert(person.organizationId(), person.personId(), id, checked.asked(),
                seal(person.organizationId(), person.personId(), id, checked.note()), status, approver, auto,
                checked.type().privateType(), token);
        tellApprovers(person.organizationId(), person.personId(), approver,
                auto ? "timeoff.notice.out" : "timeoff.notice.requested", person.name(), checked.asked(), id);
        tellNobodyToAsk(person, nobodyToAsk, checked.asked(), id);
        return new Sent(id, status);
    }

    /** The request the person already sent with this form token, if any. */
    @Transactional(readOnly = true)
    public Optional<Sent> sentWith(CurrentUser person, String formToken) {
        return requests.byFormToken(person.organizationId(), person.personId(), formToken)
                .map(row -> new Sent(row.id(), row.status()));
    }

    /** The person's own requests, latest first day first, exactly as they sent them. */
    @Transactional(readOnly = true)
    public List<LeaveRequest> mine(CurrentUser person) {
        Set<String> privateCodes = privateCodes(person);
        return requests.of(person.organizationId(), person.personId()).stream()
                .map(row -> view(person, row, person.name(), privateCodes)).toList();
    }

    /** One request as the viewer may see it; 404 unless they are its requester, approver or an admin. */
    @Transactional(readOnly = true)
    public LeaveRequest request(CurrentUser viewer, UUID id) {
        LeaveRequests.Row row = visibleRow(viewer, id);
        String name = row.personId().equals(viewer.personId()) ? viewer.name()
                : directory.person(viewer, row.personId()).name();
        return view(viewer, row, name, privateCodes(viewer));
    }

    /** Changes one of the person's own pending requests; a decided or cancelled one answers 409. */
    public LeaveRequest change(CurrentUser person, UUID id, LeaveDraft draft) {
        LeaveRequests.Row row = ownRow(person, id);
        if (row.status() != LeaveStatus.PENDING) {
            throw Problems.conflict("timeoff.request.notPending");
        }
        Checked checked = check(person, draft);
        if (requests.overlaps(person.organizationId(), person.personId(), checked.asked().startDate(),
                checked.asked().endDate(), id)) {
            throw Problems.conflict("timeoff.request.overlap");
        }
        boolean nobodyToAsk = nobodyToAsk(person, row.approverId(), checked.type());
        boolean auto = checked.type().approvedAutomatically() || nobodyToAsk;
        requests.change(person.organizationId(), id, checked.asked(),
                seal(person.organizationId(), person.personId(), id, checked.note()),
                auto ? LeaveStatus.APPROVED : LeaveStatus.PENDING, auto, checked.type().privateType() || row.privateType());
        tellApprovers(person.organizationId(), person.personId(), row.approverId(),
                auto ? "timeoff.notice.out" : "timeoff.notice.changed", person.name(), checked.asked(), id);
        tellNobodyToAsk(person, nobodyToAsk, checked.asked(), id);
        return request(person, id);
    }

    /** Cancels one of the person's own pending or approved requests; otherwise 409. */
    public void cancel(CurrentUser person, UUID id) {
        LeaveRequests.Row row = ownRow(person, id);
        if (!requests.cancel(person.organizationId(), id)) {
            throw Problems.conflict("timeoff.request.notCancellable");
        }
        tellApprovers(person.organizationId(), person.personId(), row.approverId(), "timeoff.notice.cancelled",
                person.name(), asked(row), id);
        events.publishEvent(new LeaveCalledOff(person.organizationId(), id, person.personId(), person.name(),
                row.startDate(), row.endDate(), LeaveStatus.CANCELLED));
    }

    public enum Decision {
        APPROVE,
        DECLINE
    }

    /**
     * Approves or declines a pending request: its approver, or an admin when the requester has no
     * supervisor. Others who can see it get 403; a decline needs a comment; a request no longer
     * pending answers 409.
     */
    public LeaveRequest decide(CurrentUser approver, UUID id, @Nullable String decision, @Nullable String comment) {
        LeaveRequests.Row row = visibleRow(approver, id);
        if (!mayDecide(approver, row)) {
            throw Problems.forbidden();
        }
        Decision chosen = null;
        try {
            chosen = Decision.valueOf(decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Problems.invalid("decision", "timeoff.decision.choose");
        }
        String text = comment == null ? "" : comment.strip();
        if (chosen == Decision.DECLINE && text.isEmpty()) {
            throw Problems.invalid("comment", "timeoff.decision.commentNeeded");
        }
        if (text.codePointCount(0, text.length()) > COMMENT_MAX) {
            throw Problems.invalid("comment", "validation.tooLong", COMMENT_MAX);
        }
        if (row.status() != LeaveStatus.PENDING) {
            throw Problems.conflict("timeoff.decision.notPending");
        }
        LeaveStatus to = chosen == Decision.APPROVE ? LeaveStatus.APPROVED : LeaveStatus.DECLINED;
        if (!requests.decide(approver.organizationId(), id, LeaveStatus.PENDING, to, approver.personId(),
                text.isEmpty() ? null : text)) {
            throw Problems.conflict("timeoff.decision.notPending");
        }
        notifications.notify(Notice.inApp(approver.organizationId(), Set.of(row.personId()), DECISION_NOTICE,
                to == LeaveStatus.APPROVED ? "timeoff.notice.approved" : "timeoff.notice.declined",
                List.of(row.startDate().toString(), row.endDate().toString()), "/timeoff/requests/" + id));
        LeaveRequest decided = request(approver, id);
        if (to == LeaveStatus.DECLINED) {
            events.publishEvent(new LeaveCalledOff(approver.organizationId(), id, row.personId(), decided.personName(),
                    row.startDate(), row.endDate(), to));
        }
        return decided;
    }

    /**
     * What the approver handles: pending requests first and then those approved or decided that
     * have not ended yet, by first day. Private types show as "Out" like everywhere else.
     */
    @Transactional(readOnly = true)
    public List<LeaveRequest> approvals(CurrentUser approver) {
        Map<UUID, String> names = names(approver);
        Set<String> privateCodes = privateCodes(approver);
        List<LeaveRequests.Row> rows = new ArrayList<>(requests.forApprover(approver.organizationId(),
                approver.personId(), approver.isAdmin(), today(approver)));
        // a delegate also handles what waits for the supervisors they stand in for
        for (UUID supervisor : delegations.standingInFor(approver.organizationId(), approver.personId(), today(approver))) {
            requests.forApprover(approver.organizationId(), supervisor, false, today(approver)).stream()
                    .filter(row -> !row.personId().equals(approver.personId()))
                    .filter(row -> rows.stream().noneMatch(r -> r.id().equals(row.id()))).forEach(rows::add);
        }
        rows.sort(java.util.Comparator.comparing(LeaveRequests.Row::startDate).thenComparing(LeaveRequests.Row::createdAt));
        List<LeaveRequest> all = rows.stream()
                .map(row -> view(approver, row, names.getOrDefault(row.personId(), ""), privateCodes))
                .toList();
        List<LeaveRequest> sorted = new ArrayList<>(all.stream().filter(r -> r.status() == LeaveStatus.PENDING).toList());
        sorted.addAll(all.stream().filter(r -> r.status() != LeaveStatus.PENDING).toList());
        return sorted;
    }

    /**
     * Who on the person's team (the same supervisor or the same department) is out on any of the
     * days: a name and dates from approved requests, never the type or a note.
     */
    @Transactional(readOnly = true)
    public List<TeamOut> teamOut(CurrentUser person, LocalDate from, LocalDate to) {
        LocalDate end = to.isBefore(from) ? from : to.isAfter(from.plusDays(MAX_SPAN_DAYS)) ? from.plusDays(MAX_SPAN_DAYS) : to;
        List<PersonView> people = directory.people(person);
        PersonView me = people.stream().filter(p -> p.id().equals(person.personId())).findFirst().orElse(null);
        if (me == null) {
            return List.of();
        }
        Map<UUID, String> team = new HashMap<>();
        for (PersonView p : people) {
            boolean sameSupervisor = me.supervisorId() != null && me.supervisorId().equals(p.supervisorId());
            boolean sameDepartment = me.departmentId() != null && me.departmentId().equals(p.departmentId());
            if (!p.id().equals(me.id()) && (sameSupervisor || sameDepartment)) {
                team.put(p.id(), p.name());
            }
        }
        return requests.approvedBetween(person.organizationId(), team.keySet(), from, end).stream()
                .map(row -> new TeamOut(team.get(row.personId()), row.startDate(), row.endDate())).toList();
    }

    /**
     * Whether a request of this type starting on this day gives less notice than the library
     * expects: a warning for the person before they send it, never a refusal (the approver decides).
     * Nothing when the type or the day is not (yet) a valid choice, or when the day is in the past.
     */
    @Transactional(readOnly = true)
    public Optional<ShortNotice> shortNotice(CurrentUser person, @Nullable String typeCode, @Nullable String startDate) {
        LocalDate start;
        try {
            start = LocalDate.parse(text(startDate));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
        long daysAhead = java.time.temporal.ChronoUnit.DAYS.between(today(person), start);
        return types.find(person.organizationId(), text(typeCode).toUpperCase(Locale.ROOT))
                .filter(type -> daysAhead >= 0 && daysAhead < type.noticeDays())
                .map(type -> new ShortNotice(type, daysAhead));
    }

    /** Today in the person's time zone: requests are in the person's local dates. */
    public LocalDate today(CurrentUser person) {
        return LocalDate.now(person.zone());
    }

    // ---- visibility ---------------------------------------------------------------------------------

    private LeaveRequests.Row visibleRow(CurrentUser viewer, UUID id) {
        LeaveRequests.Row row = requests.find(viewer.organizationId(), id).orElseThrow(Problems::notFound);
        boolean mine = row.personId().equals(viewer.personId());
        if (mine || readsAsApprover(viewer, row)) {
            return row;
        }
        throw Problems.notFound();
    }

    /** Whether the viewer reads the request as its approver does: the approver, their delegate today, an admin. */
    boolean readsAsApprover(CurrentUser viewer, LeaveRequests.Row row) {
        return viewer.personId().equals(row.approverId()) || viewer.isAdmin() || standsIn(viewer, row);
    }

    private LeaveRequests.Row ownRow(CurrentUser person, UUID id) {
        LeaveRequests.Row row = visibleRow(person, id);
        if (!row.personId().equals(person.personId())) {
            throw Problems.forbidden();
        }
        return row;
    }

    private boolean mayDecide(CurrentUser viewer, LeaveRequests.Row row) {
        if (row.personId().equals(viewer.personId())) {
            return false;
        }
        return viewer.personId().equals(row.approverId()) || (row.approverId() == null && viewer.isAdmin())
                || standsIn(viewer, row);
    }

    /** Whether the viewer is, today, the delegate of the request's approver. */
    private boolean standsIn(CurrentUser viewer, LeaveRequests.Row row) {
        return delegations.standsInFor(viewer.organizationId(), viewer.personId(), row.approverId(), today(viewer));
    }

    /**
     * Nobody else can approve: the person has no supervisor and is the library's only active admin
     * (or there is none). A kind that needs approval is then approved automatically, and the person
     * is told why (see docs/timeoff.md).
     */
    private boolean nobodyToAsk(CurrentUser person, @Nullable UUID approver, LeaveType type) {
        return approver == null && !type.approvedAutomatically()
                && directory.activeWithRole(person.organizationId(), Role.ADMIN).stream()
                        .noneMatch(a -> !a.equals(person.personId()));
    }

    private void tellNobodyToAsk(CurrentUser person, boolean nobodyToAsk, LeaveRequests.Asked asked, UUID id) {
        if (nobodyToAsk) {
            notifications.notify(Notice.inApp(person.organizationId(), Set.of(person.personId()), DECISION_NOTICE,
                    "timeoff.notice.nobodyToAsk", List.of(asked.startDate().toString(), asked.endDate().toString()),
                    "/timeoff/requests/" + id));
        }
    }

    /** A request is private when it was sent with a private type, or when its type is private now. */
    private LeaveRequest view(CurrentUser viewer, LeaveRequests.Row row, String personName, Set<String> privateCodes) {
        boolean mine = row.personId().equals(viewer.personId());
        boolean privateType = row.privateType() || privateCodes.contains(row.typeCode());
        boolean hidden = !mine && privateType;
        String note = hidden ? null : open(viewer.organizationId(), row);
        return new LeaveRequest(row.id(), row.personId(), personName, hidden ? LeaveType.OUT : row.typeCode(),
                row.status(), row.startDate(), row.endDate(), row.portion(), row.startTime(), row.endTime(), note,
                row.autoApproved(), row.decisionComment(), row.createdAt(), mine,
                row.status() == LeaveStatus.PENDING && mayDecide(viewer, row), privateType);
    }

    private Set<String> privateCodes(CurrentUser viewer) {
        return types.all(viewer.organizationId()).stream().filter(LeaveType::privateType).map(LeaveType::code)
                .collect(java.util.stream.Collectors.toSet());
    }

    private Map<UUID, String> names(CurrentUser viewer) {
        Map<UUID, String> names = new HashMap<>();
        directory.people(viewer).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    // ---- notifications ------------------------------------------------------------------------------

    /**
     * Tells the approver (or, without one, the admins) about a request. The text names the person
     * and the dates only, never the type, so a private request reads like any other.
     */
    private void tellApprovers(UUID orgId, UUID requesterId, @Nullable UUID approverId, String messageKey,
            String requesterName, LeaveRequests.Asked asked, UUID id) {
        Collection<UUID> recipients = approverId != null ? Set.of(approverId)
                : directory.activeWithRole(orgId, Role.ADMIN).stream().filter(a -> !a.equals(requesterId)).toList();
        if (approverId != null) {
            // the supervisor's delegates, while they stand in, hear of it as well
            Set<UUID> withDelegates = new java.util.HashSet<>(recipients);
            delegations.delegatesOf(orgId, approverId, LocalDate.now(directory.organization(orgId).zone())).stream()
                    .filter(d -> !d.equals(requesterId)).forEach(withDelegates::add);
            recipients = withDelegates;
        }
        if (recipients.isEmpty()) {
            return;
        }
        notifications.notify(Notice.inApp(orgId, Set.copyOf(recipients), REQUEST_NOTICE, messageKey,
                List.of(requesterName, asked.startDate().toString(), asked.endDate().toString()),
                "/timeoff/requests/" + id));
    }

    // ---- sealing and checks -------------------------------------------------------------------------

    private @Nullable String seal(UUID orgId, UUID personId, UUID id, @Nullable String note) {
        return note == null ? null : sealedText.seal(KeyOwner.person(orgId, personId), field(id), note).text();
    }

    private @Nullable String open(UUID orgId, LeaveRequests.Row row) {
        if (row.sealedNote() == null) {
            return null;
        }
        try {
            return sealedText.open(KeyOwner.person(orgId, row.personId()), field(row.id()), Sealed.of(row.sealedNote()));
        } catch (SealedTextUnreadable gone) {
            return null;
        }
    }

    private static SealedField field(UUID id) {
        return SealedField.of(LeaveRequests.TABLE, LeaveRequests.NOTE, id);
    }

    private static LeaveRequests.Asked asked(LeaveRequests.Row row) {
        return new LeaveRequests.Asked(row.typeCode(), row.startDate(), row.endDate(), row.portion(), row.startTime(),
                row.endTime());
    }

    private record Checked(LeaveType type, LeaveRequests.Asked asked, @Nullable String note) {}

    private Checked check(CurrentUser person, LeaveDraft draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String code = text(draft.type()).toUpperCase(Locale.ROOT);
        LeaveType type = null;
        if (code.isEmpty()) {
            errors.add(error("type", "timeoff.request.typeMissing"));
        } else {
            type = types.find(person.organizationId(), code).orElse(null);
            if (type == null) {
                errors.add(error("type", "timeoff.request.typeUnknown"));
            }
        }
        LocalDate today = today(person);
        LocalDate start = date(draft.startDate(), "startDate", errors);
        LocalDate end = text(draft.endDate()).isEmpty() ? start : date(draft.endDate(), "endDate", errors);
        if (start != null && start.isBefore(today.minusDays(PAST_DAYS))) {
            errors.add(error("startDate", "timeoff.request.tooFarBack", PAST_DAYS));
        }
        if (start != null && start.isAfter(today.plusDays(MAX_SPAN_DAYS))) {
            errors.add(error("startDate", "timeoff.request.tooFarAhead", MAX_SPAN_DAYS));
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(error("endDate", "timeoff.request.endBeforeStart"));
        }
        LeavePortion portion = portion(draft, errors);
        LocalTime startTime = null;
        LocalTime endTime = null;
        if (portion != null && portion.singleDay() && start != null && end != null && !end.equals(start)) {
            errors.add(error("portion", "timeoff.request.singleDay"));
        }
        if (portion == LeavePortion.HOURS) {
            startTime = time(draft.startTime(), "startTime", errors);
            endTime = time(draft.endTime(), "endTime", errors);
            if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
                errors.add(error("endTime", "timeoff.request.endTimeBeforeStart"));
            }
        }
        String note = text(draft.note());
        if (!note.isEmpty() && type != null && !type.noteAllowed()) {
            errors.add(error("note", "timeoff.request.noNote"));
        } else if (note.codePointCount(0, note.length()) > NOTE_MAX) {
            errors.add(error("note", "validation.tooLong", NOTE_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(Objects.requireNonNull(type), new LeaveRequests.Asked(type.code(),
                Objects.requireNonNull(start), Objects.requireNonNull(end), Objects.requireNonNull(portion), startTime,
                endTime), note.isEmpty() ? null : note);
    }

    private static @Nullable LeavePortion portion(LeaveDraft draft, List<InvalidInput.FieldError> errors) {
        String text = text(draft.portion()).toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            return text(draft.startTime()).isEmpty() && text(draft.endTime()).isEmpty() ? LeavePortion.FULL_DAYS
                    : LeavePortion.HOURS;
        }
        try {
            return LeavePortion.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            errors.add(error("portion", "timeoff.request.badPortion"));
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String value, String field, List<InvalidInput.FieldError> errors) {
        String text = text(value);
        if (text.isEmpty()) {
            errors.add(error(field, "timeoff.request.dateMissing"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            errors.add(error(field, "timeoff.request.badDate"));
            return null;
        }
    }

    private static @Nullable LocalTime time(@Nullable String value, String field, List<InvalidInput.FieldError> errors) {
        String text = text(value);
        if (text.isEmpty()) {
            errors.add(error(field, "timeoff.request.timeMissing"));
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException notATime) {
            errors.add(error(field, "timeoff.request.badTime"));
            return null;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static InvalidInput.FieldError error(String field, String code, Object... args) {
        return new InvalidInput.FieldError(field, code, args);
    }
}

package org.shelfcare.timeoff;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.Unit;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handoff plans ("Prepare The Others"): the checklist a person prepares for their absence, the
 * colleagues who accept or decline to cover its items, and the departments' templates.
 *
 * <p>Who sees a plan: its requester (who edits it while the request holds its days), the request's
 * approver and the library's admins (who read it), and each colleague asked to cover an item (their
 * own items, the out-of-office message and the key contacts, while the request holds its days).
 * Anyone else, and every other library, gets 404. To a covering colleague the person is only
 * "Out": the kind of leave never shows, and no notification names it.
 *
 * <p>Templates: every colleague of the library may start from any template; admins manage the
 * templates of every department, supervisors those of their own department.
 */
@Service
@Transactional
public class HandoffPlans {

    /** Notifications about cover: being asked, an answer, cover no longer needed. */
    public static final String HANDOFF_NOTICE = "timeoff.handoffs";
    public static final int MAX_ITEMS = 50;
    public static final int MAX_TEMPLATE_ITEMS = 20;
    public static final int DESCRIPTION_MAX = 300;
    public static final int TEXT_MAX = 1000;
    public static final int REASON_MAX = 500;
    public static final int NAME_MAX = 120;

    private final Handoffs handoffs;
    private final LeaveRequests requests;
    private final TimeoffManagement timeoff;
    private final DirectoryManagement directory;
    private final NotificationManagement notifications;

    HandoffPlans(Handoffs handoffs, LeaveRequests requests, TimeoffManagement timeoff, DirectoryManagement directory,
            NotificationManagement notifications) {
        this.handoffs = handoffs;
        this.requests = requests;
        this.timeoff = timeoff;
        this.directory = directory;
        this.notifications = notifications;
    }

    private enum Access {
        REQUESTER,
        READER,
        COVERING
    }

    private record Seen(LeaveRequests.Row row, Access access) {}

    // ---- plans ------------------------------------------------------------------------------------

    /** The plan of a request as the viewer may see it (an empty plan when none was written yet). */
    @Transactional(readOnly = true)
    public HandoffPlan plan(CurrentUser viewer, UUID requestId) {
        return view(viewer, seen(viewer, requestId));
    }

    /** The requester writes the out-of-office message and the key contacts. */
    public HandoffPlan savePlan(CurrentUser person, UUID requestId, @Nullable String outOfOffice,
            @Nullable String keyContacts) {
        LeaveRequests.Row row = editable(person, requestId);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String ooo = longText(outOfOffice, "outOfOffice", errors);
        String contacts = longText(keyContacts, "keyContacts", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        handoffs.savePlan(person.organizationId(), row.id(), ooo, contacts);
        return plan(person, requestId);
    }

    /** How complete the plan is, for the request's page; the viewer must be able to see the request. */
    @Transactional(readOnly = true)
    public HandoffSummary summary(CurrentUser viewer, UUID requestId) {
        Seen seen = seen(viewer, requestId);
        return summarize(handoffs.items(viewer.organizationId(), seen.row().id()));
    }

    /**
     * How complete the plans of the approver's requests are, by request id, for those that still
     * hold their days. {@code requests} is what {@link TimeoffManagement#approvals} gave the approver.
     */
    @Transactional(readOnly = true)
    public Map<UUID, HandoffSummary> summaries(CurrentUser approver, List<LeaveRequest> requests) {
        List<UUID> ids = requests.stream().filter(r -> r.status().holdsDays()).map(LeaveRequest::id).toList();
        Map<UUID, List<Handoffs.ItemRow>> byRequest = new HashMap<>();
        for (Handoffs.ItemRow item : handoffs.itemsOf(approver.organizationId(), ids)) {
            byRequest.computeIfAbsent(item.requestId(), k -> new ArrayList<>()).add(item);
        }
        Map<UUID, HandoffSummary> summaries = new LinkedHashMap<>();
        for (UUID id : ids) {
            summaries.put(id, summarize(byRequest.getOrDefault(id, List.of())));
        }
        return summaries;
    }

    // ---- items ------------------------------------------------------------------------------------

    /** Adds an item to the requester's plan; the colleague asked, if any, is told. */
    public HandoffItem addItem(CurrentUser person, UUID requestId, HandoffItemDraft draft) {
        return addItem(person, requestId, draft, null);
    }

    /**
     * Adds an item, once per {@code formToken}: an item added before with the same token is answered
     * again instead of adding a second one.
     */
    public HandoffItem addItem(CurrentUser person, UUID requestId, HandoffItemDraft draft, @Nullable String formToken) {
        LeaveRequests.Row row = editable(person, requestId);
        String token = formToken == null || formToken.isBlank() ? null : formToken.strip();
        if (token != null) {
            Optional<UUID> earlier = handoffs.itemWithToken(person.organizationId(), row.id(), token);
            if (earlier.isPresent()) {
                return item(person, earlier.get());
            }
        }
        Checked checked = check(person, row, draft);
        if (handoffs.count(person.organizationId(), row.id()) >= MAX_ITEMS) {
            throw Problems.conflict("timeoff.handoff.tooMany", MAX_ITEMS);
        }
        UUID id = UUID.randomUUID();
        handoffs.insertItem(person.organizationId(), row.id(), id, checked.kind(), checked.description(),
                checked.date(), checked.time(), checked.coveringId(), token);
        if (checked.coveringId() != null) {
            ask(person, row, checked.coveringId(), id, checked.description());
        }
        return item(person, id);
    }

    /**
     * Changes an item of the requester's plan. Another colleague (or none) starts over: the new one
     * is asked, the one asked before is told they are no longer needed.
     */
    public HandoffItem changeItem(CurrentUser person, UUID itemId, HandoffItemDraft draft) {
        Handoffs.ItemRow item = handoffs.item(person.organizationId(), itemId).orElseThrow(Problems::notFound);
        LeaveRequests.Row row = editable(person, item.requestId());
        Checked checked = check(person, row, draft);
        boolean askAgain = !Objects.equals(item.coveringId(), checked.coveringId());
        handoffs.changeItem(person.organizationId(), itemId, checked.kind(), checked.description(), checked.date(),
                checked.time(), checked.coveringId(), askAgain);
        if (askAgain) {
            release(person.organizationId(), person.name(), item);
            if (checked.coveringId() != null) {
                ask(person, row, checked.coveringId(), itemId, checked.description());
            }
        }
        return item(person, itemId);
    }

    /** Removes an item from the requester's plan; the colleague asked, if any, is told. */
    public void deleteItem(CurrentUser person, UUID itemId) {
        Handoffs.ItemRow item = handoffs.item(person.organizationId(), itemId).orElseThrow(Problems::notFound);
        editable(person, item.requestId());
        handoffs.deleteItem(person.organizationId(), itemId);
        release(person.organizationId(), person.name(), item);
    }

    /** One item, seen by whoever may see it in the plan (a covering colleague: only their own). */
    @Transactional(readOnly = true)
    public HandoffItem item(CurrentUser viewer, UUID itemId) {
        return covering(viewer, itemId).item();
    }

    /** One item with whom and when it covers, for its page; visible as {@link #item}. */
    @Transactional(readOnly = true)
    public CoveringItem covering(CurrentUser viewer, UUID itemId) {
        Handoffs.ItemRow item = handoffs.item(viewer.organizationId(), itemId).orElseThrow(Problems::notFound);
        Seen seen = seen(viewer, item.requestId());
        if (seen.access() == Access.COVERING && !viewer.personId().equals(item.coveringId())) {
            throw Problems.notFound();
        }
        HandoffPlan plan = view(viewer, seen);
        return new CoveringItem(view(item, names(viewer)), plan.personId(), plan.personName(), plan.startDate(),
                plan.endDate(), plan.status(), plan.outOfOffice(), plan.keyContacts());
    }

    public enum Answer {
        ACCEPT,
        DECLINE
    }

    /**
     * The colleague asked answers: accept, or decline with an optional reason. They may change their
     * mind while the request holds its days; the requester is told each time. Others who see the
     * item get 403; a request no longer holding its days answers 409.
     */
    public HandoffItem answer(CurrentUser colleague, UUID itemId, @Nullable String answer, @Nullable String reason) {
        Handoffs.ItemRow item = handoffs.item(colleague.organizationId(), itemId).orElseThrow(Problems::notFound);
        Seen seen = seen(colleague, item.requestId());
        if (!colleague.personId().equals(item.coveringId())) {
            if (seen.access() == Access.COVERING) {
                throw Problems.notFound();
            }
            throw Problems.forbidden();
        }
        Answer chosen;
        try {
            chosen = Answer.valueOf(text(answer).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Problems.invalid("answer", "timeoff.handoff.answer.choose");
        }
        String why = text(reason);
        if (why.codePointCount(0, why.length()) > REASON_MAX) {
            throw Problems.invalid("reason", "validation.tooLong", REASON_MAX);
        }
        if (!seen.row().status().holdsDays()) {
            throw Problems.conflict("timeoff.handoff.closed");
        }
        HandoffStatus status = chosen == Answer.ACCEPT ? HandoffStatus.ACCEPTED : HandoffStatus.DECLINED;
        handoffs.answer(colleague.organizationId(), itemId, status,
                status == HandoffStatus.DECLINED && !why.isEmpty() ? why : null);
        notifications.notify(Notice.inApp(colleague.organizationId(), Set.of(seen.row().personId()), HANDOFF_NOTICE,
                status == HandoffStatus.ACCEPTED ? "timeoff.handoff.notice.accepted" : "timeoff.handoff.notice.declined",
                List.of(colleague.name(), item.description()), planPath(item.requestId())));
        return item(colleague, itemId);
    }

    /** The items the person was asked to cover, of requests that still hold their days, soonest first. */
    @Transactional(readOnly = true)
    public List<CoveringItem> covering(CurrentUser person) {
        List<Handoffs.ItemRow> items = handoffs.coveredBy(person.organizationId(), person.personId());
        Set<UUID> requestIds = new LinkedHashSet<>();
        items.forEach(i -> requestIds.add(i.requestId()));
        Map<UUID, Handoffs.PlanRow> plans = handoffs.plans(person.organizationId(), requestIds);
        Names names = names(person);
        List<CoveringItem> list = new ArrayList<>();
        for (Handoffs.ItemRow item : items) {
            LeaveRequests.Row row = requests.find(person.organizationId(), item.requestId()).orElseThrow();
            Handoffs.PlanRow plan = plans.get(item.requestId());
            list.add(new CoveringItem(view(item, names), row.personId(), names.of(row.personId()),
                    row.startDate(), row.endDate(), row.status(), plan == null ? null : plan.outOfOffice(),
                    plan == null ? null : plan.keyContacts()));
        }
        return list;
    }

    /** The colleagues the person may ask to cover: everyone active in the library but themselves, by name. */
    @Transactional(readOnly = true)
    public List<PersonView> colleagues(CurrentUser person) {
        Set<UUID> active = directory.activeWithRole(person.organizationId(), Role.STAFF);
        return directory.people(person).stream()
                .filter(p -> active.contains(p.id()) && !p.id().equals(person.personId()))
                .sorted(Comparator.comparing(PersonView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Adds a template's items to the requester's plan, with nobody asked yet. */
    public HandoffPlan startFromTemplate(CurrentUser person, UUID requestId, @Nullable String templateId) {
        LeaveRequests.Row row = editable(person, requestId);
        UUID id = uuid(templateId, "templateId", "timeoff.handoff.template.choose");
        Handoffs.TemplateRow template = handoffs.template(person.organizationId(), id).orElseThrow(Problems::notFound);
        List<HandoffTemplate.Item> items = handoffs.templateItems(template.id());
        if (handoffs.count(person.organizationId(), row.id()) + items.size() > MAX_ITEMS) {
            throw Problems.conflict("timeoff.handoff.tooMany", MAX_ITEMS);
        }
        for (HandoffTemplate.Item item : items) {
            handoffs.insertItem(person.organizationId(), row.id(), UUID.randomUUID(), item.kind(), item.description(),
                    null, null, null, null);
        }
        return plan(person, requestId);
    }

    /** Everyone who was to cover for the person hears that they are no longer needed. */
    @EventListener
    void on(LeaveCalledOff event) {
        Set<UUID> covering = new LinkedHashSet<>();
        for (Handoffs.ItemRow item : handoffs.items(event.organizationId(), event.requestId())) {
            if (item.coveringId() != null
                    && (item.status() == HandoffStatus.ASKED || item.status() == HandoffStatus.ACCEPTED)) {
                covering.add(item.coveringId());
            }
        }
        if (!covering.isEmpty()) {
            notifications.notify(Notice.inApp(event.organizationId(), covering, HANDOFF_NOTICE,
                    "timeoff.handoff.notice.calledOff", List.of(event.personName(), event.startDate().toString(),
                            event.endDate().toString()), COVERING_PATH));
        }
    }

    // ---- templates --------------------------------------------------------------------------------

    /** The library's templates, for everyone to start from; {@code editable} says who may change which. */
    @Transactional(readOnly = true)
    public List<HandoffTemplate> templates(CurrentUser viewer) {
        Map<UUID, String> departments = departments(viewer);
        @Nullable UUID own = ownDepartment(viewer);
        return handoffs.templates(viewer.organizationId()).stream()
                .map(t -> template(viewer, t, departments, own)).toList();
    }

    @Transactional(readOnly = true)
    public HandoffTemplate template(CurrentUser viewer, UUID id) {
        Handoffs.TemplateRow row = handoffs.template(viewer.organizationId(), id).orElseThrow(Problems::notFound);
        return template(viewer, row, departments(viewer), ownDepartment(viewer));
    }

    /** The departments whose templates the viewer manages: all for admins, their own for supervisors. */
    @Transactional(readOnly = true)
    public List<Unit> managedDepartments(CurrentUser viewer) {
        List<Unit> all = directory.departments(viewer.organizationId());
        if (viewer.isAdmin()) {
            return all;
        }
        if (!viewer.has(Role.SUPERVISOR)) {
            return List.of();
        }
        UUID own = ownDepartment(viewer);
        return all.stream().filter(d -> d.id().equals(own)).toList();
    }

    /** Whether the viewer manages templates at all: an admin, or a supervisor with a department. */
    @Transactional(readOnly = true)
    public boolean managesTemplates(CurrentUser viewer) {
        return !managedDepartments(viewer).isEmpty();
    }

    public HandoffTemplate createTemplate(CurrentUser manager, HandoffTemplateDraft draft) {
        requireManager(manager);
        CheckedTemplate checked = check(manager, draft);
        UUID id = UUID.randomUUID();
        handoffs.insertTemplate(manager.organizationId(), id, checked.departmentId(), checked.name(), checked.items());
        return template(manager, id);
    }

    public HandoffTemplate changeTemplate(CurrentUser manager, UUID id, HandoffTemplateDraft draft) {
        HandoffTemplate existing = template(manager, id);
        requireEditable(manager, existing);
        CheckedTemplate checked = check(manager, draft);
        handoffs.changeTemplate(manager.organizationId(), id, checked.departmentId(), checked.name(), checked.items());
        return template(manager, id);
    }

    public void deleteTemplate(CurrentUser manager, UUID id) {
        HandoffTemplate existing = template(manager, id);
        requireEditable(manager, existing);
        handoffs.deleteTemplate(manager.organizationId(), id);
    }

    // ---- visibility -------------------------------------------------------------------------------

    static final String COVERING_PATH = "/timeoff/covering";

    static String planPath(UUID requestId) {
        return "/timeoff/requests/" + requestId + "/handoff";
    }

    static String itemPath(UUID itemId) {
        return "/timeoff/handoffs/items/" + itemId;
    }

    private Seen seen(CurrentUser viewer, UUID requestId) {
        LeaveRequests.Row row = requests.find(viewer.organizationId(), requestId).orElseThrow(Problems::notFound);
        if (row.personId().equals(viewer.personId())) {
            return new Seen(row, Access.REQUESTER);
        }
        if (timeoff.readsAsApprover(viewer, row)) {
            return new Seen(row, Access.READER);
        }
        if (row.status().holdsDays() && handoffs.covers(viewer.organizationId(), requestId, viewer.personId())) {
            return new Seen(row, Access.COVERING);
        }
        throw Problems.notFound();
    }

    /** The requester's own request, still holding its days; others who see it get 403, a closed one 409. */
    private LeaveRequests.Row editable(CurrentUser person, UUID requestId) {
        Seen seen = seen(person, requestId);
        if (seen.access() != Access.REQUESTER) {
            throw Problems.forbidden();
        }
        if (!seen.row().status().holdsDays()) {
            throw Problems.conflict("timeoff.handoff.closed");
        }
        return seen.row();
    }

    private HandoffPlan view(CurrentUser viewer, Seen seen) {
        LeaveRequests.Row row = seen.row();
        Names names = names(viewer);
        List<Handoffs.ItemRow> all = handoffs.items(viewer.organizationId(), row.id());
        List<HandoffItem> items = all.stream()
                .filter(i -> seen.access() != Access.COVERING || viewer.personId().equals(i.coveringId()))
                .map(i -> view(i, names)).toList();
        Handoffs.PlanRow plan = handoffs.plan(viewer.organizationId(), row.id()).orElse(new Handoffs.PlanRow(null, null));
        String type;
        String personName;
        switch (seen.access()) {
            case REQUESTER -> {
                type = row.typeCode();
                personName = viewer.name();
            }
            case READER -> {
                LeaveRequest request = timeoff.request(viewer, row.id());
                type = request.type();
                personName = request.personName();
            }
            default -> {
                type = LeaveType.OUT;
                personName = names.of(row.personId());
            }
        }
        return new HandoffPlan(row.id(), row.personId(), personName, type, row.status(), row.startDate(), row.endDate(),
                plan.outOfOffice(), plan.keyContacts(), items,
                seen.access() == Access.COVERING ? summarize(all.stream()
                        .filter(i -> viewer.personId().equals(i.coveringId())).toList()) : summarize(all),
                seen.access() == Access.REQUESTER, seen.access() == Access.REQUESTER && row.status().holdsDays(), seen.access() == Access.COVERING);
    }

    private static HandoffItem view(Handoffs.ItemRow item, Names names) {
        return new HandoffItem(item.id(), item.requestId(), item.kind(), item.description(), item.date(), item.time(),
                item.coveringId(), item.coveringId() == null ? null : names.of(item.coveringId()),
                item.status(), item.declineReason(), item.answeredAt());
    }

    private static HandoffSummary summarize(List<Handoffs.ItemRow> items) {
        int accepted = 0;
        int asked = 0;
        int declined = 0;
        int unassigned = 0;
        for (Handoffs.ItemRow item : items) {
            switch (item.status()) {
                case ACCEPTED -> accepted++;
                case ASKED -> asked++;
                case DECLINED -> declined++;
                case UNASSIGNED -> unassigned++;
            }
        }
        return new HandoffSummary(items.size(), accepted, asked, declined, unassigned);
    }

    /** Everyone's name in the library, deactivated people looked up one by one, so that a plan keeps showing who was asked. */
    private Names names(CurrentUser viewer) {
        Map<UUID, String> names = new HashMap<>();
        directory.people(viewer).forEach(p -> names.put(p.id(), p.name()));
        return new Names(names, directory, viewer);
    }

    private record Names(Map<UUID, String> known, DirectoryManagement directory, CurrentUser viewer) {

        String of(UUID personId) {
            if (personId.equals(viewer.personId())) {
                return viewer.name();
            }
            return known.computeIfAbsent(personId, id -> directory.person(viewer, id).name());
        }
    }

    private Map<UUID, String> departments(CurrentUser viewer) {
        Map<UUID, String> departments = new HashMap<>();
        directory.departments(viewer.organizationId()).forEach(d -> departments.put(d.id(), d.name()));
        return departments;
    }

    private @Nullable UUID ownDepartment(CurrentUser viewer) {
        return directory.person(viewer, viewer.personId()).departmentId();
    }

    private HandoffTemplate template(CurrentUser viewer, Handoffs.TemplateRow row, Map<UUID, String> departments,
            @Nullable UUID own) {
        boolean editable = viewer.isAdmin() || (viewer.has(Role.SUPERVISOR) && row.departmentId().equals(own));
        return new HandoffTemplate(row.id(), row.departmentId(), departments.getOrDefault(row.departmentId(), ""),
                row.name(), handoffs.templateItems(row.id()), editable);
    }

    private void requireManager(CurrentUser viewer) {
        viewer.requireAny(Role.ADMIN, Role.SUPERVISOR);
    }

    private void requireEditable(CurrentUser viewer, HandoffTemplate template) {
        if (!template.editable()) {
            throw Problems.forbidden();
        }
    }

    // ---- notifications ----------------------------------------------------------------------------

    /** Asks a colleague to cover an item; the text names the person and the dates, never the kind of leave. */
    private void ask(CurrentUser person, LeaveRequests.Row row, UUID coveringId, UUID itemId, String description) {
        notifications.notify(Notice.inApp(person.organizationId(), Set.of(coveringId), HANDOFF_NOTICE,
                "timeoff.handoff.notice.asked", List.of(person.name(), description, row.startDate().toString(),
                        row.endDate().toString()), itemPath(itemId)));
    }

    /** Tells the colleague asked before (unless they had declined) that they are no longer needed for an item. */
    private void release(UUID orgId, String requesterName, Handoffs.ItemRow item) {
        if (item.coveringId() != null
                && (item.status() == HandoffStatus.ASKED || item.status() == HandoffStatus.ACCEPTED)) {
            notifications.notify(Notice.inApp(orgId, Set.of(item.coveringId()), HANDOFF_NOTICE,
                    "timeoff.handoff.notice.released", List.of(requesterName, item.description()), COVERING_PATH));
        }
    }

    // ---- checks -----------------------------------------------------------------------------------

    private record Checked(HandoffKind kind, String description, @Nullable LocalDate date, @Nullable LocalTime time,
            @Nullable UUID coveringId) {}

    private Checked check(CurrentUser person, LeaveRequests.Row row, HandoffItemDraft draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        HandoffKind kind = kind(draft.kind(), "kind", errors);
        String description = description(draft.description(), "description", errors);
        LocalDate date = null;
        if (!text(draft.date()).isEmpty()) {
            try {
                date = LocalDate.parse(text(draft.date()));
                if (date.isBefore(row.startDate()) || date.isAfter(row.endDate())) {
                    errors.add(error("date", "timeoff.handoff.dateOutside"));
                }
            } catch (DateTimeParseException notADate) {
                errors.add(error("date", "timeoff.request.badDate"));
            }
        }
        LocalTime time = null;
        if (!text(draft.time()).isEmpty()) {
            try {
                time = LocalTime.parse(text(draft.time()));
                if (text(draft.date()).isEmpty()) {
                    errors.add(error("time", "timeoff.handoff.timeNeedsDate"));
                }
            } catch (DateTimeParseException notATime) {
                errors.add(error("time", "timeoff.request.badTime"));
            }
        }
        UUID coveringId = null;
        if (!text(draft.coveringId()).isEmpty()) {
            try {
                coveringId = UUID.fromString(text(draft.coveringId()));
            } catch (IllegalArgumentException notAnId) {
                errors.add(error("coveringId", "timeoff.handoff.colleagueUnknown"));
            }
        }
        if (coveringId != null) {
            // another library's person, or nobody at all, answers 404
            directory.person(person, coveringId);
            if (coveringId.equals(person.personId())) {
                errors.add(error("coveringId", "timeoff.handoff.colleagueSelf"));
            } else if (!directory.activeWithRole(person.organizationId(), Role.STAFF).contains(coveringId)) {
                errors.add(error("coveringId", "timeoff.handoff.colleagueInactive"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(Objects.requireNonNull(kind), description, date, time, coveringId);
    }

    private record CheckedTemplate(String name, UUID departmentId, List<HandoffTemplate.Item> items) {}

    private CheckedTemplate check(CurrentUser manager, HandoffTemplateDraft draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String name = text(draft.name());
        if (name.isEmpty()) {
            errors.add(error("name", "timeoff.handoff.template.nameMissing"));
        } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
            errors.add(error("name", "validation.tooLong", NAME_MAX));
        }
        UUID departmentId = null;
        if (text(draft.departmentId()).isEmpty()) {
            errors.add(error("departmentId", "timeoff.handoff.template.departmentMissing"));
        } else {
            try {
                departmentId = UUID.fromString(text(draft.departmentId()));
            } catch (IllegalArgumentException notAnId) {
                errors.add(error("departmentId", "timeoff.handoff.template.departmentMissing"));
            }
        }
        if (departmentId != null) {
            UUID wanted = departmentId;
            if (directory.departments(manager.organizationId()).stream().noneMatch(d -> d.id().equals(wanted))) {
                throw Problems.notFound();
            }
            if (managedDepartments(manager).stream().noneMatch(d -> d.id().equals(wanted))) {
                throw Problems.forbidden();
            }
        }
        List<HandoffTemplate.Item> items = new ArrayList<>();
        for (int i = 0; i < draft.items().size(); i++) {
            HandoffTemplateDraft.Item item = draft.items().get(i);
            if (text(item.description()).isEmpty()) {
                continue;
            }
            HandoffKind kind = kind(item.kind(), "items/" + i + "/kind", errors);
            String description = description(item.description(), "items/" + i + "/description", errors);
            if (kind != null) {
                items.add(new HandoffTemplate.Item(kind, description));
            }
        }
        if (items.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("items/"))) {
            errors.add(error("items", "timeoff.handoff.template.itemsMissing"));
        }
        if (items.size() > MAX_TEMPLATE_ITEMS) {
            errors.add(error("items", "timeoff.handoff.template.tooMany", MAX_TEMPLATE_ITEMS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CheckedTemplate(name, Objects.requireNonNull(departmentId), items);
    }

    private static @Nullable HandoffKind kind(@Nullable String value, String field, List<InvalidInput.FieldError> errors) {
        String code = text(value).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            errors.add(error(field, "timeoff.handoff.kindMissing"));
            return null;
        }
        try {
            return HandoffKind.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            errors.add(error(field, "timeoff.handoff.kindMissing"));
            return null;
        }
    }

    private static String description(@Nullable String value, String field, List<InvalidInput.FieldError> errors) {
        String text = text(value);
        if (text.isEmpty()) {
            errors.add(error(field, "timeoff.handoff.descriptionMissing"));
        } else if (text.codePointCount(0, text.length()) > DESCRIPTION_MAX) {
            errors.add(error(field, "validation.tooLong", DESCRIPTION_MAX));
        }
        return text;
    }

    private static @Nullable String longText(@Nullable String value, String field, List<InvalidInput.FieldError> errors) {
        String text = text(value);
        if (text.codePointCount(0, text.length()) > TEXT_MAX) {
            errors.add(error(field, "validation.tooLong", TEXT_MAX));
        }
        return text.isEmpty() ? null : text;
    }

    private static UUID uuid(@Nullable String value, String field, String messageCode) {
        try {
            return UUID.fromString(text(value));
        } catch (IllegalArgumentException notAnId) {
            throw Problems.invalid(field, messageCode);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static InvalidInput.FieldError error(String field, String code, Object... args) {
        return new InvalidInput.FieldError(field, code, args);
    }
}

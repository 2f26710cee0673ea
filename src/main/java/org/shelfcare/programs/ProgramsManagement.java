package org.shelfcare.programs;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.Unit;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs and their sessions. Admins and wellness leads manage the library's programs; a
 * supervisor manages the programs they made for their team (staff programs seen by that team
 * only); whoever manages a program may delegate it to a colleague as its facilitator, who then
 * manages it too (without handing it on). A draft is seen only by those who manage it; a published
 * program by its audience. Staff register for a session with one click (see {@link #register}).
 * Those who manage a program change or move its sessions one by one and may delete it, with a
 * restore for a while (see {@link #deleteProgram}).
 */
@Service
@Transactional
public class ProgramsManagement {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4_000;
    public static final int NAME_MAX = 200;
    public static final int ROOM_MAX = 200;
    public static final int URL_MAX = 500;
    public static final int ACCESSIBILITY_MAX = 2_000;
    public static final int CAPACITY_MAX = 10_000;
    public static final int AGE_MAX = 120;
    /** A session lasts at most this long. */
    public static final Duration LENGTH_MAX = Duration.ofHours(24);

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final Programs programs;
    private final Registrations registrations;
    private final DirectoryManagement directory;
    private final SessionNotices notices;
    private final Duration keepDeleted;

    ProgramsManagement(Programs programs, Registrations registrations, DirectoryManagement directory,
            SessionNotices notices, @Value("${shelfcare.programs.keep-deleted:30d}") Duration keepDeleted) {
        this.notices = notices;
        this.keepDeleted = keepDeleted;
        this.programs = programs;
        this.registrations = registrations;
        this.directory = directory;
    }

    /** Admins, wellness leads (for the library) and supervisors (for their team) create programs. */
    public static boolean createsPrograms(CurrentUser person) {
        return managesLibrary(person) || person.has(Role.SUPERVISOR);
    }

    private static boolean managesLibrary(CurrentUser person) {
        return person.isAdmin() || person.has(Role.WELLNESS_LEAD);
    }

    private static boolean delegates(CurrentUser person, Programs.Row p) {
        return managesLibrary(person) || person.personId().equals(p.teamSupervisorId());
    }

    private static boolean manages(CurrentUser person, Programs.Row p) {
        return delegates(person, p) || person.personId().equals(p.facilitatorId());
    }

    private boolean sees(CurrentUser person, Programs.Row p, @Nullable UUID mySupervisor) {
        if (manages(person, p)) {
            return true;
        }
        return p.status() == ProgramStatus.PUBLISHED
                && (p.teamSupervisorId() == null || p.teamSupervisorId().equals(mySupervisor));
    }

    private @Nullable UUID supervisorOf(CurrentUser person) {
        return directory.person(person, person.personId()).supervisorId();
    }

    // ---- programs ----------------------------------------------------------------------------------

    /** Creates a program, published unless {@code draft}; a supervisor's is for their team (staff only). */
    public UUID create(CurrentUser user, ProgramDraft draft) {
        if (!createsPrograms(user)) {
            throw Problems.forbidden();
        }
        UUID team = managesLibrary(user) ? null : user.personId();
        Programs.Row row = validated(user, UUID.randomUUID(), team, draft, null);
        programs.insert(row, user.personId(), Instant.now());
        return row.id();
    }

    /** Changes a program the person manages; only those who delegate it may change its facilitator. */
    public void update(CurrentUser user, UUID id, ProgramDraft draft) {
        Programs.Row current = visible(user, id);
        if (!manages(user, current)) {
            throw Problems.forbidden();
        }
        programs.update(validated(user, id, current.teamSupervisorId(), draft, delegates(user, current) ? null : current));
    }

    /** The program as the person may see it (others, drafts of others and other libraries 404). */
    @Transactional(readOnly = true)
    public ProgramView program(CurrentUser user, UUID id) {
        Programs.Row row = visible(user, id);
        Instant next = programs.nextSessions(user.organizationId(), Instant.now()).get(id);
        return view(user, row, next, names(user), branches(user.organizationId()));
    }

    /** The programs the person may see: those with an upcoming session first, soonest first; then the rest by title. */
    @Transactional(readOnly = true)
    public List<ProgramView> programs(CurrentUser user) {
        UUID mySupervisor = supervisorOf(user);
        Map<UUID, Instant> next = programs.nextSessions(user.organizationId(), Instant.now());
        Map<UUID, String> names = names(user);
        Map<UUID, String> branches = branches(user.organizationId());
        List<ProgramView> list = new ArrayList<>();
        for (Programs.Row row : programs.all(user.organizationId())) {
            if (sees(user, row, mySupervisor)) {
                list.add(view(user, row, next.get(row.id()), names, branches));
            }
        }
        list.sort(Comparator.comparing((ProgramView p) -> p.nextSession() == null)
                .thenComparing(p -> p.nextSession() == null ? Instant.MAX : p.nextSession()));
        return list;
    }

    /** The draft behind a program the person manages, to go on editing. */
    @Transactional(readOnly = true)
    public ProgramDraft draft(CurrentUser user, UUID id) {
        Programs.Row p = visible(user, id);
        if (!manages(user, p)) {
            throw Problems.forbidden();
        }
        return new ProgramDraft(p.title(), p.description(), p.category(), p.audience(), p.status() == ProgramStatus.DRAFT,
                p.facilitatorId(), p.facilitatorId() == null ? p.facilitatorName() : null, p.branchId(), p.room(),
                p.onlineUrl(), p.accessibility(), p.ageMin(), p.ageMax());
    }

    private Programs.Row visible(CurrentUser user, UUID id) {
        Programs.Row row = programs.find(user.organizationId(), id).orElseThrow(Problems::notFound);
        if (!manages(user, row) && !sees(user, row, supervisorOf(user))) {
            throw Problems.notFound();
        }
        return row;
    }

    private Programs.Row validated(CurrentUser user, UUID id, @Nullable UUID team, ProgramDraft d,
            Programs.@Nullable Row keepFacilitator) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String title = text(errors, "title", d.title(), TITLE_MAX, true);
        String description = text(errors, "description", d.description(), DESCRIPTION_MAX, false);
        if (d.category() == null) {
            errors.add(error("category", "programs.category.required"));
        }
        if (d.audience() == null) {
            errors.add(error("audience", "programs.audience.required"));
        } else if (team != null && d.audience() != ProgramAudience.STAFF) {
            errors.add(error("audience", "programs.audience.team"));
        }
        String outside = text(errors, "facilitatorName", d.facilitatorName(), NAME_MAX, false);
        String room = text(errors, "room", d.room(), ROOM_MAX, false);
        String url = onlineLink(errors, "onlineUrl", d.onlineUrl());
        String accessibility = text(errors, "accessibility", d.accessibility(), ACCESSIBILITY_MAX, false);
        boolean patrons = d.audience() != null && d.audience().patrons();
        Integer ageMin = patrons ? d.ageMin() : null;
        Integer ageMax = patrons ? d.ageMax() : null;
        if (ageMin != null && (ageMin < 0 || ageMin > AGE_MAX)) {
            errors.add(error("ageMin", "programs.age.range", AGE_MAX));
        }
        if (ageMax != null && (ageMax < 0 || ageMax > AGE_MAX)) {
            errors.add(error("ageMax", "programs.age.range", AGE_MAX));
        } else if (ageMin != null && ageMax != null && ageMax < ageMin) {
            errors.add(error("ageMax", "programs.age.order"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // ids of another library answer 404, like everywhere else
        UUID facilitator = keepFacilitator != null ? keepFacilitator.facilitatorId() : d.facilitatorId();
        String facilitatorName = keepFacilitator != null && keepFacilitator.facilitatorId() != null ? null : outside;
        if (keepFacilitator == null && facilitator != null) {
            directory.person(user, facilitator);
            facilitatorName = null;
        }
        if (d.branchId() != null && !branches(user.organizationId()).containsKey(d.branchId())) {
            throw Problems.notFound();
        }
        return new Programs.Row(id, user.organizationId(), title, description, d.category(), d.audience(),
                d.draft() ? ProgramStatus.DRAFT : ProgramStatus.PUBLISHED, team, facilitator, facilitatorName,
                d.branchId(), room, url, accessibility, ageMin, ageMax);
    }

    /** A link to join online: an http or https web address, at most {@link #URL_MAX} characters. */
    private static @Nullable String onlineLink(List<InvalidInput.FieldError> errors, String field, @Nullable String value) {
        String url = text(errors, field, value, URL_MAX, false);
        if (url != null && errors.stream().noneMatch(e -> e.field().equals(field)) && !webAddress(url)) {
            errors.add(error(field, "programs.onlineUrl.invalid"));
        }
        return url;
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException bad) {
            return false;
        }
    }

    private static @Nullable String text(List<InvalidInput.FieldError> errors, String field, @Nullable String value,
            int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(error(field, "validation.required"));
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(error(field, "validation.tooLong", max));
        } else if (CONTROL.matcher(stripped).find()) {
            errors.add(error(field, "validation.invalidCharacters"));
        }
        return stripped;
    }

    private static InvalidInput.FieldError error(String field, String code, Object... args) {
        return new InvalidInput.FieldError(field, code, args);
    }

    private ProgramView view(CurrentUser user, Programs.Row p, @Nullable Instant next, Map<UUID, String> names,
            Map<UUID, String> branches) {
        String facilitator = p.facilitatorId() != null ? names.get(p.facilitatorId()) : p.facilitatorName();
        return new ProgramView(p.id(), p.title(), p.description(), p.category(), p.audience(), p.status(),
                p.teamSupervisorId(), p.teamSupervisorId() == null ? null : names.get(p.teamSupervisorId()),
                p.facilitatorId(), facilitator, p.branchId(), p.branchId() == null ? null : branches.get(p.branchId()),
                p.room(), p.onlineUrl(), p.accessibility(), p.ageMin(), p.ageMax(), next, manages(user, p),
                delegates(user, p));
    }

    private Map<UUID, String> names(CurrentUser user) {
        Map<UUID, String> names = new HashMap<>();
        for (PersonView person : directory.people(user)) {
            names.put(person.id(), person.name());
        }
        return names;
    }

    private Map<UUID, String> branches(UUID orgId) {
        Map<UUID, String> branches = new HashMap<>();
        for (Unit unit : directory.branches(orgId)) {
            branches.put(unit.id(), unit.name());
        }
        return branches;
    }

    // ---- sessions ----------------------------------------------------------------------------------

    /**
     * Adds sessions to a program the person manages: one, or a series by its recurrence (at most
     * {@link Recurrence#MAX_SESSIONS}; with no end, one year). Answers the new sessions' ids, first first.
     */
    public List<UUID> addSessions(CurrentUser user, UUID programId, SessionPlan plan) {
        Programs.Row p = visible(user, programId);
        if (!manages(user, p)) {
            throw Problems.forbidden();
        }
        Instant now = Instant.now();
        List<InvalidInput.FieldError> errors = sessionErrors(plan.startsAt(), plan.endsAt(), plan.capacity(), now);
        String room = text(errors, "room", plan.room(), ROOM_MAX, false);
        String onlineLink = onlineLink(errors, "onlineLink", plan.onlineLink());
        Recurrence r = plan.recurrence();
        ZoneId zone = user.zone();
        if (plan.startsAt() != null && r.frequency() != Recurrence.Frequency.NONE) {
            LocalDate first = plan.startsAt().atZone(zone).toLocalDate();
            if (r.until() != null && (r.until().isBefore(first) || r.until().isAfter(first.plusYears(1)))) {
                errors.add(error("until", "programs.recurrence.until"));
            }
            if (r.count() != null && (r.count() < 1 || r.count() > Recurrence.MAX_SESSIONS)) {
                errors.add(error("count", "programs.recurrence.count", Recurrence.MAX_SESSIONS));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ZonedDateTime start = plan.startsAt().atZone(zone);
        Duration length = Duration.between(plan.startsAt(), plan.endsAt());
        List<UUID> ids = new ArrayList<>();
        for (LocalDate date : r.dates(start.toLocalDate())) {
            Instant startsAt = ZonedDateTime.of(date, start.toLocalTime(), zone).toInstant();
            UUID id = UUID.randomUUID();
            programs.insertSession(new Programs.SessionRow(id, programId, user.organizationId(), startsAt,
                    startsAt.plus(length), plan.dropIn() ? null : plan.capacity(), plan.dropIn(), 0, false, 0, room, onlineLink), now);
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw Problems.invalid("except", "programs.recurrence.empty");
        }
        return ids;
    }

    /** The rules every session keeps: it starts in the future, ends after it starts, within a day; seats 1 to 10,000. */
    private static List<InvalidInput.FieldError> sessionErrors(@Nullable Instant startsAt, @Nullable Instant endsAt,
            @Nullable Integer capacity, Instant now) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (startsAt == null) {
            errors.add(error("startsAt", "validation.required"));
        } else if (!startsAt.isAfter(now)) {
            errors.add(error("startsAt", "programs.session.past"));
        }
        if (endsAt == null) {
            errors.add(error("endsAt", "validation.required"));
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add(error("endsAt", "programs.session.order"));
        } else if (startsAt != null && Duration.between(startsAt, endsAt).compareTo(LENGTH_MAX) > 0) {
            errors.add(error("endsAt", "programs.session.tooLong"));
        }
        if (capacity != null && (capacity < 1 || capacity > CAPACITY_MAX)) {
            errors.add(error("capacity", "programs.session.capacity", CAPACITY_MAX));
        }
        return errors;
    }

    /**
     * Changes or moves a session of a program the person manages, under the same rules as adding
     * one. Seats cannot drop below those confirmed registrations hold, and a session with
     * registrations cannot become drop-in; more seats seat the waitlist in order. A move, or a new
     * room or online link, tells everyone registered or waiting, and calendars get the change. A cancelled session, or one
     * that has begun, cannot be changed (400).
     */
    public void changeSession(CurrentUser user, UUID sessionId, SessionChange change) {
        Programs.SessionRow found = programs.findSession(user.organizationId(), sessionId).orElseThrow(Problems::notFound);
        Programs.Row p = visible(user, found.programId());
        if (!manages(user, p)) {
            throw Problems.forbidden();
        }
        Programs.SessionRow s = programs.lockSession(user.organizationId(), sessionId).orElseThrow(Problems::notFound);
        Instant now = Instant.now();
        if (s.cancelled()) {
            throw Problems.invalid("session", "programs.session.change.cancelled");
        }
        if (!s.startsAt().isAfter(now)) {
            throw Problems.invalid("session", "programs.session.change.begun");
        }
        Integer capacity = change.dropIn() ? null : change.capacity();
        List<InvalidInput.FieldError> errors = sessionErrors(change.startsAt(), change.endsAt(), capacity, now);
        String room = text(errors, "room", change.room(), ROOM_MAX, false);
        String onlineLink = onlineLink(errors, "onlineLink", change.onlineLink());
        int waiting = programs.waitlist(sessionId).stream().mapToInt(Programs.RegistrationRow::partySize).sum();
        if (change.dropIn() && s.seatsTaken() + waiting > 0) {
            errors.add(error("dropIn", "programs.session.change.dropIn", s.seatsTaken() + waiting));
        } else if (capacity != null && errors.stream().noneMatch(e -> e.field().equals("capacity"))
                && capacity < s.seatsTaken()) {
            errors.add(error("capacity", "programs.session.change.seatsHeld", s.seatsTaken()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        boolean moved = !change.startsAt().equals(s.startsAt()) || !change.endsAt().equals(s.endsAt());
        // what people are told is where it takes place, so a room equal to the program's is no change
        boolean placeChanged = !Objects.equals(s.roomOf(p), room != null ? room : p.room())
                || !Objects.equals(s.onlineUrlOf(p), onlineLink != null ? onlineLink : p.onlineUrl());
        Programs.SessionRow changed = new Programs.SessionRow(s.id(), s.programId(), s.orgId(), change.startsAt(),
                change.endsAt(), capacity, change.dropIn(), s.seatsTaken(), false,
                s.sequence() + (moved || placeChanged ? 1 : 0), room, onlineLink);
        programs.changeSession(changed, moved, placeChanged);
        registrations.seatWaitlist(changed, s.seatsTaken());
        if (moved || placeChanged) {
            notices.moved(s, changed, moved, placeChanged);
        }
    }

    /** The sessions of a program the person may see, with the person's own registration. */
    @Transactional(readOnly = true)
    public List<SessionView> sessions(CurrentUser user, UUID programId) {
        visible(user, programId);
        Map<UUID, Integer> waiting = programs.waiting(programId);
        Map<UUID, RegistrationStatus> mine = programs.mine(programId, user.personId());
        return programs.sessions(programId).stream().map(s -> new SessionView(s.id(), s.programId(), s.startsAt(),
                s.endsAt(), s.capacity(), s.dropIn(), s.cancelled(), s.seatsTaken(), waiting.getOrDefault(s.id(), 0),
                mine.get(s.id()), s.room(), s.onlineUrl())).toList();
    }

    /**
     * Cancels a session of a program the person manages and tells everyone registered or waiting;
     * its registrations stay until they are deleted.
     */
    public void cancelSession(CurrentUser user, UUID sessionId) {
        Programs.SessionRow s = programs.findSession(user.organizationId(), sessionId).orElseThrow(Problems::notFound);
        Programs.Row p = visible(user, s.programId());
        if (!manages(user, p)) {
            throw Problems.forbidden();
        }
        cancel(s);
    }

    private void cancel(Programs.SessionRow s) {
        programs.cancelSession(s.orgId(), s.id());
        if (!s.cancelled()) {
            notices.cancelled(s);
        }
    }

    /** A session of a program the person may see, as a calendar event (for its iCalendar file). */
    @Transactional(readOnly = true)
    public CalendarEvent calendarEvent(CurrentUser user, UUID sessionId) {
        Programs.SessionRow s = programs.findSession(user.organizationId(), sessionId).orElseThrow(Problems::notFound);
        Programs.Row p = visible(user, s.programId());
        String branch = p.branchId() == null ? null : branches(user.organizationId()).get(p.branchId());
        return new CalendarEvent(s.id(), p.title(), p.description(), CalendarEvent.location(branch, s.roomOf(p),
                s.onlineUrlOf(p)), s.onlineUrlOf(p), s.startsAt(), s.endsAt(), s.cancelled(), s.sequence());
    }

    /** The program a session belongs to, for pages that start from a session. */
    @Transactional(readOnly = true)
    public UUID programOf(CurrentUser user, UUID sessionId) {
        Programs.SessionRow s = programs.findSession(user.organizationId(), sessionId).orElseThrow(Problems::notFound);
        visible(user, s.programId());
        return s.programId();
    }

    // ---- staff registration ------------------------------------------------------------------------

    /**
     * Registers the person for a session of a staff program they can see, with one click: a seat
     * when one is left, else the waitlist. Twice answers 409; a patron-only program, a drop-in, a
     * cancelled or past session answer 400; a registration on the public page with the person's
     * email answers 409 too.
     */
    public RegistrationStatus register(CurrentUser user, UUID sessionId) {
        Programs.SessionRow s = programs.findSession(user.organizationId(), sessionId).orElseThrow(Problems::notFound);
        Programs.Row p = visible(user, s.programId());
        if (p.status() != ProgramStatus.PUBLISHED || !p.audience().staff()) {
            throw Problems.invalid("session", "programs.register.notForStaff");
        }
        // a colleague who registered on the public page with their work email holds a place already
        List<String> sameAs = user.email() == null ? List.of() : List.of(Registrations.email(user.email()));
        return registrations.registerWithId(user.organizationId(), sessionId, Registrations.person(user.personId()),
                user.personId(), null, null, 1, null, sameAs, "programs.register.patronToo").status();
    }

    /** Cancels the person's registration; a seat it held goes to the waitlist. */
    public void cancelRegistration(CurrentUser user, UUID sessionId) {
        Programs.SessionRow s = programs.findSession(user.organizationId(), sessionId).orElseThrow(Problems::notFound);
        visible(user, s.programId());
        registrations.cancel(user.organizationId(), sessionId, Registrations.person(user.personId()));
    }

    /** Who is registered for a session of a program the person manages (staff names; patrons' names). */
    @Transactional(readOnly = true)
    public List<Registrant> registrants(CurrentUser user, UUID sessionId) {
        Programs.SessionRow s = programs.findSession(user.organizationId(), sessionId).orElseThrow(Problems::notFound);
        Programs.Row p = visible(user, s.programId());
        if (!manages(user, p)) {
            throw Problems.forbidden();
        }
        Map<UUID, String> names = names(user);
        return programs.registrations(sessionId).stream().map(r -> new Registrant(r.id(),
                r.personId() != null ? names.getOrDefault(r.personId(), "") : r.name(), r.personId() == null,
                r.partySize(), r.status())).toList();
    }

    /** A registration as those who manage the program see it. */
    public record Registrant(UUID id, @Nullable String name, boolean patron, int partySize, RegistrationStatus status) {}

    // ---- deleting and restoring --------------------------------------------------------------------

    /**
     * What deleting a program would do: how many upcoming sessions it cancels and people it tells,
     * and for how many days it can be restored.
     */
    public record Deletion(int upcomingSessions, int people, long restorableDays) {}

    /** A deleted program that can still be restored, until {@code restorableUntil}. */
    public record DeletedProgram(UUID id, String title, Instant deletedAt, Instant restorableUntil) {}

    /** What deleting a program the person manages would cancel, for its confirmation page. */
    @Transactional(readOnly = true)
    public Deletion deletion(CurrentUser user, UUID id) {
        if (!program(user, id).manages()) {
            throw Problems.forbidden();
        }
        Instant now = Instant.now();
        List<SessionView> upcoming = sessions(user, id).stream().filter(s -> !s.cancelled() && !s.past(now)).toList();
        return new Deletion(upcoming.size(), upcoming.stream().mapToInt(s -> s.seatsTaken() + s.waiting()).sum(),
                keepDeleted.toDays());
    }

    /**
     * Deletes a program the person manages: its upcoming sessions are cancelled (everyone registered
     * or waiting is told), and it leaves every list, page, feed and the API (404). Those who manage
     * it may restore it for a while ({@code shelfcare.programs.keep-deleted}, 30 days); then it is
     * deleted for good with its sessions and registrations.
     */
    public void deleteProgram(CurrentUser user, UUID id) {
        Programs.Row p = visible(user, id);
        if (!manages(user, p)) {
            throw Problems.forbidden();
        }
        Instant now = Instant.now();
        for (Programs.SessionRow s : programs.sessions(id)) {
            if (!s.cancelled() && s.startsAt().isAfter(now)) {
                cancel(s);
            }
        }
        programs.markDeleted(user.organizationId(), id, now);
    }

    /**
     * Brings back a deleted program the person manages, as it was; the sessions cancelled when it
     * was deleted stay cancelled. A program that is not deleted is left as it is; one the person
     * does not manage, or deleted for good, answers 404.
     */
    public void restoreProgram(CurrentUser user, UUID id) {
        Programs.Row deleted = programs.findDeleted(user.organizationId(), id).map(Map.Entry::getKey).orElse(null);
        if (deleted == null) {
            visible(user, id);
            return;
        }
        if (!manages(user, deleted)) {
            throw Problems.notFound();
        }
        programs.markDeleted(user.organizationId(), id, null);
    }

    /** The deleted programs the person could restore, most recently deleted first. */
    @Transactional(readOnly = true)
    public List<DeletedProgram> recentlyDeleted(CurrentUser user) {
        Instant now = Instant.now();
        return programs.deleted(user.organizationId()).stream()
                .filter(e -> manages(user, e.getKey()) && e.getValue().plus(keepDeleted).isAfter(now))
                .map(e -> new DeletedProgram(e.getKey().id(), e.getKey().title(), e.getValue(),
                        e.getValue().plus(keepDeleted)))
                .toList();
    }
}

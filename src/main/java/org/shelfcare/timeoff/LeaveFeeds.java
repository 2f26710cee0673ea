package org.shelfcare.timeoff;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.SecretTokens;
import org.shelfcare.directory.Unit;
import org.shelfcare.web.ICalendars;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private iCalendar feeds of time off, at a secret address that works without signing in (calendar
 * apps cannot sign in) until its owner revokes it. Only a hash of the secret is stored. A feed is
 * made fresh from the requests every time a calendar app reads it, with the owner's rights of that
 * moment: a deactivated owner, a switched-off module or a unit the owner may no longer follow
 * answers as if the feed did not exist.
 * <p>
 * Because feeds end up shared in calendar apps, a private kind shows as "Out" even in the owner's
 * own feed, and a group feed shows only approved time off as "Name — out", never a kind or a note.
 */
@Service
@Transactional
public class LeaveFeeds {

    /** The public address of a feed: this prefix, the secret, {@code .ics}. */
    public static final String PATH = "/feeds/timeoff/";
    /** How far back and ahead a feed reaches, in days from today. */
    static final int DAYS_BACK = 90;

    /** Half days as times in the person's zone: a morning is 09:00 to 13:00, an afternoon 13:00 to 17:00. */
    static final LocalTime MORNING = LocalTime.of(9, 0);
    static final LocalTime NOON = LocalTime.of(13, 0);
    static final LocalTime EVENING = LocalTime.of(17, 0);

    private final JdbcClient jdbc;
    private final LeaveRequests requests;
    private final LeaveTypes types;
    private final DirectoryManagement directory;
    private final MessageSource messages;

    LeaveFeeds(JdbcClient jdbc, LeaveRequests requests, LeaveTypes types, DirectoryManagement directory,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.types = types;
        this.directory = directory;
        this.messages = messages;
    }

    /** A new feed, with its secret address path (shown once). */
    public record Created(LeaveFeed feed, String path) {}

    /** The person's feeds that still work, newest first. */
    @Transactional(readOnly = true)
    public List<LeaveFeed> feeds(CurrentUser person) {
        Map<UUID, String> units = unitNames(person.organizationId());
        return jdbc.sql("""
                SELECT id, scope, unit_id, created_at FROM timeoff_feed
                WHERE org_id = ? AND person_id = ? AND revoked_at IS NULL ORDER BY created_at DESC""")
                .params(person.organizationId(), person.personId())
                .query((rs, n) -> {
                    UUID unit = rs.getObject("unit_id", UUID.class);
                    return new LeaveFeed(rs.getObject("id", UUID.class), FeedScope.valueOf(rs.getString("scope")), unit,
                            unit == null ? null : units.get(unit), rs.getTimestamp("created_at").toInstant());
                }).list();
    }

    /**
     * The branches and departments the person may follow: their own, or every one for an admin.
     */
    @Transactional(readOnly = true)
    public Map<FeedScope, List<Unit>> units(CurrentUser person) {
        PersonView me = directory.person(person, person.personId());
        List<Unit> branches = directory.branches(person.organizationId()).stream()
                .filter(u -> person.isAdmin() || u.id().equals(me.branchId())).toList();
        List<Unit> departments = directory.departments(person.organizationId()).stream()
                .filter(u -> person.isAdmin() || u.id().equals(me.departmentId())).toList();
        return Map.of(FeedScope.BRANCH, branches, FeedScope.DEPARTMENT, departments);
    }

    /**
     * Makes a feed. A branch or department must be the person's own (admins: any of the library's);
     * another library's unit answers 404 like an unknown one.
     */
    public Created create(CurrentUser person, @Nullable String scope, @Nullable UUID unitId) {
        FeedScope chosen;
        try {
            chosen = FeedScope.valueOf(scope == null ? "" : scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Problems.invalid("scope", "timeoff.feeds.scopeUnknown");
        }
        UUID unit = null;
        if (chosen.needsUnit()) {
            if (unitId == null) {
                throw Problems.invalid("unitId", chosen == FeedScope.BRANCH ? "timeoff.feeds.branchMissing"
                        : "timeoff.feeds.departmentMissing");
            }
            List<Unit> all = chosen == FeedScope.BRANCH ? directory.branches(person.organizationId())
                    : directory.departments(person.organizationId());
            if (all.stream().noneMatch(u -> u.id().equals(unitId))) {
                throw Problems.notFound();
            }
            if (units(person).get(chosen).stream().noneMatch(u -> u.id().equals(unitId))) {
                throw Problems.forbidden();
            }
            unit = unitId;
        }
        String token = SecretTokens.generate();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("""
                INSERT INTO timeoff_feed (id, org_id, person_id, scope, unit_id, token_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, person.organizationId(), person.personId(), chosen.name(), unit, SecretTokens.hash(token),
                        Timestamp.from(now))
                .update();
        String unitName = unit == null ? null : unitNames(person.organizationId()).get(unit);
        return new Created(new LeaveFeed(id, chosen, unit, unitName, now), PATH + token + ".ics");
    }

    /** Revokes one of the person's feeds: its address answers 404 from now on. Others' feeds: 404. */
    public void revoke(CurrentUser person, UUID id) {
        int changed = jdbc.sql("""
                UPDATE timeoff_feed SET revoked_at = ? WHERE id = ? AND org_id = ? AND person_id = ? AND revoked_at IS NULL""")
                .params(Timestamp.from(Instant.now()), id, person.organizationId(), person.personId()).update();
        if (changed != 1) {
            throw Problems.notFound();
        }
    }

    /** Revokes the feed and makes a new one with the same scope: a new secret address. */
    public Created renew(CurrentUser person, UUID id) {
        LeaveFeed feed = feeds(person).stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(Problems::notFound);
        revoke(person, id);
        return create(person, feed.scope().name(), feed.unitId());
    }

    /**
     * The calendar behind a secret address, made now; empty when the secret is unknown or revoked,
     * its owner is no longer active, time off is switched off, or the owner may no longer follow it.
     */
    @Transactional(readOnly = true)
    public Optional<String> calendar(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        record Stored(UUID orgId, UUID personId, FeedScope scope, @Nullable UUID unitId) {}
        Optional<Stored> stored = jdbc.sql("""
                SELECT org_id, person_id, scope, unit_id FROM timeoff_feed WHERE token_hash = ? AND revoked_at IS NULL""")
                .param(SecretTokens.hash(token))
                .query((rs, n) -> new Stored(rs.getObject("org_id", UUID.class), rs.getObject("person_id", UUID.class),
                        FeedScope.valueOf(rs.getString("scope")), rs.getObject("unit_id", UUID.class)))
                .optional();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Stored feed = stored.get();
        Optional<CurrentUser> owner = directory.currentUser(feed.personId())
                .filter(p -> p.organizationId().equals(feed.orgId()));
        if (owner.isEmpty() || directory.disabledModules(feed.orgId()).contains("timeoff")) {
            return Optional.empty();
        }
        CurrentUser me = owner.get();
        if (feed.scope().needsUnit()
                && units(me).get(feed.scope()).stream().noneMatch(u -> u.id().equals(feed.unitId()))) {
            return Optional.empty();
        }
        List<CalendarComponent> events = feed.scope() == FeedScope.MINE ? ownEvents(me) : groupEvents(me, feed.scope(),
                feed.unitId());
        String unitName = feed.unitId() == null ? "" : unitNames(me.organizationId()).getOrDefault(feed.unitId(), "");
        return Optional.of(write(events, message("timeoff.feeds.calendarName." + feed.scope().name(), me.locale(),
                unitName), me.locale()));
    }

    // ---- events --------------------------------------------------------------------------------------

    private List<CalendarComponent> ownEvents(CurrentUser me) {
        LocalDate from = LocalDate.now(me.zone()).minusDays(DAYS_BACK);
        Set<String> privateCodes = types.all(me.organizationId()).stream().filter(LeaveType::privateType)
                .map(LeaveType::code).collect(Collectors.toSet());
        List<CalendarComponent> events = new ArrayList<>();
        for (LeaveRequests.Row row : requests.of(me.organizationId(), me.personId())) {
            if (!row.status().holdsDays() || row.endDate().isBefore(from)) {
                continue;
            }
            boolean hidden = row.privateType() || privateCodes.contains(row.typeCode());
            String kind = message(LeaveType.labelKey(hidden ? LeaveType.OUT : row.typeCode()), me.locale());
            boolean pending = row.status() == LeaveStatus.PENDING;
            String summary = pending ? message("timeoff.feeds.pendingSummary", me.locale(), kind) : kind;
            events.add(event(row, summary, me.zone(), pending));
        }
        return events;
    }

    private List<CalendarComponent> groupEvents(CurrentUser me, FeedScope scope, @Nullable UUID unitId) {
        List<PersonView> people = directory.people(me);
        PersonView self = people.stream().filter(p -> p.id().equals(me.personId())).findFirst().orElse(null);
        Map<UUID, String> members = new HashMap<>();
        for (PersonView p : people) {
            boolean in = switch (scope) {
                case TEAM -> !p.id().equals(me.personId()) && (me.personId().equals(p.supervisorId())
                        || (self != null && self.supervisorId() != null && self.supervisorId().equals(p.supervisorId())));
                case BRANCH -> unitId != null && unitId.equals(p.branchId());
                case DEPARTMENT -> unitId != null && unitId.equals(p.departmentId());
                case MINE -> false;
            };
            if (in) {
                members.put(p.id(), p.name());
            }
        }
        LocalDate today = LocalDate.now(me.zone());
        Map<UUID, ZoneId> zones = new HashMap<>();
        List<CalendarComponent> events = new ArrayList<>();
        for (LeaveRequests.Row row : requests.approvedBetween(me.organizationId(), members.keySet(),
                today.minusDays(DAYS_BACK), today.plusDays(TimeoffManagement.MAX_SPAN_DAYS))) {
            // half days and hours are at the person's own times, wherever the reader is
            ZoneId zone = row.portion() == LeavePortion.FULL_DAYS ? me.zone() : zones.computeIfAbsent(row.personId(),
                    id -> directory.currentUser(id).map(CurrentUser::zone).orElse(me.zone()));
            events.add(event(row, message("timeoff.feeds.outSummary", me.locale(), members.get(row.personId())), zone,
                    false));
        }
        return events;
    }

    /** An all-day event for full days (the end is exclusive in iCalendar), a timed one otherwise. */
    private static VEvent event(LeaveRequests.Row row, String summary, ZoneId zone, boolean tentative) {
        VEvent event = switch (row.portion()) {
            case FULL_DAYS -> new VEvent(row.startDate(), row.endDate().plusDays(1), summary);
            case AM -> new VEvent(instant(row.startDate(), MORNING, zone), instant(row.startDate(), NOON, zone), summary);
            case PM -> new VEvent(instant(row.startDate(), NOON, zone), instant(row.startDate(), EVENING, zone), summary);
            case HOURS -> new VEvent(instant(row.startDate(), row.startTime() == null ? MORNING : row.startTime(), zone),
                    instant(row.startDate(), row.endTime() == null ? EVENING : row.endTime(), zone), summary);
        };
        event.replace(new DtStamp(row.createdAt()));
        event.add(new Uid(row.id() + "@timeoff.shelfcare"));
        event.add(tentative ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
        // an absence does not make the reader busy
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private static Instant instant(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private String write(List<CalendarComponent> events, String name, Locale locale) {
        return ICalendars.write(events, "-//ShelfCare//Time off//" + locale.getLanguage().toUpperCase(Locale.ROOT), name);
    }

    private Map<UUID, String> unitNames(UUID orgId) {
        Map<UUID, String> names = new HashMap<>();
        directory.branches(orgId).forEach(u -> names.put(u.id(), u.name()));
        directory.departments(orgId).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

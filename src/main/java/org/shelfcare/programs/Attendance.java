package org.shelfcare.programs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came to a session, for those who manage its program: every confirmed registration (staff
 * and patrons, by name) marked present or not, and walk-ins counted, with or without a name. Marks
 * and walk-ins' names are deleted with the registrations after the session; the counts stay.
 */
@Service
@Transactional
public class Attendance {

    /** Walk-ins counted at once through the API, at most. */
    public static final int WALK_INS_MAX = 500;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final ProgramsManagement management;
    private final Programs programs;
    private final DirectoryManagement directory;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Attendance(ProgramsManagement management, Programs programs, DirectoryManagement directory, JdbcClient jdbc,
            ApplicationEventPublisher events) {
        this.management = management;
        this.programs = programs;
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** One confirmed registration on the check-in list. */
    public record Entry(UUID registrationId, String name, boolean patron, int partySize, boolean attended) {}

    /** The check-in list of a session: registered people, those present, walk-ins and their names. */
    public record Sheet(UUID sessionId, UUID programId, Instant startsAt, int registered, int attended, int walkIns,
            List<Entry> entries, List<String> walkInNames) {

        /** People present: registered ones marked present and walk-ins. */
        public int present() {
            return attended + walkIns;
        }
    }

    /** The session's check-in list; 404 for a session the person cannot see, 403 when they do not manage it. */
    @Transactional(readOnly = true)
    public Sheet sheet(CurrentUser user, UUID sessionId) {
        Programs.SessionRow s = managed(user, sessionId);
        Map<UUID, String> names = new HashMap<>();
        for (PersonView person : directory.people(user)) {
            names.put(person.id(), person.name());
        }
        Map<UUID, Boolean> marks = jdbc.sql("SELECT id, attended FROM program_registration WHERE session_id = ?")
                .param(sessionId).query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getBoolean("attended")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Entry> entries = programs.registrations(sessionId).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .map(r -> new Entry(r.id(), r.personId() != null ? names.getOrDefault(r.personId(), "") : nameOf(r),
                        r.personId() == null, r.partySize(), marks.getOrDefault(r.id(), false)))
                .sorted(java.util.Comparator.comparing((Entry e) -> e.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        Map<String, Object> counts = counts(sessionId);
        List<String> walkIns = jdbc.sql("SELECT name FROM program_walk_in WHERE session_id = ? ORDER BY created_at, id")
                .param(sessionId).query(String.class).list();
        return new Sheet(sessionId, s.programId(), s.startsAt(), s.seatsTaken(), ((Number) counts.get("attended")).intValue(),
                ((Number) counts.get("walk_ins")).intValue(), entries, walkIns);
    }

    private static String nameOf(Programs.RegistrationRow r) {
        return r.name() == null ? "" : r.name();
    }

    /** Marks a confirmed registration present or not; the session's count follows (parties in full). */
    public void mark(CurrentUser user, UUID sessionId, UUID registrationId, boolean attended) {
        Programs.SessionRow session = managed(user, sessionId);
        programs.lockSession(user.organizationId(), sessionId);
        Programs.RegistrationRow r = programs.registrationById(user.organizationId(), registrationId)
                .filter(x -> x.sessionId().equals(sessionId) && x.status() == RegistrationStatus.CONFIRMED)
                .orElseThrow(Problems::notFound);
        int changed = jdbc.sql("UPDATE program_registration SET attended = ? WHERE id = ? AND attended = ?")
                .params(attended, r.id(), !attended).update();
        if (changed > 0) {
            jdbc.sql("UPDATE program_session SET attended = attended + ? WHERE id = ?")
                    .params(attended ? r.partySize() : -r.partySize(), sessionId).update();
            if (attended && r.personId() != null) {
                events.publishEvent(new StaffCheckedIn(user.organizationId(), session.programId(), sessionId,
                        session.startsAt(), r.personId(), user.personId()));
            }
        }
    }

    /** Counts a walk-in, with their name when one is given (at most {@link ProgramsManagement#NAME_MAX} characters). */
    public void walkIn(CurrentUser user, UUID sessionId, @Nullable String name) {
        walkIns(user, sessionId, 1, name);
    }

    /**
     * Counts {@code count} walk-ins (1 to {@link #WALK_INS_MAX}), with a name only for one; a
     * missing or bad count, a long name or a name with several answer 400.
     */
    public void walkIns(CurrentUser user, UUID sessionId, @Nullable Integer count, @Nullable String name) {
        managed(user, sessionId);
        if (count == null) {
            throw Problems.invalid("count", "validation.required");
        }
        if (count < 1 || count > WALK_INS_MAX) {
            throw Problems.invalid("count", "programs.attendance.walkInCount", WALK_INS_MAX);
        }
        String clean = name == null ? "" : name.strip();
        if (clean.length() > ProgramsManagement.NAME_MAX) {
            throw Problems.invalid("name", "validation.tooLong", ProgramsManagement.NAME_MAX);
        }
        if (CONTROL.matcher(clean).find()) {
            throw Problems.invalid("name", "validation.invalidCharacters");
        }
        if (!clean.isEmpty() && count > 1) {
            throw Problems.invalid("name", "programs.attendance.walkInNameOne");
        }
        programs.lockSession(user.organizationId(), sessionId);
        jdbc.sql("UPDATE program_session SET walk_ins = walk_ins + ? WHERE id = ?").params(count, sessionId).update();
        if (!clean.isEmpty()) {
            jdbc.sql("INSERT INTO program_walk_in (id, session_id, org_id, name, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), sessionId, user.organizationId(), clean, Timestamp.from(Instant.now()))
                    .update();
        }
    }

    /** People present per session of a program (marked registrations and walk-ins), for those who manage it. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> present(CurrentUser user, UUID programId) {
        if (!management.program(user, programId).manages()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, attended + walk_ins AS present FROM program_session WHERE program_id = ? AND org_id = ?")
                .params(programId, user.organizationId())
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getInt("present")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, Object> counts(UUID sessionId) {
        return jdbc.sql("SELECT attended, walk_ins FROM program_session WHERE id = ?").param(sessionId).query().singleRow();
    }

    private Programs.SessionRow managed(CurrentUser user, UUID sessionId) {
        UUID programId = management.programOf(user, sessionId);
        if (!management.program(user, programId).manages()) {
            throw Problems.forbidden();
        }
        return programs.findSession(user.organizationId(), sessionId).orElseThrow(Problems::notFound);
    }
}

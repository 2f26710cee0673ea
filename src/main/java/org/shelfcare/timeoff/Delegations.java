package org.shelfcare.timeoff;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegate approvers: a supervisor (or an admin who approves) names an active colleague of the same
 * library to decide for them over a range of days while they are out. During the range the
 * delegate sees, in their approvals, exactly the requests whose approver is the supervisor, may
 * decide them, and hears of new and changed ones. Private kinds stay "Out" to the delegate as to
 * anyone else. Naming someone of another library answers 404, oneself a form error.
 */
@Service
@Transactional
public class Delegations {

    private final JdbcClient jdbc;
    private final DirectoryManagement directory;

    Delegations(JdbcClient jdbc, DirectoryManagement directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** Whether the person may name a delegate: supervisors and admins, who approve requests. */
    public boolean mayDelegate(CurrentUser person) {
        return person.has(Role.SUPERVISOR) || person.isAdmin();
    }

    /** Delegations the person gave and those naming them, that have not ended, by first day. */
    @Transactional(readOnly = true)
    public List<Delegation> delegations(CurrentUser person) {
        Map<UUID, String> names = new HashMap<>();
        directory.people(person).forEach(p -> names.put(p.id(), p.name()));
        LocalDate today = LocalDate.now(person.zone());
        return jdbc.sql("""
                SELECT id, supervisor_id, delegate_id, start_date, end_date FROM timeoff_delegation
                WHERE org_id = ? AND (supervisor_id = ? OR delegate_id = ?) AND end_date >= ?
                ORDER BY start_date, created_at""")
                .params(person.organizationId(), person.personId(), person.personId(), Date.valueOf(today))
                .query((rs, n) -> {
                    UUID supervisor = rs.getObject("supervisor_id", UUID.class);
                    UUID delegate = rs.getObject("delegate_id", UUID.class);
                    return new Delegation(rs.getObject("id", UUID.class), supervisor, names.getOrDefault(supervisor, ""),
                            delegate, names.getOrDefault(delegate, ""), rs.getDate("start_date").toLocalDate(),
                            rs.getDate("end_date").toLocalDate(), supervisor.equals(person.personId()));
                }).list();
    }

    /**
     * Names a delegate from {@code startDate} to {@code endDate} (the supervisor's local dates). The
     * delegate must be an active colleague of the same library; oneself, a past range or a missing
     * date are form errors.
     */
    public Delegation delegate(CurrentUser supervisor, @Nullable UUID delegateId, @Nullable String startDate,
            @Nullable String endDate) {
        if (!mayDelegate(supervisor)) {
            throw Problems.forbidden();
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        PersonView delegate = null;
        if (delegateId == null) {
            errors.add(new InvalidInput.FieldError("delegateId", "timeoff.delegate.choose", new Object[0]));
        } else if (delegateId.equals(supervisor.personId())) {
            errors.add(new InvalidInput.FieldError("delegateId", "timeoff.delegate.notYourself", new Object[0]));
        } else {
            // another library's person answers 404
            delegate = directory.person(supervisor, delegateId);
            if (directory.currentUser(delegateId).isEmpty()) {
                errors.add(new InvalidInput.FieldError("delegateId", "timeoff.delegate.notActive", new Object[0]));
            }
        }
        LocalDate today = LocalDate.now(supervisor.zone());
        LocalDate start = date(startDate, "startDate", errors);
        LocalDate end = date(endDate, "endDate", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new InvalidInput.FieldError("endDate", "timeoff.request.endBeforeStart", new Object[0]));
        } else if (end != null && end.isBefore(today)) {
            errors.add(new InvalidInput.FieldError("endDate", "timeoff.delegate.past", new Object[0]));
        } else if (start != null && end != null && end.isAfter(start.plusDays(TimeoffManagement.MAX_SPAN_DAYS))) {
            errors.add(new InvalidInput.FieldError("endDate", "timeoff.delegate.tooLong",
                    new Object[] {TimeoffManagement.MAX_SPAN_DAYS}));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO timeoff_delegation (id, org_id, supervisor_id, delegate_id, start_date, end_date, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, supervisor.organizationId(), supervisor.personId(), delegateId, Date.valueOf(start),
                        Date.valueOf(end), Timestamp.from(Instant.now()))
                .update();
        return new Delegation(id, supervisor.personId(), supervisor.name(), delegate.id(), delegate.name(), start, end,
                true);
    }

    /** Ends (removes) a delegation the person gave; anyone else's: 404. */
    public void end(CurrentUser supervisor, UUID id) {
        if (jdbc.sql("DELETE FROM timeoff_delegation WHERE id = ? AND org_id = ? AND supervisor_id = ?")
                .params(id, supervisor.organizationId(), supervisor.personId()).update() != 1) {
            throw Problems.notFound();
        }
    }

    /** The supervisors for whom the person decides on {@code day}. */
    Set<UUID> standingInFor(UUID orgId, UUID delegateId, LocalDate day) {
        return jdbc.sql("""
                SELECT supervisor_id FROM timeoff_delegation
                WHERE org_id = ? AND delegate_id = ? AND start_date <= ? AND end_date >= ?""")
                .params(orgId, delegateId, Date.valueOf(day), Date.valueOf(day)).query(UUID.class).list().stream()
                .collect(Collectors.toSet());
    }

    /** Whether the person decides for {@code supervisorId} on {@code day}. */
    boolean standsInFor(UUID orgId, UUID delegateId, @Nullable UUID supervisorId, LocalDate day) {
        return supervisorId != null && standingInFor(orgId, delegateId, day).contains(supervisorId);
    }

    /** The delegates deciding for the supervisor on {@code day}. */
    Set<UUID> delegatesOf(UUID orgId, UUID supervisorId, LocalDate day) {
        return jdbc.sql("""
                SELECT delegate_id FROM timeoff_delegation
                WHERE org_id = ? AND supervisor_id = ? AND start_date <= ? AND end_date >= ?""")
                .params(orgId, supervisorId, Date.valueOf(day), Date.valueOf(day)).query(UUID.class).list().stream()
                .collect(Collectors.toSet());
    }

    private static @Nullable LocalDate date(@Nullable String value, String field, List<InvalidInput.FieldError> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.add(new InvalidInput.FieldError(field, "timeoff.request.dateMissing", new Object[0]));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            errors.add(new InvalidInput.FieldError(field, "timeoff.request.badDate", new Object[0]));
            return null;
        }
    }
}

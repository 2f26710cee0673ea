package org.shelfcare.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looking after the people of a library: admins find, edit, deactivate and reactivate people and
 * send new invitations; supervisors keep their direct reports' working patterns up to date; every
 * colleague can see who works where. Admin changes are published as {@link AdminAction}s for the
 * audit log.
 */
@Service
@Transactional
public class PeopleAdministration {

    private final DirectoryManagement directory;
    private final People people;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    PeopleAdministration(DirectoryManagement directory, People people, Organizations organizations,
            ApplicationEventPublisher events, JdbcClient jdbc) {
        this.directory = directory;
        this.people = people;
        this.organizations = organizations;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** What an admin searches the people list by; every part is optional. */
    public record Filter(@Nullable String query, @Nullable UUID branchId, @Nullable UUID departmentId,
            @Nullable PersonStatus status) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /**
     * Changes to a person; a null field is left as it is. For branch, department, job title and
     * supervisor an empty {@link Optional} clears the value. {@code startedOn} is a date as
     * {@code YYYY-MM-DD} (the day the person started at the library); an empty one clears it.
     */
    public record PersonChanges(@Nullable String name, @Nullable List<Role> roles, @Nullable Optional<UUID> branchId,
            @Nullable List<UUID> otherBranchIds, @Nullable Optional<UUID> departmentId,
            @Nullable Optional<String> jobTitle, @Nullable Optional<UUID> supervisorId,
            @Nullable String workingPattern, @Nullable Boolean active, @Nullable Optional<String> startedOn) {}

    /** A person with what only the edit page needs: their other branches and working pattern. */
    public record PersonDetails(PersonView person, List<Unit> otherBranches, WorkingPattern workingPattern) {}

    /** A colleague as everyone in the library may see them (no account details). */
    public record Colleague(PersonView person, List<Unit> otherBranches, WorkingPattern workingPattern) {}

    // ---- admins ---------------------------------------------------------------------------------

    /** The library's people matching the filter, by name. Admins only. */
    @Transactional(readOnly = true)
    public List<PersonView> list(CurrentUser admin, Filter filter) {
        admin.require(Role.ADMIN);
        String query = filter.query() == null ? "" : filter.query().strip().toLowerCase(Locale.ROOT);
        Map<UUID, Set<UUID>> others = otherBranchIds(admin.organizationId());
        List<PersonView> found = new ArrayList<>();
        for (PersonView person : directory.people(admin)) {
            boolean matches = (query.isEmpty() || person.name().toLowerCase(Locale.ROOT).contains(query)
                            || (person.email() != null && person.email().contains(query))
                            || (person.username() != null && person.username().contains(query)))
                    && (filter.branchId() == null || filter.branchId().equals(person.branchId())
                            || others.getOrDefault(person.id(), Set.of()).contains(filter.branchId()))
                    && (filter.departmentId() == null || filter.departmentId().equals(person.departmentId()))
                    && (filter.status() == null || filter.status() == person.status());
            if (matches) {
                found.add(person);
            }
        }
        return found;
    }

    @Transactional(readOnly = true)
    public PersonDetails details(CurrentUser admin, UUID id) {
        admin.require(Role.ADMIN);
        People.Row row = people.findInOrg(admin.organizationId(), id).orElseThrow(Problems::notFound);
        return new PersonDetails(directory.person(admin, id), otherBranches(row.orgId(), id),
                pattern(row.workingPattern()));
    }

    /**
     * Applies the changes an admin made. Another library's branch, department or supervisor
     * answers 404; removing the last active admin, or deactivating oneself, answers 409.
     */
    public PersonView update(CurrentUser admin, UUID id, PersonChanges changes) {
        admin.require(Role.ADMIN);
        UUID orgId = admin.organizationId();
        People.Row row = people.findInOrg(orgId, id).orElseThrow(Problems::notFound);

        Validation check = new Validation();
        if (changes.name() != null) {
            check.text("name", changes.name(), true, 200);
        }
        String jobTitle = changes.jobTitle() == null ? row.jobTitle() : Validation.clean(changes.jobTitle().orElse(null));
        check.text("jobTitle", jobTitle, false, 200);
        if (changes.roles() != null && changes.roles().contains(Role.OPERATOR)) {
            check.add("roles", "person.operatorNotAssignable");
        }
        WorkingPattern pattern = pattern(row.workingPattern());
        if (changes.workingPattern() != null) {
            try {
                pattern = WorkingPattern.parse(changes.workingPattern());
            } catch (IllegalArgumentException invalid) {
                check.add("workingPattern", "person.workingPatternInvalid");
            }
        }
        LocalDate startedOn = row.startedOn();
        if (changes.startedOn() != null) {
            String text = Validation.clean(changes.startedOn().orElse(null));
            startedOn = text == null ? null : RosterImport.startDate(text, LocalDate.now(admin.zone()));
            if (text != null && startedOn == null) {
                check.add("startedOn", "person.startedOnInvalid");
            }
        }
        UUID supervisorId = changes.supervisorId() == null ? row.supervisorId() : changes.supervisorId().orElse(null);
        if (id.equals(supervisorId)) {
            check.add("supervisorId", "person.supervisorSelf");
        }
        check.throwIfAny();

        UUID branchId = changes.branchId() == null ? row.branchId() : changes.branchId().orElse(null);
        UUID departmentId = changes.departmentId() == null ? row.departmentId() : changes.departmentId().orElse(null);
        Set<UUID> others = changes.otherBranchIds() == null ? null : new LinkedHashSet<>(changes.otherBranchIds());
        requireInOrg(orgId, branchId, departmentId, supervisorId);
        for (UUID other : others == null ? Set.<UUID>of() : others) {
            if (!organizations.hasBranch(orgId, other)) {
                throw Problems.notFound();
            }
        }
        if (supervisorId != null && !Objects.equals(supervisorId, row.supervisorId()) && reportsTo(supervisorId, id)) {
            throw Problems.invalid("supervisorId", "person.supervisorCycle");
        }

        Set<Role> roles = changes.roles() == null ? row.roles() : withKept(row.roles(), changes.roles());
        boolean losesAdmin = row.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
        boolean deactivates = Boolean.FALSE.equals(changes.active()) && row.status() != PersonStatus.DEACTIVATED;
        boolean reactivates = Boolean.TRUE.equals(changes.active()) && row.status() == PersonStatus.DEACTIVATED;
        if (deactivates && id.equals(admin.personId())) {
            throw Problems.conflict("person.deactivateSelf");
        }
        if ((losesAdmin || (deactivates && row.roles().contains(Role.ADMIN))) && row.status() == PersonStatus.ACTIVE) {
            // two admins removing each other at the same moment must not leave the library without one
            jdbc.sql("SELECT id FROM organization WHERE id = ? FOR UPDATE").param(orgId).query(UUID.class).single();
            if (!anotherActiveAdmin(orgId, id)) {
                throw Problems.conflict("person.lastAdmin");
            }
        }

        String name = changes.name() == null ? row.name() : changes.name().strip();
        List<String> changed = new ArrayList<>();
        note(changed, "name", row.name(), name);
        note(changed, "jobTitle", row.jobTitle(), jobTitle);
        note(changed, "branchId", row.branchId(), branchId);
        note(changed, "departmentId", row.departmentId(), departmentId);
        note(changed, "supervisorId", row.supervisorId(), supervisorId);
        note(changed, "workingPattern", row.workingPattern(), pattern.format());
        note(changed, "startedOn", row.startedOn(), startedOn);
        if (!changed.isEmpty()) {
            jdbc.sql("""
                    UPDATE person SET name = ?, job_title = ?, branch_id = ?, department_id = ?, supervisor_id = ?,
                                      working_pattern = ?, started_on = ?
                    WHERE id = ? AND org_id = ?
                    """)
                    .params(name, jobTitle, branchId, departmentId, supervisorId, pattern.format(),
                            startedOn == null ? null : java.sql.Date.valueOf(startedOn), id, orgId).update();
        }
        if (others != null || changes.branchId() != null) {
            Set<UUID> wanted = others != null ? others : new LinkedHashSet<>(otherBranchIds(orgId).getOrDefault(id, Set.of()));
            if (branchId != null) {
                wanted.remove(branchId);
            }
            if (!wanted.equals(otherBranchIds(orgId).getOrDefault(id, Set.of()))) {
                jdbc.sql("DELETE FROM person_branch WHERE person_id = ?").param(id).update();
                for (UUID other : wanted) {
                    jdbc.sql("INSERT INTO person_branch (person_id, branch_id) VALUES (?, ?)").params(id, other).update();
                }
                changed.add("otherBranchIds");
            }
        }
        if (!changed.isEmpty()) {
            audit(admin, "PERSON_UPDATED", id, String.join(",", changed));
        }
        if (!roles.equals(row.roles())) {
            people.setRoles(orgId, id, roles);
            audit(admin, "ROLES_CHANGED", id, codes(row.roles()) + " -> " + codes(roles));
        }
        if (deactivates) {
            people.setStatus(id, PersonStatus.DEACTIVATED);
            // an unused invitation must not bring the account back
            jdbc.sql("UPDATE invitation SET used_at = ? WHERE person_id = ? AND used_at IS NULL")
                    .params(Timestamp.from(Instant.now()), id).update();
            audit(admin, "PERSON_DEACTIVATED", id, null);
        }
        if (reactivates) {
            people.setStatus(id, row.passwordHash() == null ? PersonStatus.INVITED : PersonStatus.ACTIVE);
            audit(admin, "PERSON_REACTIVATED", id, null);
        }
        return directory.person(admin, id);
    }

    public PersonView setActive(CurrentUser admin, UUID id, boolean active) {
        return update(admin, id, new PersonChanges(null, null, null, null, null, null, null, null, active, null));
    }

    /** A new invitation link; the earlier one stops working. Only for people who have not yet accepted. */
    public Invitation resendInvitation(CurrentUser admin, UUID id) {
        admin.require(Role.ADMIN);
        People.Row row = people.findInOrg(admin.organizationId(), id).orElseThrow(Problems::notFound);
        if (row.status() == PersonStatus.DEACTIVATED) {
            throw Problems.conflict("person.deactivated");
        }
        Invitation invitation = directory.resendInvitation(admin, id);
        audit(admin, "INVITATION_RESENT", id, null);
        return invitation;
    }

    /** People who could supervise {@code id} (everyone not deactivated, except the person). */
    @Transactional(readOnly = true)
    public List<PersonView> possibleSupervisors(CurrentUser admin, @Nullable UUID id) {
        admin.require(Role.ADMIN);
        return directory.people(admin).stream()
                .filter(p -> p.status() != PersonStatus.DEACTIVATED && !p.id().equals(id)).toList();
    }

    // ---- supervisors ------------------------------------------------------------------------------

    /** The supervisor's direct reports who have not been deactivated. */
    @Transactional(readOnly = true)
    public List<PersonView> team(CurrentUser supervisor) {
        return directory.people(supervisor).stream()
                .filter(p -> supervisor.personId().equals(p.supervisorId()) && p.status() != PersonStatus.DEACTIVATED)
                .toList();
    }

    /**
     * The working pattern of a person whose pattern {@code editor} may change: admins for anyone in
     * their library, supervisors for their direct reports. A colleague who is not a direct report
     * answers 403 (colleagues are visible to everyone); another library's person 404.
     */
    @Transactional(readOnly = true)
    public PersonView editableForPattern(CurrentUser editor, UUID id) {
        People.Row row = people.findInOrg(editor.organizationId(), id).orElseThrow(Problems::notFound);
        if (!editor.isAdmin() && !editor.personId().equals(row.supervisorId())) {
            throw Problems.forbidden();
        }
        return directory.person(editor, id);
    }

    public PersonView setWorkingPattern(CurrentUser editor, UUID id, @Nullable String text) {
        PersonView person = editableForPattern(editor, id);
        if (text == null) {
            throw Problems.invalid("workingPattern", "validation.required");
        }
        WorkingPattern pattern;
        try {
            pattern = WorkingPattern.parse(text);
        } catch (IllegalArgumentException invalid) {
            throw Problems.invalid("workingPattern", "person.workingPatternInvalid");
        }
        if (!pattern.format().equals(person.workingPattern())) {
            jdbc.sql("UPDATE person SET working_pattern = ? WHERE id = ? AND org_id = ?")
                    .params(pattern.format(), id, editor.organizationId()).update();
            audit(editor, "PERSON_UPDATED", id, "workingPattern");
        }
        return directory.person(editor, id);
    }

    // ---- everyone -------------------------------------------------------------------------------

    /** Colleagues who are active, by name, optionally matching a part of their name or job title. */
    @Transactional(readOnly = true)
    public List<PersonView> colleagues(CurrentUser viewer, @Nullable String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Set<UUID> active = new HashSet<>(jdbc.sql("SELECT id FROM person WHERE org_id = ? AND status = 'ACTIVE'")
                .param(viewer.organizationId()).query(UUID.class).list());
        return directory.people(viewer).stream()
                .filter(p -> active.contains(p.id()))
                .filter(p -> q.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(q)
                        || (p.jobTitle() != null && p.jobTitle().toLowerCase(Locale.ROOT).contains(q)))
                .toList();
    }

    /**
     * Active colleagues who work at {@code branchId}, as their home branch or one of their other
     * branches. Another library's branch answers 404.
     */
    @Transactional(readOnly = true)
    public List<PersonView> colleaguesAt(CurrentUser viewer, UUID branchId) {
        if (!organizations.hasBranch(viewer.organizationId(), branchId)) {
            throw Problems.notFound();
        }
        Map<UUID, Set<UUID>> others = otherBranchIds(viewer.organizationId());
        return colleagues(viewer, null).stream().filter(p -> branchId.equals(p.branchId())
                || others.getOrDefault(p.id(), Set.of()).contains(branchId)).toList();
    }

    /** One active colleague; someone deactivated or not yet active answers 404 to all but admins. */
    @Transactional(readOnly = true)
    public Colleague colleague(CurrentUser viewer, UUID id) {
        People.Row row = people.findInOrg(viewer.organizationId(), id).orElseThrow(Problems::notFound);
        if (row.status() != PersonStatus.ACTIVE && !viewer.isAdmin()) {
            throw Problems.notFound();
        }
        return new Colleague(directory.person(viewer, id), otherBranches(row.orgId(), id), pattern(row.workingPattern()));
    }

    // ---- helpers --------------------------------------------------------------------------------

    List<Unit> otherBranches(UUID orgId, UUID personId) {
        return jdbc.sql("""
                SELECT b.id, b.name FROM person_branch pb JOIN branch b ON b.id = pb.branch_id
                WHERE pb.person_id = ? AND b.org_id = ? ORDER BY b.name
                """).params(personId, orgId)
                .query((rs, n) -> new Unit(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    private Map<UUID, Set<UUID>> otherBranchIds(UUID orgId) {
        Map<UUID, Set<UUID>> others = new HashMap<>();
        jdbc.sql("""
                SELECT pb.person_id, pb.branch_id FROM person_branch pb JOIN person p ON p.id = pb.person_id
                WHERE p.org_id = ?
                """).param(orgId).query(rs -> {
                    others.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new LinkedHashSet<>())
                            .add(rs.getObject("branch_id", UUID.class));
                });
        return others;
    }

    private void requireInOrg(UUID orgId, @Nullable UUID branchId, @Nullable UUID departmentId, @Nullable UUID supervisorId) {
        if ((branchId != null && !organizations.hasBranch(orgId, branchId))
                || (departmentId != null && !organizations.hasDepartment(orgId, departmentId))
                || (supervisorId != null && people.findInOrg(orgId, supervisorId).isEmpty())) {
            throw Problems.notFound();
        }
    }

    /** Whether {@code person} is {@code candidate} or somewhere above them in the reporting line. */
    private boolean reportsTo(UUID candidate, UUID person) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = candidate; at != null && seen.add(at); ) {
            if (at.equals(person)) {
                return true;
            }
            at = jdbc.sql("SELECT supervisor_id FROM person WHERE id = ?").param(at)
                    .query((rs, n) -> rs.getObject(1, UUID.class)).optional().orElse(null);
        }
        return false;
    }

    private boolean anotherActiveAdmin(UUID orgId, UUID except) {
        return jdbc.sql("""
                SELECT count(*) FROM person p JOIN person_role r ON r.person_id = p.id
                WHERE p.org_id = ? AND r.role = 'ADMIN' AND p.status = 'ACTIVE' AND p.id <> ?
                """).params(orgId, except).query(Integer.class).single() > 0;
    }

    /** The new roles, keeping the instance operator role an admin can neither give nor take. */
    private static Set<Role> withKept(Set<Role> before, List<Role> requested) {
        Set<Role> roles = EnumSet.of(Role.STAFF);
        roles.addAll(requested);
        if (before.contains(Role.OPERATOR)) {
            roles.add(Role.OPERATOR);
        }
        return roles;
    }

    private static String codes(Set<Role> roles) {
        return String.join(",", People.sorted(roles).stream().map(Enum::name).toList());
    }

    private static void note(List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    static WorkingPattern pattern(@Nullable String stored) {
        try {
            return WorkingPattern.parse(stored);
        } catch (IllegalArgumentException unreadable) {
            return WorkingPattern.DEFAULT;
        }
    }

    private void audit(CurrentUser actor, String action, UUID subject, @Nullable String detail) {
        events.publishEvent(new AdminAction(actor.organizationId(), actor.personId(), action, subject, detail));
    }
}

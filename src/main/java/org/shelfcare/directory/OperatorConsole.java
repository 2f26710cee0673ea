package org.shelfcare.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shelfcare.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the instance operator does with libraries beyond creating and deactivating them (see
 * {@link DirectoryManagement}): the list with counts only, and a new admin invitation for a library
 * that has lost its admin. The operator reads no library's data.
 */
@Service
@Transactional
public class OperatorConsole {

    private final DirectoryManagement directory;
    private final People people;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    OperatorConsole(DirectoryManagement directory, People people, Organizations organizations,
            ApplicationEventPublisher events, JdbcClient jdbc) {
        this.directory = directory;
        this.people = people;
        this.organizations = organizations;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** A library in the operator's list: its name and state, and how many people it has (a count only). */
    public record LibraryRow(UUID id, String name, String slug, boolean active, boolean sample, Instant createdAt,
            int people) {}

    @Transactional(readOnly = true)
    public List<LibraryRow> libraries(CurrentUser operator) {
        operator.require(Role.OPERATOR);
        return jdbc.sql("""
                SELECT o.id, o.name, o.slug, o.active, o.sample, o.created_at,
                       (SELECT count(*) FROM person p WHERE p.org_id = o.id) AS people
                FROM organization o ORDER BY lower(o.name), o.id""")
                .query((rs, n) -> new LibraryRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("slug"), rs.getBoolean("active"), rs.getBoolean("sample"),
                        rs.getTimestamp("created_at").toInstant(), rs.getInt("people")))
                .list();
    }

    @Transactional(readOnly = true)
    public LibraryRow library(CurrentUser operator, UUID orgId) {
        return libraries(operator).stream().filter(row -> row.id().equals(orgId)).findFirst()
                .orElseThrow(Problems::notFound);
    }

    /**
     * Makes {@code email} an admin of the library and answers the link with which they set a password:
     * a new person when the email is unknown, else the library's own person with that email (invited
     * again; a deactivated account must accept the link before it can sign in). The library's audit
     * log records it as {@code ADMIN_INVITATION_ISSUED}.
     */
    public Invitation issueAdminInvitation(CurrentUser operator, UUID orgId, String name, String email) {
        operator.require(Role.OPERATOR);
        organizations.find(orgId).orElseThrow(Problems::notFound);
        new Validation().text("name", name, true, 200).email("email", email, true).throwIfAny();
        Invitation invitation = people.findByLogin(email).map(row -> {
            if (!row.orgId().equals(orgId)) {
                throw Problems.conflict("person.emailTaken");
            }
            Set<Role> roles = java.util.EnumSet.copyOf(row.roles());
            roles.add(Role.ADMIN);
            people.setRoles(orgId, row.id(), roles);
            if (row.status() == PersonStatus.DEACTIVATED) {
                people.setStatus(row.id(), PersonStatus.INVITED);
            }
            return directory.reinvite(orgId, row.id());
        }).orElseGet(() -> directory.invite(orgId, new NewPerson(name, email, null, List.of(Role.ADMIN), null, null,
                null, null)));
        events.publishEvent(new AdminAction(orgId, operator.personId(), "ADMIN_INVITATION_ISSUED",
                invitation.personId(), null));
        return invitation;
    }
}

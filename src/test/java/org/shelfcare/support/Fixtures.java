package org.shelfcare.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.Role;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds libraries and people through the directory's own API, as an operator and an admin
 * would. Names and emails are unique per call, so tests never collide in the shared database.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "a long and lovely test passphrase";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DirectoryManagement directory;
    private final JdbcClient jdbc;

    public Fixtures(DirectoryManagement directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** A new library with an active admin, on an instance whose first-run setup is done. */
    public Library library(String name) {
        ensureSetUp();
        int n = SEQUENCE.incrementAndGet();
        CurrentUser operator = new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), "Fixture operator", null, null,
                Set.of(Role.STAFF, Role.OPERATOR), Locale.ENGLISH, ZoneId.of("UTC"), false);
        String email = "admin" + n + "@" + slug(name) + n + ".example";
        DirectoryManagement.CreatedOrganization created = directory.createOrganization(operator, name + " " + n,
                "Admin " + n, email);
        UUID adminId = directory.acceptInvitation(token(created.adminInvitationUrl()), PASSWORD);
        return new Library(this, created.organizationId(), directory.currentUser(adminId).orElseThrow(), n);
    }

    /** The instance has had its first-run setup, as any instance in use has. */
    public void ensureSetUp() {
        if (!directory.isSetUp()) {
            directory.setUp(new DirectoryManagement.Setup("First Library", "First Admin",
                    "first-admin" + SEQUENCE.incrementAndGet() + "@first.example", PASSWORD, List.of(), List.of(),
                    System.getProperty("shelfcare.setup-token")));
        }
    }

    CurrentUser person(Library library, String name, List<Role> roles, UUID supervisorId) {
        int n = SEQUENCE.incrementAndGet();
        Invitation invitation = directory.invite(library.admin(), new NewPerson(name + " " + n,
                slug(name) + n + "@lib" + library.number() + ".example", null, roles, null, null, null, supervisorId));
        directory.acceptInvitation(invitation.token(), PASSWORD);
        return directory.currentUser(invitation.personId()).orElseThrow();
    }

    /** A person of the library who is also the instance's operator (a role no page or API grants). */
    CurrentUser operator(Library library, String name) {
        CurrentUser person = person(library, name, List.of(), null);
        jdbc.sql("INSERT INTO person_role (person_id, org_id, role) VALUES (?, ?, 'OPERATOR')")
                .params(person.personId(), library.id()).update();
        return directory.currentUser(person.personId()).orElseThrow();
    }

    public DirectoryManagement directory() {
        return directory;
    }

    /** Signs a MockMvc request in as the person (a session, as the pages use). */
    public static RequestPostProcessor as(CurrentUser person) {
        return user(person.personId().toString());
    }

    public static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** A library in the tests: its id, its admin, and a way to add people. */
    public record Library(Fixtures fixtures, UUID id, CurrentUser admin, int number) {

        public CurrentUser person(String name, Role... roles) {
            return fixtures.person(this, name, List.of(roles), null);
        }

        /** A person of this library who is also the instance's operator. */
        public CurrentUser operator(String name) {
            return fixtures.operator(this, name);
        }

        /** A person who reports to {@code supervisor}. */
        public CurrentUser reportOf(CurrentUser supervisor, String name, Role... roles) {
            return fixtures.person(this, name, List.of(roles), supervisor.personId());
        }
    }
}

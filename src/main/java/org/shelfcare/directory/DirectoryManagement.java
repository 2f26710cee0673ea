package org.shelfcare.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.Problems;
import org.shelfcare.web.PublicLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's API for the rest of ShelfCare: first-run setup, libraries, people, invitations,
 * sign-in accounts and each library's settings. Every method that takes a {@link CurrentUser}
 * checks what that person may do and answers 404 for another library's data.
 */
@Service
@Transactional
public class DirectoryManagement {

    /** Where an invitation link leads. */
    public static final String INVITATION_PATH = "/invitations/";
    /** Where a password reset link leads. */
    public static final String RESET_PATH = "/reset-password/";

    private final Organizations organizations;
    private final People people;
    private final Invitations invitations;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final PublicLinks links;
    private final DirectorySettings settings;
    private final JdbcClient jdbc;
    private final String setupToken;

    DirectoryManagement(Organizations organizations, People people, Invitations invitations,
            PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            PublicLinks links, DirectorySettings settings, JdbcClient jdbc,
            @Value("${shelfcare.setup-token:}") String setupToken) {
        this.organizations = organizations;
        this.people = people;
        this.invitations = invitations;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.links = links;
        this.settings = settings;
        this.jdbc = jdbc;
        this.setupToken = setupToken;
    }

    // ---- first run ------------------------------------------------------------------------------

    /** First-run setup has happened (loading the sample library does not count). */
    @Transactional(readOnly = true)
    public boolean isSetUp() {
        return jdbc.sql("SELECT count(*) FROM instance_setup").query(Integer.class).single() > 0;
    }

    public boolean setupTokenRequired() {
        return !setupToken.isEmpty();
    }

    /** The first library and its admin, who is also the instance operator. Answers 409 once done. */
    public SetupResult setUp(Setup setup) {
        if (!setupToken.isEmpty() && (setup.setupToken() == null || !MessageDigest.isEqual(
                setupToken.getBytes(StandardCharsets.UTF_8), setup.setupToken().getBytes(StandardCharsets.UTF_8)))) {
            throw Problems.of(HttpStatus.FORBIDDEN, "setup.tokenWrong");
        }
        if (isSetUp()) {
            throw Problems.conflict("setup.done");
        }
        Validation check = new Validation()
                .text("organizationName", setup.organizationName(), true, 200)
                .text("adminName", setup.adminName(), true, 200)
                .email("adminEmail", setup.adminEmail(), true);
        setup.branches().forEach(b -> check.text("branches", b, false, 200));
        setup.departments().forEach(d -> check.text("departments", d, false, 200));
        check.throwIfAny();
        passwordPolicy.check("adminPassword", setup.adminPassword(), setup.adminEmail(), setup.adminName());
        if (people.emailTaken(setup.adminEmail())) {
            throw Problems.conflict("person.emailTaken");
        }
        try {
            jdbc.sql("INSERT INTO instance_setup (id, done_at) VALUES (1, ?)")
                    .param(java.sql.Timestamp.from(Instant.now())).update();
        } catch (DuplicateKeyException concurrentSetup) {
            throw Problems.conflict("setup.done");
        }
        OrganizationView org = organizations.insert(setup.organizationName().strip(), false);
        setup.branches().stream().map(Validation::clean).filter(b -> b != null).distinct()
                .forEach(b -> organizations.addBranch(org.id(), b));
        setup.departments().stream().map(Validation::clean).filter(d -> d != null).distinct()
                .forEach(d -> organizations.addDepartment(org.id(), d));
        UUID adminId = people.insert(org.id(), new NewPerson(setup.adminName().strip(), setup.adminEmail(), null,
                List.of(Role.ADMIN, Role.OPERATOR), null, null, null, null), PersonStatus.ACTIVE,
                passwordEncoder.encode(setup.adminPassword()));
        events.publishEvent(new OrganizationCreated(org.id(), org.name(), false));
        return new SetupResult(org.id(), adminId);
    }

    /** What first-run setup asks for. */
    public record Setup(String organizationName, String adminName, String adminEmail, String adminPassword,
            List<String> branches, List<String> departments, @Nullable String setupToken) {}

    public record SetupResult(UUID organizationId, UUID adminId) {}

    // ---- people -----------------------------------------------------------------------------------

    /** Invites a person to the admin's library; the link is returned so it can be copied. */
    public Invitation invite(CurrentUser admin, NewPerson person) {
        admin.require(Role.ADMIN);
        return invite(admin.organizationId(), person);
    }

    Invitation invite(UUID orgId, NewPerson person) {
        String email = Validation.clean(person.email());
        String username = Validation.clean(person.username());
        Validation check = new Validation()
                .text("name", person.name(), true, 200)
                .email("email", email, false)
                .username("username", username)
                .text("jobTitle", person.jobTitle(), false, 200);
        if (email == null && username == null) {
            check.add("email", "person.emailOrUsername");
        }
        if (person.roles().contains(Role.OPERATOR)) {
            check.add("roles", "person.operatorNotAssignable");
        }
        check.throwIfAny();
        requireInOrg(orgId, person.branchId(), person.departmentId(), person.supervisorId());
        if (email != null && people.emailTaken(email)) {
            throw Problems.conflict("person.emailTaken");
        }
        if (username != null && people.usernameTaken(username)) {
            throw Problems.conflict("person.usernameTaken");
        }
        NewPerson clean = new NewPerson(person.name().strip(), email, username, person.roles(), person.branchId(),
                person.departmentId(), Validation.clean(person.jobTitle()), person.supervisorId());
        UUID id = people.insert(orgId, clean, PersonStatus.INVITED, null);
        return issueInvitation(orgId, id);
    }

    /** A fresh link for someone who has not yet accepted; earlier links stop working. */
    public Invitation resendInvitation(CurrentUser admin, UUID personId) {
        admin.require(Role.ADMIN);
        People.Row row = people.findInOrg(admin.organizationId(), personId).orElseThrow(Problems::notFound);
        if (row.status() != PersonStatus.INVITED) {
            throw Problems.conflict("person.alreadyActive");
        }
        return issueInvitation(row.orgId(), row.id());
    }

    private Invitation issueInvitation(UUID orgId, UUID personId) {
        People.Row row = people.find(personId).orElseThrow();
        OrganizationView org = organizations.find(orgId).orElseThrow();
        String token = invitations.issue(orgId, personId, Invitations.Purpose.INVITE, settings.invitationValidity());
        String url = links.absolute(INVITATION_PATH + token);
        events.publishEvent(new PersonInvited(orgId, personId, row.name(), row.email(), org.name(), url,
                org.defaultLocale()));
        return new Invitation(personId, token, url);
    }

    private void requireInOrg(UUID orgId, @Nullable UUID branchId, @Nullable UUID departmentId, @Nullable UUID supervisorId) {
        if ((branchId != null && !organizations.hasBranch(orgId, branchId))
                || (departmentId != null && !organizations.hasDepartment(orgId, departmentId))
                || (supervisorId != null && people.findInOrg(orgId, supervisorId).isEmpty())) {
            throw Problems.notFound();
        }
    }

    /** Who an invitation link is for, while it still works. */
    @Transactional(readOnly = true)
    public Optional<PendingInvitation> pendingInvitation(String token) {
        return invitations.valid(token, Invitations.Purpose.INVITE).flatMap(p -> people.find(p.personId()))
                .map(row -> new PendingInvitation(row.name(), row.email() != null ? row.email() : row.username(),
                        organizations.find(row.orgId()).orElseThrow().name()));
    }

    public record PendingInvitation(String name, @Nullable String login, String organizationName) {}

    /** Sets the invitee's password and activates the account; a used or expired link answers 410. */
    public UUID acceptInvitation(String token, @Nullable String password) {
        Invitations.Pending pending = invitations.valid(token, Invitations.Purpose.INVITE)
                .orElseThrow(() -> Problems.gone("invitation.gone"));
        People.Row row = people.find(pending.personId()).orElseThrow(() -> Problems.gone("invitation.gone"));
        passwordPolicy.check("password", password, row.email(), row.username(), row.name());
        if (!invitations.use(token)) {
            throw Problems.gone("invitation.gone");
        }
        people.activate(row.id(), passwordEncoder.encode(password));
        return row.id();
    }

    @Transactional(readOnly = true)
    public PersonView person(CurrentUser viewer, UUID id) {
        return people.findInOrg(viewer.organizationId(), id).map(row -> view(viewer, row)).orElseThrow(Problems::notFound);
    }

    @Transactional(readOnly = true)
    public List<PersonView> people(CurrentUser viewer) {
        List<PersonView> list = new ArrayList<>();
        for (People.Row row : people.inOrg(viewer.organizationId())) {
            if (row.status() == PersonStatus.ACTIVE || viewer.isAdmin() || viewer.has(Role.SUPERVISOR)) {
                list.add(view(viewer, row));
            }
        }
        return list;
    }

    private PersonView view(CurrentUser viewer, People.Row row) {
        boolean admin = viewer.isAdmin();
        boolean supervises = viewer.personId().equals(row.supervisorId());
        boolean self = viewer.personId().equals(row.id());
        boolean more = admin || supervises || self;
        return new PersonView(row.id(), row.name(), row.pronouns(), row.jobTitle(), row.branchId(), row.branchName(),
                row.departmentId(), row.departmentName(), row.supervisorId(), row.supervisorName(), row.email(),
                more ? row.username() : null, more ? People.sorted(row.roles()) : null, more ? row.status() : null,
                more ? row.workingPattern() : null, more ? row.startedOn() : null);
    }

    // ---- signing in -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<SignInAccount> signInAccount(String login) {
        return people.findByLogin(login).map(row -> new SignInAccount(row.id(), row.passwordHash(),
                row.status() == PersonStatus.ACTIVE && organizations.find(row.orgId()).map(OrganizationView::active).orElse(false),
                row.lockedUntil()));
    }

    public void recordFailedSignIn(String login, int maxFailures, Instant lockUntil) {
        people.findByLogin(login).ifPresent(row -> people.recordFailure(row.id(), maxFailures, lockUntil));
    }

    public void recordSuccessfulSignIn(UUID personId) {
        people.recordSuccess(personId);
    }

    /** The signed-in person, when their account and library are active. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> currentUser(UUID personId) {
        return people.find(personId).filter(row -> row.status() == PersonStatus.ACTIVE).flatMap(row ->
                organizations.find(row.orgId()).filter(OrganizationView::active).map(org -> new CurrentUser(row.id(),
                        org.id(), row.name(), row.email(), row.username(), Set.copyOf(row.roles()),
                        row.locale() == null ? org.defaultLocale() : Locale.forLanguageTag(row.locale()),
                        row.timeZone() == null ? org.zone() : ZoneId.of(row.timeZone()), org.sample())));
    }

    /** The language the person picked, or null when they never picked one. */
    @Transactional(readOnly = true)
    public @Nullable Locale chosenLocale(UUID personId) {
        return people.find(personId).map(People.Row::locale).map(Locale::forLanguageTag).orElse(null);
    }

    public void setLocale(UUID personId, Locale locale) {
        people.setLocale(personId, locale.getLanguage());
    }

    /** Emails a reset link when the login belongs to an active account with an email; silent otherwise. */
    public void requestPasswordReset(String login) {
        people.findByLogin(login).filter(row -> row.status() == PersonStatus.ACTIVE && row.email() != null)
                .ifPresent(row -> {
                    String token = invitations.issue(row.orgId(), row.id(), Invitations.Purpose.RESET,
                            settings.passwordResetValidity());
                    Locale locale = row.locale() == null ? organizations.find(row.orgId()).orElseThrow().defaultLocale()
                            : Locale.forLanguageTag(row.locale());
                    events.publishEvent(new PasswordResetRequested(row.orgId(), row.id(), row.name(),
                            java.util.Objects.requireNonNull(row.email()), links.absolute(RESET_PATH + token), locale));
                });
    }

    @Transactional(readOnly = true)
    public boolean resetLinkWorks(String token) {
        return invitations.valid(token, Invitations.Purpose.RESET).isPresent();
    }

    public void resetPassword(String token, @Nullable String password) {
        Invitations.Pending pending = invitations.valid(token, Invitations.Purpose.RESET)
                .orElseThrow(() -> Problems.gone("reset.gone"));
        People.Row row = people.find(pending.personId()).orElseThrow(() -> Problems.gone("reset.gone"));
        passwordPolicy.check("password", password, row.email(), row.username(), row.name());
        if (!invitations.use(token)) {
            throw Problems.gone("reset.gone");
        }
        people.setPassword(row.id(), passwordEncoder.encode(password));
    }

    // ---- organizations ----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public OrganizationView organization(UUID orgId) {
        return organizations.find(orgId).orElseThrow(Problems::notFound);
    }

    /**
     * The library whose public pages live under {@code /p/<slug>/}: empty for an unknown slug and
     * for a deactivated library, whose public pages answer 404.
     */
    @Transactional(readOnly = true)
    public Optional<OrganizationView> publicOrganization(String slug) {
        return organizations.idBySlug(slug).flatMap(organizations::find).filter(OrganizationView::active);
    }

    /** The ids of the library's active people who hold {@code role}, e.g. the admins who decide in someone's stead. */
    @Transactional(readOnly = true)
    public Set<UUID> activeWithRole(UUID orgId, Role role) {
        Set<UUID> ids = new java.util.HashSet<>();
        for (People.Row row : people.inOrg(orgId)) {
            if (row.status() == PersonStatus.ACTIVE && row.roles().contains(role)) {
                ids.add(row.id());
            }
        }
        return ids;
    }

    /** The library's active people with job title, branch, department, supervisor and roles, by name. */
    @Transactional(readOnly = true)
    public List<RosterMember> roster(UUID orgId) {
        ZoneId zone = organizations.find(orgId).map(OrganizationView::zone).orElse(ZoneId.of("UTC"));
        List<RosterMember> roster = new ArrayList<>();
        for (People.Row row : people.inOrg(orgId)) {
            if (row.status() == PersonStatus.ACTIVE) {
                roster.add(new RosterMember(row.id(), row.name(), row.jobTitle(), row.branchId(), row.branchName(),
                        row.departmentId(), row.departmentName(), row.supervisorId(), Set.copyOf(row.roles()),
                        row.startedOn() != null ? row.startedOn() : row.createdAt().atZone(zone).toLocalDate()));
            }
        }
        roster.sort(java.util.Comparator.comparing((RosterMember m) -> m.name().toLowerCase(Locale.ROOT))
                .thenComparing(RosterMember::id));
        return roster;
    }

    /**
     * The library's active people with their home branch, department and working pattern, by name:
     * one query, for counting who is at work. Other branches a person sometimes works at are not
     * included; a pattern that cannot be read counts as the default (Monday to Friday).
     */
    @Transactional(readOnly = true)
    public List<StaffMember> activeStaff(UUID orgId) {
        return jdbc.sql("""
                SELECT id, name, branch_id, department_id, working_pattern FROM person
                WHERE org_id = ? AND status = 'ACTIVE' ORDER BY lower(name), id""")
                .param(orgId)
                .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("branch_id", UUID.class), rs.getObject("department_id", UUID.class),
                        readPattern(rs.getString("working_pattern"))))
                .list();
    }

    private static WorkingPattern readPattern(@Nullable String text) {
        try {
            return WorkingPattern.parse(text);
        } catch (IllegalArgumentException unreadable) {
            return WorkingPattern.DEFAULT;
        }
    }

    /**
     * The library's active people who work at one of {@code branchIds} (their home branch or one
     * of their other branches), or all of them when {@code branchIds} is empty: one query, however
     * many people, for messages that must reach everyone at once.
     */
    @Transactional(readOnly = true)
    public List<Contact> contacts(UUID orgId, Set<UUID> branchIds) {
        String inBranches = branchIds.isEmpty() ? "" : " AND (p.branch_id IN (:branches) OR EXISTS (SELECT 1 FROM"
                + " person_branch pb WHERE pb.person_id = p.id AND pb.branch_id IN (:branches)))";
        var query = jdbc.sql("""
                SELECT p.id, p.name, p.email, COALESCE(p.locale, o.default_locale) AS locale
                FROM person p JOIN organization o ON o.id = p.org_id
                WHERE p.org_id = :org AND p.status = 'ACTIVE'""" + inBranches + " ORDER BY lower(p.name), p.id")
                .param("org", orgId);
        if (!branchIds.isEmpty()) {
            query = query.param("branches", List.copyOf(branchIds));
        }
        return query.query((rs, n) -> new Contact(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getString("email"), Locale.forLanguageTag(rs.getString("locale")))).list();
    }

    /**
     * The branches each of the library's people also works at, besides their home branch (person id
     * to branch ids, in name order); people with none are left out. One query.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<UUID>> otherBranches(UUID orgId) {
        Map<UUID, List<UUID>> others = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT pb.person_id, pb.branch_id FROM person_branch pb JOIN branch b ON b.id = pb.branch_id
                WHERE b.org_id = ? ORDER BY lower(b.name), b.id""")
                .param(orgId)
                .query(rs -> {
                    others.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject("branch_id", UUID.class));
                });
        return others;
    }

    @Transactional(readOnly = true)
    public List<Unit> branches(UUID orgId) {
        return organizations.branches(orgId);
    }

    @Transactional(readOnly = true)
    public List<Unit> departments(UUID orgId) {
        return organizations.departments(orgId);
    }

    @Transactional(readOnly = true)
    public Map<String, String> terms(UUID orgId, Locale locale) {
        return organizations.terms(orgId, locale);
    }

    @Transactional(readOnly = true)
    public Set<String> disabledModules(UUID orgId) {
        return organizations.disabledModules(orgId);
    }

    // ---- library settings, operator and sample library (see LibrarySettings, OperatorConsole, SampleLibrary)

    /** The library's own names for shared terms in every language, by language code and then term key. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> termsByLanguage(UUID orgId) {
        Map<String, Map<String, String>> terms = new java.util.TreeMap<>();
        jdbc.sql("SELECT locale, term_key, term_value FROM organization_term WHERE org_id = ?").param(orgId)
                .query(rs -> {
                    terms.computeIfAbsent(rs.getString("locale"), language -> new java.util.TreeMap<>())
                            .put(rs.getString("term_key"), rs.getString("term_value"));
                });
        return terms;
    }

    /** A fresh invitation link for someone already in the library; earlier links stop working. */
    Invitation reinvite(UUID orgId, UUID personId) {
        return issueInvitation(orgId, personId);
    }

    /** True when no setup token is configured, or {@code token} is it. */
    boolean setupTokenMatches(@Nullable String token) {
        return setupToken.isEmpty() || (token != null && MessageDigest.isEqual(
                setupToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)));
    }

    /** Operator: every library on this instance, without any of their data. */
    @Transactional(readOnly = true)
    public List<OrganizationView> organizations(CurrentUser operator) {
        operator.require(Role.OPERATOR);
        return organizations.all();
    }

    /** Operator: a new, fully separate library and an invitation for its first admin. */
    public CreatedOrganization createOrganization(CurrentUser operator, String name, String adminName, String adminEmail) {
        operator.require(Role.OPERATOR);
        new Validation().text("name", name, true, 200).text("adminName", adminName, true, 200)
                .email("adminEmail", adminEmail, true).throwIfAny();
        if (people.emailTaken(adminEmail)) {
            throw Problems.conflict("person.emailTaken");
        }
        OrganizationView org = organizations.insert(name.strip(), false);
        events.publishEvent(new OrganizationCreated(org.id(), org.name(), false));
        Invitation invitation = invite(org.id(), new NewPerson(adminName, adminEmail, null, List.of(Role.ADMIN),
                null, null, null, null));
        return new CreatedOrganization(org.id(), invitation.url());
    }

    public record CreatedOrganization(UUID organizationId, String adminInvitationUrl) {}

    /** Operator: deactivate (nobody there can sign in) or reactivate a library. */
    public void setOrganizationActive(CurrentUser operator, UUID orgId, boolean active) {
        operator.require(Role.OPERATOR);
        organizations.find(orgId).orElseThrow(Problems::notFound);
        if (orgId.equals(operator.organizationId()) && !active) {
            throw Problems.conflict("organization.ownDeactivation");
        }
        organizations.setActive(orgId, active);
        events.publishEvent(new AdminAction(orgId, operator.personId(),
                active ? "ORGANIZATION_REACTIVATED" : "ORGANIZATION_DEACTIVATED", orgId, null));
    }
}

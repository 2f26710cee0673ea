package org.shelfcare.directory;

import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sample library: Maple Valley Library System, a made-up library system to explore ShelfCare
 * with, flagged as a sample (a banner on every page). It has three branches, six departments and
 * forty staff from pages and shelvers to the director, with supervisors, working patterns and roles.
 * Everyone in it shares one generated password, shown on screen. There is at most one at a time.
 * <p>
 * Who may load it: anyone while the instance is not yet set up (with the setup token when one is
 * configured), and the operator. Loading it never counts as setup and creates no operator. Who may
 * delete it: its own admin and the operator; the whole organization goes, with every row of it.
 * Other modules add their own sample content by listening to {@link SampleLibraryCreated}.
 */
@Service
@Transactional
public class SampleLibrary {

    public static final String NAME = "Maple Valley Library System";
    static final String DOMAIN = "maplevalley.example";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> WORDS = List.of("maple", "river", "lantern", "meadow", "harbor", "willow",
            "atlas", "quill", "cedar", "orchard", "beacon", "pebble", "summit", "thistle", "juniper", "compass",
            "garnet", "prairie", "saffron", "tundra", "velvet", "walnut", "zephyr", "marble", "falcon", "copper");

    private final DirectoryManagement directory;
    private final Organizations organizations;
    private final People people;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    SampleLibrary(DirectoryManagement directory, Organizations organizations, People people,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.directory = directory;
        this.organizations = organizations;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** What the sample's visitor needs: where it is, the shared password and a few sign-in names to try. */
    public record Details(UUID organizationId, String name, String password, List<Login> logins) implements Serializable {}

    /**
     * A sign-in name to try.
     *
     * @param kind DIRECTOR (also the admin), SUPERVISOR, STAFF or PAGE (signs in with a username)
     */
    public record Login(String kind, String name, String jobTitle, String login) implements Serializable {}

    /** The sample's details and whether this call created it (false: it already existed). */
    public record Loaded(Details details, boolean created) {}

    /** Anyone before setup (with the setup token when configured), else the operator only; answers 403 otherwise. */
    public boolean mayLoad(@Nullable CurrentUser caller, @Nullable String setupToken) {
        if (caller != null) {
            return caller.has(Role.OPERATOR);
        }
        return !directory.isSetUp() && directory.setupTokenMatches(setupToken);
    }

    /** Loads the sample library, or answers the one that exists. */
    public Loaded load(@Nullable CurrentUser caller, @Nullable String setupToken) {
        if (!mayLoad(caller, setupToken)) {
            throw caller == null && !directory.isSetUp() ? Problems.of(HttpStatus.FORBIDDEN, "setup.tokenWrong")
                    : Problems.forbidden();
        }
        Optional<Details> existing = current();
        if (existing.isPresent()) {
            return new Loaded(existing.get(), false);
        }
        return new Loaded(create(), true);
    }

    @Transactional(readOnly = true)
    public boolean exists() {
        return jdbc.sql("SELECT count(*) FROM sample_library").query(Integer.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Details> current() {
        return jdbc.sql("SELECT org_id, password FROM sample_library WHERE id = 1")
                .query((rs, n) -> details(rs.getObject("org_id", UUID.class), rs.getString("password")))
                .optional();
    }

    /** The sample's own admin or the operator may delete it; 404 when there is none. */
    public boolean mayDelete(CurrentUser caller) {
        return caller.has(Role.OPERATOR) || (caller.sampleOrganization() && caller.isAdmin());
    }

    public void delete(CurrentUser caller) {
        Details sample = current().orElseThrow(Problems::notFound);
        if (caller.sampleOrganization() && !caller.organizationId().equals(sample.organizationId())) {
            throw Problems.notFound();
        }
        if (!mayDelete(caller)) {
            throw Problems.forbidden();
        }
        // every table of the sample refers to its organization with ON DELETE CASCADE
        jdbc.sql("DELETE FROM organization WHERE id = ? AND sample = TRUE").param(sample.organizationId()).update();
        events.publishEvent(new SampleLibraryDeleted(sample.organizationId()));
    }

    private Details details(UUID orgId, String password) {
        Map<String, Staff> byKey = new HashMap<>();
        STAFF.forEach(s -> byKey.put(s.key(), s));
        List<Login> logins = List.of(login("DIRECTOR", byKey.get("director")), login("SUPERVISOR", byKey.get("circulation")),
                login("STAFF", byKey.get("gkim")), login("PAGE", byKey.get("ewalsh")));
        return new Details(orgId, organizations.find(orgId).map(OrganizationView::name).orElse(NAME), password, logins);
    }

    private static Login login(String kind, Staff staff) {
        return new Login(kind, staff.name(), staff.jobTitle(), staff.login());
    }

    private Details create() {
        for (Staff staff : STAFF) {
            if (staff.email() ? people.emailTaken(staff.login()) : people.usernameTaken(staff.login())) {
                throw Problems.conflict("sample.loginTaken", staff.login());
            }
        }
        OrganizationView org = organizations.insert(NAME, true);
        jdbc.sql("UPDATE organization SET time_zone = 'America/Chicago' WHERE id = ?").param(org.id()).update();
        String password = password();
        try {
            jdbc.sql("INSERT INTO sample_library (id, org_id, password, created_at) VALUES (1, ?, ?, ?)")
                    .params(org.id(), password, Timestamp.from(Instant.now())).update();
        } catch (DuplicateKeyException loadedMeanwhile) {
            throw Problems.conflict("sample.exists");
        }
        Map<String, UUID> branches = new HashMap<>();
        for (String branch : List.of("Central Library", "Eastside Branch", "Riverside Branch")) {
            branches.put(branch, organizations.addBranch(org.id(), branch));
        }
        Map<String, UUID> departments = new HashMap<>();
        for (String department : List.of("Circulation", "Youth Services", "Adult Services", "Technical Services",
                "Facilities", "Administration")) {
            departments.put(department, organizations.addDepartment(org.id(), department));
        }
        // one hash for everyone: they share the password, and hashing forty times would only slow loading
        String hash = passwordEncoder.encode(password);
        Map<String, UUID> ids = new HashMap<>();
        List<UUID> everyone = new ArrayList<>();
        for (Staff staff : STAFF) {
            UUID id = people.insert(org.id(), new NewPerson(staff.name(), staff.email() ? staff.login() : null,
                    staff.email() ? null : staff.login(), staff.roles(), branches.get(staff.branch()),
                    departments.get(staff.department()), staff.jobTitle(),
                    staff.supervisor() == null ? null : ids.get(staff.supervisor())), PersonStatus.ACTIVE, hash);
            jdbc.sql("UPDATE person SET working_pattern = ? WHERE org_id = ? AND id = ?")
                    .params(staff.pattern(), org.id(), id).update();
            ids.put(staff.key(), id);
            everyone.add(id);
        }
        events.publishEvent(new OrganizationCreated(org.id(), org.name(), true));
        events.publishEvent(new SampleLibraryCreated(org.id(), ids.get("director"), List.copyOf(everyone),
                List.copyOf(branches.values()), List.copyOf(departments.values())));
        return details(org.id(), password);
    }

    /** Four random words, e.g. "lantern-cedar-quill-harbor": easy to type, long enough for the password rules. */
    private static String password() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            words.add(WORDS.get(RANDOM.nextInt(WORDS.size())));
        }
        String password = String.join("-", words);
        return password.length() >= PasswordPolicy.MIN_LENGTH ? password : password + "-" + WORDS.get(0);
    }

    /** One made-up staff member; {@code supervisor} is the key of someone listed earlier. */
    record Staff(String key, String name, String jobTitle, String branch, String department,
            @Nullable String supervisor, List<Role> roles, String login, String pattern) {

        boolean email() {
            return login.contains("@");
        }
    }

    private static final String WEEKDAYS = "MON,TUE,WED,THU,FRI";

    private static Staff s(String key, String name, String title, String branch, String department,
            @Nullable String supervisor, String login, String pattern, Role... roles) {
        String full = login.contains("@") ? login + DOMAIN : login;
        return new Staff(key, name, title, branch, department, supervisor, List.of(roles), full, pattern);
    }

    /** The staff, supervisors before their reports. Pages, shelvers, a custodian and substitutes sign in by username. */
    static final List<Staff> STAFF = List.of(
            s("director", "Margaret Chen", "Library Director", "Central Library", "Administration", null,
                    "margaret.chen@", WEEKDAYS, Role.ADMIN, Role.SUPERVISOR),
            s("deputy", "Daniel Okafor", "Assistant Director, Business and Human Resources", "Central Library",
                    "Administration", "director", "daniel.okafor@", WEEKDAYS, Role.SUPERVISOR, Role.CARE_CONTACT),
            s("circulation", "Luis Hernández", "Circulation Manager", "Central Library", "Circulation", "director",
                    "luis.hernandez@", "TUE,WED,THU,FRI,SAT", Role.SUPERVISOR),
            s("youth", "Sofia Alvarez", "Youth Services Manager", "Central Library", "Youth Services", "director",
                    "sofia.alvarez@", WEEKDAYS, Role.SUPERVISOR),
            s("adult", "Ethan Clark", "Adult Services Manager", "Central Library", "Adult Services", "director",
                    "ethan.clark@", WEEKDAYS, Role.SUPERVISOR),
            s("technical", "William Scott", "Technical Services Manager", "Central Library", "Technical Services",
                    "director", "william.scott@", WEEKDAYS, Role.SUPERVISOR),
            s("facilities", "Carlos Mendoza", "Facilities and Security Manager", "Central Library", "Facilities",
                    "director", "carlos.mendoza@", WEEKDAYS, Role.SUPERVISOR, Role.SAFETY_LEAD),
            s("eastside", "Rachel Adams", "Branch Manager, Eastside", "Eastside Branch", "Adult Services", "director",
                    "rachel.adams@", "MON,TUE,WED,THU,SAT", Role.SUPERVISOR),
            s("riverside", "Anthony Rivera", "Branch Manager, Riverside", "Riverside Branch", "Adult Services",
                    "director", "anthony.rivera@", "TUE,WED,THU,FRI,SAT", Role.SUPERVISOR),
            s("praman", "Priya Raman", "Administrative Assistant", "Central Library", "Administration", "deputy",
                    "priya.raman@", WEEKDAYS),
            s("bfoster", "Ben Foster", "IT Specialist", "Central Library", "Administration", "deputy",
                    "ben.foster@", WEEKDAYS),
            s("gkim", "Grace Kim", "Library Assistant", "Central Library", "Circulation", "circulation",
                    "grace.kim@", "MON,TUE,WED,THU,FRI"),
            s("tbecker", "Tom Becker", "Library Assistant (part-time)", "Central Library", "Circulation",
                    "circulation", "tom.becker@", "FRI,SAT,SUN"),
            s("ajohnson", "Aaliyah Johnson", "Circulation Clerk", "Central Library", "Circulation", "circulation",
                    "aaliyah.johnson@", "TUE,WED,THU,FRI,SAT"),
            s("npatel", "Noah Patel", "Shelver", "Central Library", "Circulation", "circulation", "mv.npatel",
                    "MON,WED,FRI"),
            s("ewalsh", "Emma Walsh", "Library Page", "Central Library", "Circulation", "circulation", "mv.ewalsh",
                    "TUE,THU,SAT"),
            s("jwright", "Jamal Wright", "Library Page", "Central Library", "Circulation", "circulation", "mv.jwright",
                    "SAT,SUN"),
            s("hlee", "Hannah Lee", "Children's Librarian", "Central Library", "Youth Services", "youth",
                    "hannah.lee@", WEEKDAYS, Role.WELLNESS_LEAD),
            s("mbrown", "Marcus Brown", "Teen Services Librarian", "Central Library", "Youth Services", "youth",
                    "marcus.brown@", "TUE,WED,THU,FRI,SAT"),
            s("onguyen", "Olivia Nguyen", "Youth Services Associate", "Central Library", "Youth Services", "youth",
                    "olivia.nguyen@", "MON,TUE,WED"),
            s("fhassan", "Fatima Hassan", "Reference Librarian", "Central Library", "Adult Services", "adult",
                    "fatima.hassan@", WEEKDAYS),
            s("gmiller", "George Miller", "Adult Programming Librarian", "Central Library", "Adult Services", "adult",
                    "george.miller@", "MON,TUE,WED,THU,SAT"),
            s("rdelgado", "Rosa Delgado", "Bilingual Outreach Librarian", "Central Library", "Adult Services", "adult",
                    "rosa.delgado@", WEEKDAYS),
            s("mlin", "Mei Lin", "Cataloging Librarian", "Central Library", "Technical Services", "technical",
                    "mei.lin@", WEEKDAYS),
            s("kobrien", "Kevin O'Brien", "Acquisitions Specialist", "Central Library", "Technical Services",
                    "technical", "kevin.obrien@", WEEKDAYS),
            s("arobinson", "Ava Robinson", "Processing Clerk", "Central Library", "Technical Services", "technical",
                    "ava.robinson@", "MON,TUE,WED"),
            s("dyoung", "Derek Young", "Custodian", "Central Library", "Facilities", "facilities", "mv.dyoung",
                    "WED,THU,FRI,SAT,SUN"),
            s("lpark", "Linda Park", "Security Officer", "Central Library", "Facilities", "facilities",
                    "linda.park@", "TUE,WED,THU,FRI,SAT"),
            s("jtaylor", "Jordan Taylor", "Librarian", "Eastside Branch", "Adult Services", "eastside",
                    "jordan.taylor@", WEEKDAYS),
            s("cmartin", "Chloe Martin", "Children's Librarian", "Eastside Branch", "Youth Services", "eastside",
                    "chloe.martin@", "TUE,WED,THU,FRI,SAT"),
            s("sgreen", "Samuel Green", "Library Assistant", "Eastside Branch", "Circulation", "eastside",
                    "samuel.green@", WEEKDAYS),
            s("itorres", "Isabella Torres", "Library Assistant", "Eastside Branch", "Circulation", "eastside",
                    "isabella.torres@", "TUE,WED,THU,FRI,SAT"),
            s("rcooper", "Ryan Cooper", "Library Page", "Eastside Branch", "Circulation", "eastside", "mv.rcooper",
                    "MON,WED,SAT"),
            s("msingh", "Maya Singh", "Substitute Library Assistant", "Eastside Branch", "Circulation", "eastside",
                    "mv.msingh", "SAT"),
            s("nbrooks", "Natalie Brooks", "Librarian", "Riverside Branch", "Adult Services", "riverside",
                    "natalie.brooks@", WEEKDAYS),
            s("vhuang", "Victor Huang", "Youth Services Librarian", "Riverside Branch", "Youth Services", "riverside",
                    "victor.huang@", "TUE,WED,THU,FRI,SAT"),
            s("eward", "Emily Ward", "Library Assistant", "Riverside Branch", "Circulation", "riverside",
                    "emily.ward@", WEEKDAYS),
            s("dmorales", "Diego Morales", "Shelver", "Riverside Branch", "Circulation", "riverside", "mv.dmorales",
                    "TUE,THU"),
            s("zbennett", "Zoe Bennett", "Library Page", "Riverside Branch", "Circulation", "riverside", "mv.zbennett",
                    "WED,FRI,SAT"),
            s("hjenkins", "Harold Jenkins", "Substitute Librarian", "Riverside Branch", "Adult Services", "riverside",
                    "mv.hjenkins", "SAT,SUN"));
}

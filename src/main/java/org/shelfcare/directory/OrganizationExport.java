package org.shelfcare.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's export of one library, for moving it to another instance or keeping a copy when it
 * leaves. It holds the library's directory: the organization and its settings (terms, switched-off
 * modules, anonymity threshold, time zone, language), branches, departments, and people with their
 * roles, branches, supervisor and working pattern. It never holds password hashes, invitation or
 * reset links, access tokens, sign-in failures, nor anything of other modules: no private, sealed
 * or anonymous content (journals, check-ins, care notes, pulse answers) ever leaves this way.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationExport {

    /** Raised when the export format changes in a way readers must notice. */
    public static final int FORMAT_VERSION = 1;

    private final Organizations organizations;
    private final People people;
    private final DirectoryManagement directory;
    private final JdbcClient jdbc;

    OrganizationExport(Organizations organizations, People people, DirectoryManagement directory, JdbcClient jdbc) {
        this.organizations = organizations;
        this.people = people;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    public record Document(int formatVersion, Instant exportedAt, Library organization, List<Unit> branches,
            List<Unit> departments, List<Person> people) {}

    public record Library(UUID id, String name, String slug, List<String> earlierSlugs, boolean active, boolean sample,
            String timeZone, String defaultLocale, int anonymityThreshold, Map<String, Map<String, String>> terms,
            List<String> disabledModules) {}

    public record Person(UUID id, String name, @Nullable String email, @Nullable String username, PersonStatus status,
            @Nullable String pronouns, @Nullable String jobTitle, @Nullable UUID branchId, List<UUID> otherBranchIds,
            @Nullable UUID departmentId, @Nullable UUID supervisorId, List<Role> roles, String workingPattern,
            @Nullable String locale, @Nullable String timeZone, java.time.@Nullable LocalDate startedOn) {}

    public Document export(CurrentUser operator, UUID orgId) {
        operator.require(Role.OPERATOR);
        OrganizationView org = organizations.find(orgId).orElseThrow(Problems::notFound);
        List<String> earlier = jdbc.sql("SELECT slug FROM organization_slug_history WHERE org_id = ? ORDER BY slug")
                .param(orgId).query(String.class).list();
        Library library = new Library(org.id(), org.name(), org.slug(), earlier, org.active(), org.sample(),
                org.zone().getId(), org.defaultLocale().getLanguage(), org.anonymityThreshold(),
                directory.termsByLanguage(orgId), organizations.disabledModules(orgId).stream().sorted().toList());
        List<Person> staff = people.inOrg(orgId).stream().map(row -> new Person(row.id(), row.name(), row.email(),
                row.username(), row.status(), row.pronouns(), row.jobTitle(), row.branchId(), otherBranches(orgId, row.id()),
                row.departmentId(), row.supervisorId(), People.sorted(row.roles()), row.workingPattern(), row.locale(),
                row.timeZone(), row.startedOn())).toList();
        return new Document(FORMAT_VERSION, Instant.now(), library, organizations.branches(orgId),
                organizations.departments(orgId), staff);
    }

    private List<UUID> otherBranches(UUID orgId, UUID personId) {
        return jdbc.sql("""
                SELECT pb.branch_id FROM person_branch pb JOIN branch b ON b.id = pb.branch_id
                WHERE b.org_id = ? AND pb.person_id = ? ORDER BY b.name""")
                .params(orgId, personId).query(UUID.class).list();
    }
}

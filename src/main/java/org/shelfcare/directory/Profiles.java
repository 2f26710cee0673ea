package org.shelfcare.directory;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's own profile: the name, pronouns, language and time zone they choose, and their
 * password. Branch, department, job title and supervisor are set by admins.
 */
@Service
@Transactional
public class Profiles {

    /** The languages ShelfCare speaks. */
    public static final List<String> LANGUAGES = List.of("en", "es");

    private final People people;
    private final Organizations organizations;
    private final PeopleAdministration administration;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;

    Profiles(People people, Organizations organizations, PeopleAdministration administration,
            PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
        this.people = people;
        this.organizations = organizations;
        this.administration = administration;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    /**
     * @param language the language the person chose, or null to follow the browser
     * @param timeZone the zone the person chose, or null for the library's
     */
    public record Profile(UUID id, String name, @Nullable String pronouns, @Nullable String jobTitle,
            @Nullable String branchName, List<Unit> otherBranches, @Nullable String departmentName,
            @Nullable String supervisorName, @Nullable String email, @Nullable String username,
            @Nullable String language, @Nullable String timeZone, ZoneId libraryZone, WorkingPattern workingPattern) {}

    /** What a person may change about themselves; blank language or time zone means "the default". */
    public record ProfileChanges(@Nullable String name, @Nullable String pronouns, @Nullable String language,
            @Nullable String timeZone) {}

    @Transactional(readOnly = true)
    public Profile profile(CurrentUser me) {
        People.Row row = people.findInOrg(me.organizationId(), me.personId()).orElseThrow(Problems::notFound);
        OrganizationView org = organizations.find(row.orgId()).orElseThrow();
        return new Profile(row.id(), row.name(), row.pronouns(), row.jobTitle(), row.branchName(),
                administration.otherBranches(row.orgId(), row.id()), row.departmentName(), row.supervisorName(),
                row.email(), row.username(), row.locale(), row.timeZone(), org.zone(),
                PeopleAdministration.pattern(row.workingPattern()));
    }

    public void update(CurrentUser me, ProfileChanges changes) {
        String language = Validation.clean(changes.language());
        String zone = Validation.clean(changes.timeZone());
        Validation check = new Validation()
                .text("name", changes.name(), true, 200)
                .text("pronouns", changes.pronouns(), false, 60);
        if (language != null && !LANGUAGES.contains(language)) {
            check.add("language", "profile.languageUnknown");
        }
        if (zone != null && !validZone(zone)) {
            check.add("timeZone", "profile.timeZoneUnknown");
        }
        check.throwIfAny();
        jdbc.sql("UPDATE person SET name = ?, pronouns = ?, locale = ?, time_zone = ? WHERE id = ? AND org_id = ?")
                .params(java.util.Objects.requireNonNull(changes.name()).strip(), Validation.clean(changes.pronouns()),
                        language, zone, me.personId(), me.organizationId())
                .update();
    }

    /** Needs the current password; the new one follows the password policy. */
    public void changePassword(CurrentUser me, @Nullable String current, @Nullable String next) {
        People.Row row = people.findInOrg(me.organizationId(), me.personId()).orElseThrow(Problems::notFound);
        if (current == null || row.passwordHash() == null || !passwordEncoder.matches(current, row.passwordHash())) {
            throw Problems.invalid("currentPassword", "profile.currentPasswordWrong");
        }
        passwordPolicy.check("newPassword", next, row.email(), row.username(), row.name());
        people.setPassword(row.id(), passwordEncoder.encode(java.util.Objects.requireNonNull(next)));
    }

    static boolean validZone(String zone) {
        try {
            return ZoneId.getAvailableZoneIds().contains(zone) && ZoneId.of(zone) != null;
        } catch (DateTimeException unknown) {
            return false;
        }
    }
}

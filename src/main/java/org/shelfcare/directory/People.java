package org.shelfcare.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People and their roles. Emails and usernames are kept lower-case and unique across the instance. */
@Repository
class People {

    private static final String SELECT = """
            SELECT p.*, b.name AS branch_name, d.name AS department_name, s.name AS supervisor_name
            FROM person p
            LEFT JOIN branch b ON b.id = p.branch_id
            LEFT JOIN department d ON d.id = p.department_id
            LEFT JOIN person s ON s.id = p.supervisor_id
            """;

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person row with its roles. */
    record Row(UUID id, UUID orgId, String name, @Nullable String email, @Nullable String username,
            @Nullable String passwordHash, PersonStatus status, @Nullable String pronouns, @Nullable String jobTitle,
            @Nullable UUID branchId, @Nullable String branchName, @Nullable UUID departmentId,
            @Nullable String departmentName, @Nullable UUID supervisorId, @Nullable String supervisorName,
            @Nullable String locale, @Nullable String timeZone, String workingPattern, int failedSignIns,
            @Nullable Instant lockedUntil, Set<Role> roles, @Nullable LocalDate startedOn, Instant createdAt) {}

    UUID insert(UUID orgId, NewPerson person, PersonStatus status, @Nullable String passwordHash) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO person (id, org_id, name, email, username, password_hash, status, job_title, branch_id,
                                    department_id, supervisor_id, created_at)
                VALUES (:id, :org, :name, :email, :username, :hash, :status, :title, :branch, :department, :supervisor, :now)
                """)
                .param("id", id).param("org", orgId).param("name", person.name())
                .param("email", lower(person.email())).param("username", lower(person.username()))
                .param("hash", passwordHash).param("status", status.name()).param("title", person.jobTitle())
                .param("branch", person.branchId()).param("department", person.departmentId())
                .param("supervisor", person.supervisorId()).param("now", Timestamp.from(Instant.now()))
                .update();
        setRoles(orgId, id, person.roles());
        return id;
    }

    void setRoles(UUID orgId, UUID personId, Iterable<Role> roles) {
        jdbc.sql("DELETE FROM person_role WHERE person_id = ?").param(personId).update();
        Set<Role> all = EnumSet.of(Role.STAFF);
        roles.forEach(all::add);
        for (Role role : all) {
            jdbc.sql("INSERT INTO person_role (person_id, org_id, role) VALUES (?, ?, ?)")
                    .params(personId, orgId, role.name()).update();
        }
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(this::row).optional();
    }

    Optional<Row> findInOrg(UUID orgId, UUID id) {
        return find(id).filter(row -> row.orgId().equals(orgId));
    }

    Optional<Row> findByLogin(String login) {
        String key = login.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql(SELECT + " WHERE p.email = :key OR p.username = :key").param("key", key).query(this::row).optional();
    }

    List<Row> inOrg(UUID orgId) {
        return jdbc.sql(SELECT + " WHERE p.org_id = ? ORDER BY lower(p.name), p.id").param(orgId).query(this::row).list();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM person WHERE email = ?").param(lower(email)).query(Integer.class).single() > 0;
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM person WHERE username = ?").param(lower(username)).query(Integer.class).single() > 0;
    }

    void activate(UUID id, String passwordHash) {
        jdbc.sql("UPDATE person SET password_hash = ?, status = 'ACTIVE', failed_sign_ins = 0, locked_until = NULL WHERE id = ?")
                .params(passwordHash, id).update();
    }

    void setPassword(UUID id, String passwordHash) {
        jdbc.sql("UPDATE person SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE id = ?")
                .params(passwordHash, id).update();
    }

    void setStatus(UUID id, PersonStatus status) {
        jdbc.sql("UPDATE person SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    void setLocale(UUID id, String language) {
        jdbc.sql("UPDATE person SET locale = ? WHERE id = ?").params(language, id).update();
    }

    void recordFailure(UUID id, int maxFailures, Instant lockUntil) {
        jdbc.sql("UPDATE person SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ?").param(id).update();
        jdbc.sql("UPDATE person SET locked_until = ?, failed_sign_ins = 0 WHERE id = ? AND failed_sign_ins >= ?")
                .params(Timestamp.from(lockUntil), id, maxFailures).update();
    }

    void recordSuccess(UUID id) {
        jdbc.sql("UPDATE person SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?").param(id).update();
    }

    boolean anyone() {
        return jdbc.sql("SELECT count(*) FROM person").query(Integer.class).single() > 0;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM person_role WHERE person_id = ?").param(id).query(String.class).list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Row(id, rs.getObject("org_id", UUID.class), rs.getString("name"), rs.getString("email"),
                rs.getString("username"), rs.getString("password_hash"), PersonStatus.valueOf(rs.getString("status")),
                rs.getString("pronouns"), rs.getString("job_title"), rs.getObject("branch_id", UUID.class),
                rs.getString("branch_name"), rs.getObject("department_id", UUID.class), rs.getString("department_name"),
                rs.getObject("supervisor_id", UUID.class), rs.getString("supervisor_name"), rs.getString("locale"),
                rs.getString("time_zone"), rs.getString("working_pattern"), rs.getInt("failed_sign_ins"),
                locked == null ? null : locked.toInstant(), roles,
                rs.getDate("started_on") == null ? null : rs.getDate("started_on").toLocalDate(),
                rs.getTimestamp("created_at").toInstant());
    }

    static @Nullable String lower(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    static List<Role> sorted(Set<Role> roles) {
        List<Role> list = new ArrayList<>(roles);
        list.sort(null);
        return list;
    }
}

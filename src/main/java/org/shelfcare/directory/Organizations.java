package org.shelfcare.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Libraries, their branches and departments, and their settings. */
@Repository
class Organizations {

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OrganizationView insert(String name, boolean sample) {
        UUID id = UUID.randomUUID();
        String slug = uniqueSlug(Slugs.from(name));
        jdbc.sql("INSERT INTO organization (id, name, slug, sample, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, name, slug, sample, java.sql.Timestamp.from(Instant.now())).update();
        return find(id).orElseThrow();
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; taken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean taken(String slug) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE slug = ?").param(slug).query(Integer.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM organization_slug_history WHERE slug = ?").param(slug).query(Integer.class).single() > 0;
    }

    Optional<OrganizationView> find(UUID id) {
        return jdbc.sql("SELECT * FROM organization WHERE id = ?").param(id)
                .query((rs, n) -> new OrganizationView(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("slug"), rs.getBoolean("active"), rs.getBoolean("sample"),
                        ZoneId.of(rs.getString("time_zone")), Locale.forLanguageTag(rs.getString("default_locale")),
                        rs.getInt("anonymity_threshold")))
                .optional();
    }

    Optional<UUID> idBySlug(String slug) {
        return jdbc.sql("SELECT id FROM organization WHERE slug = ?").param(slug).query(UUID.class).optional();
    }

    List<OrganizationView> all() {
        return jdbc.sql("SELECT id FROM organization ORDER BY name").query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    void setActive(UUID id, boolean active) {
        jdbc.sql("UPDATE organization SET active = ? WHERE id = ?").params(active, id).update();
    }

    UUID addBranch(UUID orgId, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO branch (id, org_id, name) VALUES (?, ?, ?)").params(id, orgId, name).update();
        return id;
    }

    UUID addDepartment(UUID orgId, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO department (id, org_id, name) VALUES (?, ?, ?)").params(id, orgId, name).update();
        return id;
    }

    List<Unit> branches(UUID orgId) {
        return jdbc.sql("SELECT id, name FROM branch WHERE org_id = ? ORDER BY name").param(orgId)
                .query((rs, n) -> new Unit(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    List<Unit> departments(UUID orgId) {
        return jdbc.sql("SELECT id, name FROM department WHERE org_id = ? ORDER BY name").param(orgId)
                .query((rs, n) -> new Unit(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    boolean hasBranch(UUID orgId, UUID branchId) {
        return jdbc.sql("SELECT count(*) FROM branch WHERE org_id = ? AND id = ?").params(orgId, branchId)
                .query(Integer.class).single() > 0;
    }

    boolean hasDepartment(UUID orgId, UUID departmentId) {
        return jdbc.sql("SELECT count(*) FROM department WHERE org_id = ? AND id = ?").params(orgId, departmentId)
                .query(Integer.class).single() > 0;
    }

    Map<String, String> terms(UUID orgId, Locale locale) {
        Map<String, String> terms = new HashMap<>();
        jdbc.sql("SELECT term_key, term_value FROM organization_term WHERE org_id = ? AND locale = ?")
                .params(orgId, locale.getLanguage())
                .query(rs -> {
                    terms.put(rs.getString("term_key"), rs.getString("term_value"));
                });
        return terms;
    }

    Set<String> disabledModules(UUID orgId) {
        return new HashSet<>(jdbc.sql("SELECT module FROM organization_module WHERE org_id = ? AND enabled = FALSE")
                .param(orgId).query(String.class).list());
    }
}

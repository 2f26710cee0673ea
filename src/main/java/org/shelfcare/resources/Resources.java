package org.shelfcare.resources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Support resources and hidden defaults. Every query names the library it reads for. */
@Repository
class Resources {

    private static final String COLUMNS = "id, org_id, default_key, category, locale, name, description, phone, sms, "
            + "sms_body, web_url, hours, languages, confidential, source, sort_order";

    private final JdbcClient jdbc;

    Resources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every language version of every instance default. */
    List<SupportResource> defaults() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_resource WHERE org_id IS NULL")
                .query(Resources::map).list();
    }

    /** The library's own entries, in every language. */
    List<SupportResource> ofOrganization(UUID orgId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_resource WHERE org_id = ?")
                .param(orgId).query(Resources::map).list();
    }

    /** A resource the library can see: one of its own, or an instance default. */
    Optional<SupportResource> visibleTo(UUID orgId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_resource WHERE id = ? AND (org_id IS NULL OR org_id = ?)")
                .params(id, orgId).query(Resources::map).optional();
    }

    Set<String> hiddenDefaults(UUID orgId) {
        return new HashSet<>(jdbc.sql("SELECT default_key FROM support_resource_hidden WHERE org_id = ?")
                .param(orgId).query(String.class).list());
    }

    UUID insert(UUID orgId, ResourceRules.Entry entry) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO support_resource (id, org_id, default_key, category, locale, name, description, phone, sms,
                    sms_body, web_url, hours, languages, confidential, source, sort_order, created_at, updated_at)
                VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orgId, entry.category().name(), entry.locale(), entry.name(), entry.description(),
                        entry.phone(), entry.sms(), entry.smsBody(), entry.webUrl(), entry.hours(), entry.languages(),
                        entry.confidential(), entry.source(), entry.sortOrder(), now, now)
                .update();
        return id;
    }

    boolean update(UUID orgId, UUID id, ResourceRules.Entry entry) {
        return jdbc.sql("""
                UPDATE support_resource SET category = ?, locale = ?, name = ?, description = ?, phone = ?, sms = ?,
                    sms_body = ?, web_url = ?, hours = ?, languages = ?, confidential = ?, source = ?, sort_order = ?,
                    updated_at = ?
                WHERE id = ? AND org_id = ?""")
                .params(entry.category().name(), entry.locale(), entry.name(), entry.description(), entry.phone(),
                        entry.sms(), entry.smsBody(), entry.webUrl(), entry.hours(), entry.languages(),
                        entry.confidential(), entry.source(), entry.sortOrder(), Timestamp.from(Instant.now()), id, orgId)
                .update() == 1;
    }

    boolean delete(UUID orgId, UUID id) {
        return jdbc.sql("DELETE FROM support_resource WHERE id = ? AND org_id = ?").params(id, orgId).update() == 1;
    }

    void hide(UUID orgId, String defaultKey) {
        jdbc.sql("INSERT INTO support_resource_hidden (org_id, default_key, hidden_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(orgId, defaultKey, Timestamp.from(Instant.now())).update();
    }

    void show(UUID orgId, String defaultKey) {
        jdbc.sql("DELETE FROM support_resource_hidden WHERE org_id = ? AND default_key = ?")
                .params(orgId, defaultKey).update();
    }

    private static SupportResource map(ResultSet rs, int row) throws SQLException {
        return new SupportResource(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
                rs.getString("default_key"), ResourceCategory.valueOf(rs.getString("category")), rs.getString("locale"),
                rs.getString("name"), rs.getString("description"), rs.getString("phone"), rs.getString("sms"),
                rs.getString("sms_body"), rs.getString("web_url"), rs.getString("hours"), rs.getString("languages"),
                rs.getBoolean("confidential"), rs.getString("source"), rs.getInt("sort_order"));
    }
}

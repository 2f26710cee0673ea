package org.shelfcare.safety;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each library's incident types: the built-in ones ({@link #DEFAULTS}), which a library may rename
 * or retire but never delete, and types the library adds, which can be deleted while no report uses
 * them. Admins and safety leads keep the list; everyone reads it.
 */
@Service
@Transactional
public class IncidentTypes {

    /** The built-in types, in the order the report form offers them. */
    public static final List<String> DEFAULTS = List.of("BOMB_THREAT", "THREAT_OF_VIOLENCE", "CHALLENGING_PATRON",
            "HARASSMENT", "MEDICAL", "THEFT_OR_DAMAGE", "FACILITY_HAZARD", "OTHER");
    public static final int LABEL_MAX = 80;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    IncidentTypes(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    private record Row(String code, @Nullable String labelEn, @Nullable String labelEs, boolean retired) {}

    public static boolean manages(CurrentUser person) {
        return person.has(Role.ADMIN) || person.has(Role.SAFETY_LEAD);
    }

    /** Every type of the library, built-in ones first, with names in {@code locale} and their use counts. */
    @Transactional(readOnly = true)
    public List<IncidentType> types(UUID orgId, Locale locale) {
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT code, label_en, label_es, retired FROM safety_incident_type WHERE org_id = ? ORDER BY created_at, code")
                .param(orgId)
                .query((rs, n) -> new Row(rs.getString("code"), rs.getString("label_en"), rs.getString("label_es"),
                        rs.getBoolean("retired")))
                .list().forEach(row -> rows.put(row.code(), row));
        Map<String, Long> uses = new HashMap<>();
        jdbc.sql("SELECT type_code, count(*) AS n FROM safety_incident WHERE org_id = ? AND type_code IS NOT NULL GROUP BY type_code")
                .param(orgId).query((rs, n) -> Map.entry(rs.getString("type_code"), rs.getLong("n"))).list()
                .forEach(e -> uses.put(e.getKey(), e.getValue()));
        List<IncidentType> types = new ArrayList<>();
        for (String code : DEFAULTS) {
            Row row = rows.remove(code);
            types.add(type(code, true, row, uses.getOrDefault(code, 0L), locale));
        }
        for (Row row : rows.values()) {
            types.add(type(row.code(), false, row, uses.getOrDefault(row.code(), 0L), locale));
        }
        return types;
    }

    /** The types a new report may have. */
    @Transactional(readOnly = true)
    public List<IncidentType> active(UUID orgId, Locale locale) {
        return types(orgId, locale).stream().filter(t -> !t.retired()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<IncidentType> find(UUID orgId, String code, Locale locale) {
        return types(orgId, locale).stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The name of a type in {@code locale}; a code the library no longer knows is shown as it is. */
    @Transactional(readOnly = true)
    public String label(UUID orgId, @Nullable String code, Locale locale) {
        if (code == null) {
            return messages.getMessage("safety.type.none", null, locale);
        }
        return find(orgId, code, locale).map(IncidentType::label).orElse(code);
    }

    /** Adds a type; its code is made from the English name. Answers the new type. */
    public IncidentType add(CurrentUser manager, @Nullable String labelEn, @Nullable String labelEs) {
        requireManager(manager);
        String en = label("labelEn", labelEn, true);
        String es = label("labelEs", labelEs, false);
        String base = codeOf(en);
        String code = base;
        for (int n = 2; exists(manager.organizationId(), code); n++) {
            code = base.substring(0, Math.min(base.length(), 36)) + "_" + n;
        }
        jdbc.sql("INSERT INTO safety_incident_type (org_id, code, label_en, label_es, retired, created_at) VALUES (?, ?, ?, ?, FALSE, ?)")
                .params(manager.organizationId(), code, en, es, Timestamp.from(Instant.now())).update();
        return find(manager.organizationId(), code, manager.locale()).orElseThrow();
    }

    /**
     * Renames a type and retires it or brings it back. An empty name of a built-in type restores
     * its built-in name. Unknown code 404.
     */
    public IncidentType change(CurrentUser manager, String code, @Nullable String labelEn, @Nullable String labelEs,
            boolean retired) {
        requireManager(manager);
        IncidentType type = find(manager.organizationId(), code, manager.locale()).orElseThrow(Problems::notFound);
        String en = label("labelEn", labelEn, !type.builtIn());
        String es = label("labelEs", labelEs, false);
        int updated = jdbc.sql("UPDATE safety_incident_type SET label_en = ?, label_es = ?, retired = ? WHERE org_id = ? AND code = ?")
                .params(en, es, retired, manager.organizationId(), code).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO safety_incident_type (org_id, code, label_en, label_es, retired, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(manager.organizationId(), code, en, es, retired, Timestamp.from(Instant.now())).update();
        }
        return find(manager.organizationId(), code, manager.locale()).orElseThrow();
    }

    /** Deletes a type the library added and no report uses; a built-in or used type answers 409 (retire it instead). */
    public void delete(CurrentUser manager, String code) {
        requireManager(manager);
        IncidentType type = find(manager.organizationId(), code, manager.locale()).orElseThrow(Problems::notFound);
        if (type.builtIn()) {
            throw Problems.conflict("safety.types.builtInKept");
        }
        if (type.uses() > 0) {
            throw Problems.conflict("safety.types.inUse", type.uses());
        }
        jdbc.sql("DELETE FROM safety_incident_type WHERE org_id = ? AND code = ?")
                .params(manager.organizationId(), code).update();
    }

    private IncidentType type(String code, boolean builtIn, @Nullable Row row, long uses, Locale locale) {
        String en = row == null ? null : row.labelEn();
        String es = row == null ? null : row.labelEs();
        String label;
        if ("es".equals(locale.getLanguage()) && es != null) {
            label = es;
        } else if (en != null && !("es".equals(locale.getLanguage()) && builtIn)) {
            label = en;
        } else if (builtIn) {
            label = messages.getMessage("safety.type." + code, null, code, locale);
        } else {
            label = code;
        }
        return new IncidentType(code, label, builtIn, row != null && row.retired(), en, es, uses);
    }

    private boolean exists(UUID orgId, String code) {
        return DEFAULTS.contains(code) || jdbc.sql("SELECT count(*) FROM safety_incident_type WHERE org_id = ? AND code = ?")
                .params(orgId, code).query(Integer.class).single() > 0;
    }

    private static void requireManager(CurrentUser person) {
        if (!manages(person)) {
            throw Problems.forbidden();
        }
    }

    private static @Nullable String label(String field, @Nullable String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw Problems.invalid(field, "safety.types.labelRequired");
            }
            return null;
        }
        if (text.length() > LABEL_MAX) {
            throw Problems.invalid(field, "safety.types.labelTooLong", LABEL_MAX);
        }
        return text;
    }

    static String codeOf(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            code = "TYPE_" + code;
        }
        return code.length() > 36 ? code.substring(0, 36).replaceAll("_+$", "") : code;
    }
}

package org.shelfcare.safety;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each library's plain-language wording per type of alert, with an "all clear". Until a safety lead
 * or an admin changes one, a type uses the shipped wording (after CISA's bomb threat guidance and
 * its de-escalation series) in the library's language. Everyone who may send an alert of a type
 * reads its template, since the send form starts from it.
 */
@Service
@Transactional
public class AlertTemplates {

    static final int HEADLINE_MAX = 200;
    static final int TEXT_MAX = 4000;

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final DirectoryManagement directory;
    private final AlertTypes types;

    AlertTemplates(JdbcClient jdbc, MessageSource messages, DirectoryManagement directory, AlertTypes types) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.directory = directory;
        this.types = types;
    }

    /** True for safety leads and admins, who keep the templates. */
    public static boolean mayEdit(CurrentUser user) {
        return user.has(Role.SAFETY_LEAD) || user.isAdmin();
    }

    /** Every type's template of the viewer's library (safety leads and admins). */
    @Transactional(readOnly = true)
    public List<AlertTemplate> all(CurrentUser viewer) {
        if (!mayEdit(viewer)) {
            throw Problems.forbidden();
        }
        UUID org = viewer.organizationId();
        Map<String, String> labels = types.labels(org, viewer.locale());
        Map<String, String> libraryLabels = types.labels(org, directory.organization(org).defaultLocale());
        Map<String, AlertTemplate> stored = stored(org, labels);
        Locale locale = directory.organization(org).defaultLocale();
        return types.codes(org).stream().map(type -> stored.getOrDefault(type,
                shipped(type, labels.getOrDefault(type, type), libraryLabels.getOrDefault(type, type), locale))).toList();
    }

    /** One type's template; unknown types answer 404. */
    @Transactional(readOnly = true)
    public AlertTemplate template(CurrentUser viewer, String type) {
        if (!types.known(viewer.organizationId(), type)) {
            throw Problems.notFound();
        }
        return forType(viewer.organizationId(), type, viewer.locale());
    }

    /** Changes one type's wording (safety leads and admins); every field is required. */
    public AlertTemplate save(CurrentUser editor, String type, @Nullable String headline, @Nullable String message,
            @Nullable String allClear) {
        if (!types.known(editor.organizationId(), type)) {
            throw Problems.notFound();
        }
        if (!mayEdit(editor)) {
            throw Problems.forbidden();
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String h = required(errors, "headline", headline, HEADLINE_MAX);
        String m = required(errors, "message", message, TEXT_MAX);
        String a = required(errors, "allClear", allClear, TEXT_MAX);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Timestamp now = Timestamp.from(Instant.now());
        int changed = jdbc.sql("""
                UPDATE safety_alert_template SET headline = ?, message = ?, all_clear = ?, updated_at = ?, updated_by = ?
                WHERE org_id = ? AND type = ?""")
                .params(h, m, a, now, editor.personId(), editor.organizationId(), type).update();
        if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO safety_alert_template (org_id, type, headline, message, all_clear, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(editor.organizationId(), type, h, m, a, now, editor.personId()).update();
        }
        return forType(editor.organizationId(), type, editor.locale());
    }

    /** Goes back to the shipped wording for one type (safety leads and admins). */
    public AlertTemplate reset(CurrentUser editor, String type) {
        if (!types.known(editor.organizationId(), type)) {
            throw Problems.notFound();
        }
        if (!mayEdit(editor)) {
            throw Problems.forbidden();
        }
        jdbc.sql("DELETE FROM safety_alert_template WHERE org_id = ? AND type = ?")
                .params(editor.organizationId(), type).update();
        return forType(editor.organizationId(), type, editor.locale());
    }

    /** The type's template, with its name in the library's language, for sending. */
    AlertTemplate forType(UUID orgId, String type) {
        return forType(orgId, type, directory.organization(orgId).defaultLocale());
    }

    private AlertTemplate forType(UUID orgId, String type, Locale reader) {
        Map<String, String> labels = Map.of(type, types.label(orgId, type, reader));
        Locale library = directory.organization(orgId).defaultLocale();
        return Optional.ofNullable(stored(orgId, labels).get(type))
                .orElseGet(() -> shipped(type, labels.get(type), types.label(orgId, type, library), library));
    }

    private Map<String, AlertTemplate> stored(UUID orgId, Map<String, String> labels) {
        return jdbc.sql("SELECT type, headline, message, all_clear FROM safety_alert_template WHERE org_id = ?")
                .param(orgId)
                .query((rs, n) -> new AlertTemplate(rs.getString("type"),
                        labels.getOrDefault(rs.getString("type"), rs.getString("type")), rs.getString("headline"),
                        rs.getString("message"), rs.getString("all_clear"), true))
                .list().stream().collect(Collectors.toMap(AlertTemplate::type, Function.identity()));
    }

    /**
     * The shipped wording, in the library's language: written for each built-in type; a type the
     * library added gets the general wording under its own name.
     */
    private AlertTemplate shipped(String type, String label, String libraryLabel, Locale locale) {
        if (!IncidentTypes.DEFAULTS.contains(type)) {
            String general = "safety.alerts.template.OTHER.";
            return new AlertTemplate(type, label, messages.getMessage("safety.alerts.template.added.headline",
                    new Object[] {libraryLabel}, locale), t(general + "message", locale), t(general + "allClear", locale),
                    false);
        }
        String prefix = "safety.alerts.template." + type + ".";
        return new AlertTemplate(type, label, t(prefix + "headline", locale), t(prefix + "message", locale),
                t(prefix + "allClear", locale), false);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static String required(List<InvalidInput.FieldError> errors, String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.add(new InvalidInput.FieldError(field, "validation.required", new Object[0]));
        } else if (text.length() > max) {
            errors.add(new InvalidInput.FieldError(field, "validation.tooLong", new Object[] {max}));
        }
        return text;
    }
}

package org.shelfcare.safety;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.SecretTokens;
import org.shelfcare.notifications.LiveStream;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.Notice;
import org.shelfcare.web.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "I'm safe" and "I need help": answers from the alert's page, the API, or the links in its email
 * (which work for 24 hours without signing in). A new answer replaces the earlier one. Only the
 * people alerted can answer: anyone else gets 404. "I need help" tells the sender at once.
 */
@Service
@Transactional
public class AlertResponses {

    static final String NEED_HELP_NOTICE = "safety.needHelp";

    private final JdbcClient jdbc;
    private final Alerts alerts;
    private final AlertDelivery delivery;
    private final NotificationManagement notifications;
    private final DirectoryManagement directory;

    AlertResponses(JdbcClient jdbc, Alerts alerts, AlertDelivery delivery, NotificationManagement notifications,
            DirectoryManagement directory) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.delivery = delivery;
        this.notifications = notifications;
        this.directory = directory;
    }

    /** The signed-in person answers an alert they were alerted by. */
    public AlertStatus answer(CurrentUser person, UUID alertId, @Nullable String status) {
        AlertStatus answer = parse(status);
        Alerts.Row alert = alerts.find(person.organizationId(), alertId).orElseThrow(Problems::notFound);
        record(person.organizationId(), alert, person.personId(), person.name(), answer);
        return answer;
    }

    /** What an email's answer link opens: 404 for an unknown link, 410 once it has expired. */
    @Transactional(readOnly = true)
    public AlertAnswerLink link(String token) {
        Linked linked = linked(token).orElseThrow(Problems::notFound);
        if (!Instant.now().isBefore(linked.expiresAt())) {
            throw Problems.gone("safety.alerts.answer.expired");
        }
        Alerts.Row alert = alerts.find(linked.orgId(), linked.alertId()).orElseThrow(Problems::notFound);
        OrganizationView library = directory.organization(linked.orgId());
        return new AlertAnswerLink(alert.headline(), alert.message(), alert.drill(), alert.allClearAt() != null,
                linked.status(), linked.expiresAt(), directory.currentUser(linked.personId())
                        .map(CurrentUser::locale).orElse(library.defaultLocale()), library.zone());
    }

    /** Answers through an email's link, without signing in: 404 for an unknown link, 410 once expired. */
    public AlertStatus answer(String token, @Nullable String status) {
        AlertStatus answer = parse(status);
        Linked linked = linked(token).orElseThrow(Problems::notFound);
        if (!Instant.now().isBefore(linked.expiresAt())) {
            throw Problems.gone("safety.alerts.answer.expired");
        }
        Alerts.Row alert = alerts.find(linked.orgId(), linked.alertId()).orElseThrow(Problems::notFound);
        record(linked.orgId(), alert, linked.personId(), linked.name(), answer);
        return answer;
    }

    private void record(UUID orgId, Alerts.Row alert, UUID personId, String name, AlertStatus answer) {
        int changed = jdbc.sql("""
                UPDATE safety_alert_recipient SET status = ?, answered_at = ?
                WHERE alert_id = ? AND org_id = ? AND person_id = ?""")
                .params(answer.name(), Timestamp.from(Instant.now()), alert.id(), orgId, personId).update();
        if (changed == 0) {
            throw Problems.notFound();
        }
        Set<UUID> helpers = new LinkedHashSet<>();
        helpers.add(alert.sentBy());
        helpers.addAll(directory.activeWithRole(orgId, Role.SAFETY_LEAD));
        helpers.remove(personId);
        if (answer == AlertStatus.NEED_HELP && !helpers.isEmpty()) {
            notifications.notify(new Notice(orgId, helpers, NEED_HELP_NOTICE,
                    "safety.alerts.notice.needHelp", List.of(name, alert.headline()), AlertDelivery.path(alert.id()),
                    null, true));
        }
        LiveStream.afterCommit(() -> delivery.publishCounts(orgId, alert.id(), alerts.counts(orgId, alert.id())));
    }

    private static AlertStatus parse(@Nullable String status) {
        if (status == null || status.isBlank()) {
            throw Problems.invalid("status", "validation.required");
        }
        try {
            return AlertStatus.valueOf(status.strip());
        } catch (IllegalArgumentException unknown) {
            throw Problems.invalid("status", "safety.alerts.unknownStatus");
        }
    }

    private Optional<Linked> linked(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT alert_id, org_id, person_id, name, status, token_expires_at FROM safety_alert_recipient
                WHERE token_hash = ?""")
                .param(SecretTokens.hash(token))
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    return new Linked(rs.getObject("alert_id", UUID.class), rs.getObject("org_id", UUID.class),
                            rs.getObject("person_id", UUID.class), rs.getString("name"),
                            status == null ? null : AlertStatus.valueOf(status), rs.getTimestamp("token_expires_at").toInstant());
                }).optional();
    }

    private record Linked(UUID alertId, UUID orgId, UUID personId, String name, @Nullable AlertStatus status,
            Instant expiresAt) {}
}

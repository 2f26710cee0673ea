package org.shelfcare.safety;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.Contact;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.SecretTokens;
import org.shelfcare.directory.Unit;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Safety alerts: a safety lead or an admin (or any staff member, for the types in
 * {@link AlertTypes#ANY_STAFF}, when the library allows it) alerts a branch or the whole library
 * from a template; everyone alerted gets it at once in the app and by email, and answers "I'm safe"
 * or "I need help". The people who oversee an alert (safety leads, admins, its sender) see the
 * answers person by person and give the "all clear".
 *
 * <p>Sending writes the alert, one row per person alerted and their emails in batched statements,
 * in one transaction, so that an alert to thousands of people takes a few statements.
 */
@Service("safetyAlerts")
public class Alerts {

    /** An answer link in an alert's email works this long without signing in. */
    public static final Duration ANSWER_LINK_LIFETIME = Duration.ofHours(24);

    private static final int INSERT_BATCH = 500;
    private static final int LISTED = 100;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final DirectoryManagement directory;
    private final AlertTemplates templates;
    private final AlertDelivery delivery;
    private final AlertTypes types;

    Alerts(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions,
            DirectoryManagement directory, AlertTemplates templates, AlertDelivery delivery, AlertTypes types) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = new TransactionTemplate(transactions);
        this.directory = directory;
        this.templates = templates;
        this.delivery = delivery;
        this.types = types;
    }

    /** Safety leads and admins oversee every alert of their library. */
    public static boolean isOverseer(CurrentUser user) {
        return user.has(Role.SAFETY_LEAD) || user.isAdmin();
    }

    /**
     * The types {@code user} may send, of the library's types that are not retired: all for
     * overseers, the urgent ones for staff if the library allows.
     */
    @Transactional(readOnly = true)
    public List<String> typesFor(CurrentUser user) {
        List<String> codes = types.codes(user.organizationId());
        if (isOverseer(user)) {
            return codes;
        }
        return staffMayAlert(user.organizationId())
                ? codes.stream().filter(AlertTypes.ANY_STAFF::contains).toList() : List.of();
    }

    /**
     * Sends an alert and answers its id. A second send with the same {@code formToken} (a double
     * click) answers the first alert's id and sends nothing.
     */
    public UUID send(CurrentUser sender, AlertDraft draft, @Nullable String formToken) {
        String token = formToken == null || formToken.isBlank() ? null : formToken.strip();
        if (token != null) {
            Optional<UUID> earlier = sentWith(sender, token);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        String type = draft.type() == null ? "" : draft.type().strip();
        if (!types.known(sender.organizationId(), type)) {
            throw Problems.invalid("type", "safety.alerts.unknownType");
        }
        if (!typesFor(sender).contains(type)) {
            throw Problems.forbidden();
        }
        Map<UUID, String> branches = new HashMap<>();
        directory.branches(sender.organizationId()).forEach(unit -> branches.put(unit.id(), unit.name()));
        Set<UUID> audience = new LinkedHashSet<>(draft.branchIds());
        if (!branches.keySet().containsAll(audience)) {
            throw Problems.notFound();
        }
        AlertTemplate template = templates.forType(sender.organizationId(), type);
        String typed = draft.message() == null ? "" : draft.message().strip();
        if (typed.length() > AlertTemplates.TEXT_MAX) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("message", "validation.tooLong",
                    new Object[] {AlertTemplates.TEXT_MAX})));
        }
        String message = typed.isEmpty() ? template.message() : typed;
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        List<Contact> people = directory.contacts(sender.organizationId(), audience);
        Map<UUID, String> tokens = new HashMap<>();
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("""
                        INSERT INTO safety_alert (id, org_id, type, headline, message, drill, whole_library, sent_by,
                            sent_at, form_token)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, sender.organizationId(), type, template.headline(), message, draft.drill(),
                                audience.isEmpty(), sender.personId(), Timestamp.from(now), token)
                        .update();
                for (UUID branch : audience) {
                    jdbc.sql("INSERT INTO safety_alert_branch (alert_id, org_id, branch_id) VALUES (?, ?, ?)")
                            .params(id, sender.organizationId(), branch).update();
                }
                Timestamp expires = Timestamp.from(now.plus(ANSWER_LINK_LIFETIME));
                List<Object[]> rows = new ArrayList<>(people.size());
                for (Contact person : people) {
                    String secret = SecretTokens.generate();
                    tokens.put(person.id(), secret);
                    rows.add(new Object[] {id, sender.organizationId(), person.id(), person.name(),
                            SecretTokens.hash(secret), expires});
                }
                for (int from = 0; from < rows.size(); from += INSERT_BATCH) {
                    jdbcTemplate.batchUpdate("""
                            INSERT INTO safety_alert_recipient (alert_id, org_id, person_id, name, token_hash,
                                token_expires_at)
                            VALUES (?, ?, ?, ?, ?, ?)""", rows.subList(from, Math.min(rows.size(), from + INSERT_BATCH)));
                }
                delivery.queueSent(new AlertDelivery.Sent(id, sender.organizationId(), type, template.headline(),
                        message, draft.drill()), people, tokens);
            });
        } catch (DuplicateKeyException sameFormToken) {
            if (token != null) {
                return sentWith(sender, token).orElseThrow(() -> sameFormToken);
            }
            throw sameFormToken;
        }
        delivery.publishSent(new AlertDelivery.Sent(id, sender.organizationId(), type, template.headline(), message,
                draft.drill()), people.stream().map(Contact::id).toList());
        return id;
    }

    /** The alert the person already sent with this form token, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> sentWith(CurrentUser sender, String formToken) {
        return jdbc.sql("SELECT id FROM safety_alert WHERE org_id = ? AND sent_by = ? AND form_token = ?")
                .params(sender.organizationId(), sender.personId(), formToken).query(UUID.class).optional();
    }

    /**
     * An alert as {@code viewer} sees it. Anyone alerted sees it; safety leads, admins and its
     * sender see everyone's answers; anyone else (and another library) gets 404.
     */
    @Transactional(readOnly = true)
    public AlertView view(CurrentUser viewer, UUID id) {
        Row alert = find(viewer.organizationId(), id).orElseThrow(Problems::notFound);
        List<Answer> answers = answers(viewer.organizationId(), id);
        Answer mine = answers.stream().filter(a -> a.personId().equals(viewer.personId())).findFirst().orElse(null);
        boolean overseer = isOverseer(viewer) || alert.sentBy().equals(viewer.personId());
        if (mine == null && !overseer) {
            throw Problems.notFound();
        }
        List<AlertView.Person> needHelp = new ArrayList<>();
        List<AlertView.Person> noResponse = new ArrayList<>();
        int safe = 0;
        for (Answer answer : answers) {
            if (answer.status() == AlertStatus.SAFE) {
                safe++;
            } else if (answer.status() == AlertStatus.NEED_HELP) {
                needHelp.add(new AlertView.Person(answer.personId(), answer.name(), answer.answeredAt()));
            } else {
                noResponse.add(new AlertView.Person(answer.personId(), answer.name(), null));
            }
        }
        needHelp.sort((a, b) -> b.answeredAt().compareTo(a.answeredAt()));
        AlertCounts counts = new AlertCounts(safe, needHelp.size(), noResponse.size());
        List<String> branchNames = jdbc.sql("SELECT branch_id FROM safety_alert_branch WHERE alert_id = ? AND org_id = ?")
                .params(id, viewer.organizationId()).query(UUID.class).list().stream()
                .map(branch -> directory.branches(viewer.organizationId()).stream()
                        .filter(unit -> unit.id().equals(branch)).map(Unit::name).findFirst().orElse(""))
                .filter(name -> !name.isEmpty()).sorted().toList();
        String senderName = directory.currentUser(alert.sentBy()).map(CurrentUser::name).orElse("");
        return new AlertView(alert.id(), alert.type(), types.label(viewer.organizationId(), alert.type(), viewer.locale()),
                alert.headline(), alert.message(), alert.drill(), alert.sentAt(),
                senderName, branchNames, alert.allClearAt(), alert.allClearMessage(), counts,
                mine == null ? null : mine.status(), mine != null, overseer, overseer ? needHelp : List.of(),
                overseer ? noResponse : List.of());
    }

    /** True when {@code viewer} sees the answers of everyone alerted (for the live counts' topic). */
    @Transactional(readOnly = true)
    public boolean oversees(CurrentUser viewer, UUID id) {
        return find(viewer.organizationId(), id)
                .map(alert -> isOverseer(viewer) || alert.sentBy().equals(viewer.personId())).orElse(false);
    }

    /**
     * The alerts sent to the person in the last day, newest first, with their own answer: what the
     * banner on their pages shows (those without an all clear; a cleared one only while on screen).
     */
    @Transactional(readOnly = true)
    public List<BannerAlert> inBanner(UUID personId) {
        return jdbc.sql("""
                SELECT a.id, a.headline, a.message, a.drill, a.all_clear_at, r.status FROM safety_alert_recipient r
                JOIN safety_alert a ON a.id = r.alert_id AND a.org_id = r.org_id
                WHERE r.person_id = ? AND a.sent_at > ?
                ORDER BY a.sent_at DESC""")
                .params(personId, Timestamp.from(Instant.now().minus(ANSWER_LINK_LIFETIME)))
                .query((rs, n) -> new BannerAlert(rs.getObject("id", UUID.class), rs.getBoolean("drill"),
                        rs.getString("headline"), rs.getString("message"), rs.getString("status"),
                        rs.getTimestamp("all_clear_at") != null))
                .list();
    }

    /**
     * The library's alerts, newest first: all of them for safety leads and admins (with counts),
     * else the ones the person was alerted by or sent.
     */
    @Transactional(readOnly = true)
    public List<AlertSummary> list(CurrentUser viewer) {
        boolean overseer = isOverseer(viewer);
        String where = overseer ? "a.org_id = ?" : """
                a.org_id = ? AND (a.sent_by = ? OR EXISTS (SELECT 1 FROM safety_alert_recipient r
                    WHERE r.alert_id = a.id AND r.org_id = a.org_id AND r.person_id = ?))""";
        List<Object> params = overseer ? List.of(viewer.organizationId())
                : List.of(viewer.organizationId(), viewer.personId(), viewer.personId());
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM safety_alert a WHERE " + where
                        + " ORDER BY a.sent_at DESC, a.id LIMIT " + LISTED)
                .params(params).query((rs, n) -> map(rs)).list();
        Map<UUID, AlertCounts> counts = overseer ? counts(viewer.organizationId(), rows) : Map.of();
        Map<String, String> labels = types.labels(viewer.organizationId(), viewer.locale());
        return rows.stream().map(row -> new AlertSummary(row.id(), row.type(),
                labels.getOrDefault(row.type(), row.type()), row.headline(), row.drill(), row.sentAt(),
                row.allClearAt(), overseer || row.sentBy().equals(viewer.personId())
                        ? counts.getOrDefault(row.id(), counts(viewer.organizationId(), row.id())) : null)).toList();
    }

    /**
     * Gives the "all clear": everyone alerted hears it the way they heard the alert. Safety leads,
     * admins and the sender may; a second "all clear" changes nothing.
     */
    public AlertView allClear(CurrentUser user, UUID id, @Nullable String message) {
        Row alert = find(user.organizationId(), id).orElseThrow(Problems::notFound);
        if (!isOverseer(user) && !alert.sentBy().equals(user.personId())) {
            boolean alerted = jdbc.sql("SELECT count(*) FROM safety_alert_recipient WHERE alert_id = ? AND org_id = ? AND person_id = ?")
                    .params(id, user.organizationId(), user.personId()).query(Long.class).single() > 0;
            throw alerted ? Problems.forbidden() : Problems.notFound();
        }
        String typed = message == null ? "" : message.strip();
        if (typed.length() > AlertTemplates.TEXT_MAX) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("message", "validation.tooLong",
                    new Object[] {AlertTemplates.TEXT_MAX})));
        }
        String text = typed.isEmpty() ? templates.forType(user.organizationId(), alert.type()).allClear() : typed;
        List<UUID> people = new ArrayList<>();
        boolean cleared = Boolean.TRUE.equals(transaction.execute(status -> {
            int changed = jdbc.sql("""
                    UPDATE safety_alert SET all_clear_at = ?, all_clear_by = ?, all_clear_message = ?
                    WHERE id = ? AND org_id = ? AND all_clear_at IS NULL""")
                    .params(Timestamp.from(Instant.now()), user.personId(), text, id, user.organizationId()).update();
            if (changed == 0) {
                return false;
            }
            people.addAll(jdbc.sql("SELECT person_id FROM safety_alert_recipient WHERE alert_id = ? AND org_id = ?")
                    .params(id, user.organizationId()).query(UUID.class).list());
            AlertDelivery.Sent sent = new AlertDelivery.Sent(id, user.organizationId(), alert.type(), alert.headline(),
                    text, alert.drill());
            delivery.queueAllClear(sent, directory.contacts(user.organizationId(), Set.of()).stream()
                    .filter(contact -> people.contains(contact.id())).toList());
            return true;
        }));
        if (cleared) {
            delivery.publishAllClear(new AlertDelivery.Sent(id, user.organizationId(), alert.type(), alert.headline(),
                    text, alert.drill()), people);
        }
        return view(user, id);
    }

    // ---- the library's setting -----------------------------------------------------------------------

    /** Whether any staff member may send the urgent types ({@link AlertTypes#ANY_STAFF}); off by default. */
    @Transactional(readOnly = true)
    public boolean staffMayAlert(UUID orgId) {
        return jdbc.sql("SELECT staff_may_alert FROM safety_alert_setting WHERE org_id = ?").param(orgId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Admins decide whether any staff member may send the urgent types. */
    @Transactional
    public void setStaffMayAlert(CurrentUser admin, boolean allowed) {
        admin.require(Role.ADMIN);
        if (jdbc.sql("UPDATE safety_alert_setting SET staff_may_alert = ? WHERE org_id = ?")
                .params(allowed, admin.organizationId()).update() == 0) {
            jdbc.sql("INSERT INTO safety_alert_setting (org_id, staff_may_alert) VALUES (?, ?)")
                    .params(admin.organizationId(), allowed).update();
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------

    AlertCounts counts(UUID orgId, UUID alertId) {
        int[] counts = new int[3];
        jdbc.sql("SELECT status, count(*) AS n FROM safety_alert_recipient WHERE alert_id = ? AND org_id = ? GROUP BY status")
                .params(alertId, orgId).query(rs -> {
                    String status = rs.getString("status");
                    int index = status == null ? 2 : AlertStatus.valueOf(status) == AlertStatus.SAFE ? 0 : 1;
                    counts[index] = rs.getInt("n");
                });
        return new AlertCounts(counts[0], counts[1], counts[2]);
    }

    private Map<UUID, AlertCounts> counts(UUID orgId, List<Row> rows) {
        Map<UUID, AlertCounts> counts = new HashMap<>();
        rows.forEach(row -> counts.put(row.id(), counts(orgId, row.id())));
        return counts;
    }

    private List<Answer> answers(UUID orgId, UUID alertId) {
        return jdbc.sql("""
                SELECT person_id, name, status, answered_at FROM safety_alert_recipient
                WHERE alert_id = ? AND org_id = ? ORDER BY lower(name), person_id""")
                .params(alertId, orgId)
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    Timestamp at = rs.getTimestamp("answered_at");
                    return new Answer(rs.getObject("person_id", UUID.class), rs.getString("name"),
                            status == null ? null : AlertStatus.valueOf(status), at == null ? null : at.toInstant());
                }).list();
    }

    Optional<Row> find(UUID orgId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety_alert a WHERE a.id = ? AND a.org_id = ?")
                .params(id, orgId).query((rs, n) -> map(rs)).optional();
    }

    private static final String COLUMNS = """
            a.id, a.type, a.headline, a.message, a.drill, a.sent_by, a.sent_at, a.all_clear_at, a.all_clear_message""";

    private static Row map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp clear = rs.getTimestamp("all_clear_at");
        return new Row(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("headline"),
                rs.getString("message"), rs.getBoolean("drill"), rs.getObject("sent_by", UUID.class),
                rs.getTimestamp("sent_at").toInstant(), clear == null ? null : clear.toInstant(),
                rs.getString("all_clear_message"));
    }

    record Row(UUID id, String type, String headline, String message, boolean drill, UUID sentBy, Instant sentAt,
            @Nullable Instant allClearAt, @Nullable String allClearMessage) {}

    private record Answer(UUID personId, String name, @Nullable AlertStatus status, @Nullable Instant answeredAt) {}
}

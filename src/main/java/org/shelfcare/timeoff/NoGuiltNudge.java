package org.shelfcare.timeoff;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The no-guilt nudge: when a library switches it on, a person who has had no approved time off
 * (taken or planned) for N months gets a kind, private notification, at most once every N months,
 * unless they switched that kind of notification off. ShelfCare only knows about time off since it
 * started watching, so the months count from when the nudge was switched on (or the person joined
 * later). Supervisors see the names of their own reports who have had no time off for that long,
 * admins everyone's: names only, never a count of days.
 */
@Service
@Transactional
public class NoGuiltNudge {

    /** The kind of notification people can switch off. */
    public static final String NOTICE = "timeoff.nudge";
    public static final int DEFAULT_MONTHS = 6;
    public static final int MAX_MONTHS = 24;

    private static final Logger log = LoggerFactory.getLogger(NoGuiltNudge.class);

    private final JdbcClient jdbc;
    private final DirectoryManagement directory;
    private final NotificationManagement notifications;

    NoGuiltNudge(JdbcClient jdbc, DirectoryManagement directory, NotificationManagement notifications) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.notifications = notifications;
    }

    /** The library's setting: off by default, after six months. */
    public record Setting(boolean enabled, int months) {}

    /** Who has had no time off for the setting's months, by name; nothing while it is off. */
    public record Unrested(Setting setting, List<String> names) {}

    @Transactional(readOnly = true)
    public Setting setting(CurrentUser person) {
        return setting(person.organizationId());
    }

    /** Switches the nudge on or off and sets its months (admins; 1 to 24, else a form error). */
    public Setting change(CurrentUser admin, boolean enabled, @Nullable String months) {
        admin.require(Role.ADMIN);
        int n;
        try {
            n = Integer.parseInt(months == null ? "" : months.strip());
        } catch (NumberFormatException notANumber) {
            n = -1;
        }
        if (n < 1 || n > MAX_MONTHS) {
            throw Problems.invalid("months", "timeoff.nudge.monthsRange", MAX_MONTHS);
        }
        UUID orgId = admin.organizationId();
        if (jdbc.sql("UPDATE timeoff_settings SET nudge_enabled = ?, nudge_months = ? WHERE org_id = ?")
                .params(enabled, n, orgId).update() == 0) {
            jdbc.sql("INSERT INTO timeoff_settings (org_id, nudge_enabled, nudge_months) VALUES (?, ?, ?)")
                    .params(orgId, enabled, n).update();
        }
        if (enabled) {
            watch(orgId, directory.activeWithRole(orgId, Role.STAFF), today(orgId));
        }
        return new Setting(enabled, n);
    }

    /**
     * The supervisor's own reports (an admin: everyone in the library) who have had no approved time
     * off for the setting's months. Others get 403.
     */
    @Transactional(readOnly = true)
    public Unrested unrested(CurrentUser viewer) {
        if (!viewer.has(Role.SUPERVISOR) && !viewer.isAdmin()) {
            throw Problems.forbidden();
        }
        Setting setting = setting(viewer.organizationId());
        if (!setting.enabled()) {
            return new Unrested(setting, List.of());
        }
        Map<UUID, String> names = new HashMap<>();
        Set<UUID> active = directory.activeWithRole(viewer.organizationId(), Role.STAFF);
        for (PersonView p : directory.people(viewer)) {
            if (active.contains(p.id()) && (viewer.isAdmin() || viewer.personId().equals(p.supervisorId()))) {
                names.put(p.id(), p.name());
            }
        }
        List<String> unrested = due(viewer.organizationId(), today(viewer.organizationId()), setting.months(), false)
                .stream().filter(names::containsKey).map(names::get).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return new Unrested(setting, unrested);
    }

    /** Sends the nudges that are due in every library that has the nudge on; the scheduler calls it. */
    public int sendDue(Instant now) {
        int sent = 0;
        List<UUID> libraries = jdbc.sql("SELECT org_id FROM timeoff_settings WHERE nudge_enabled = TRUE")
                .query(UUID.class).list();
        for (UUID orgId : libraries) {
            OrganizationView org = directory.organization(orgId);
            if (!org.active() || directory.disabledModules(orgId).contains("timeoff")) {
                continue;
            }
            LocalDate today = now.atZone(org.zone()).toLocalDate();
            Set<UUID> active = directory.activeWithRole(orgId, Role.STAFF);
            watch(orgId, active, today);
            int months = setting(orgId).months();
            for (UUID person : due(orgId, today, months, true)) {
                if (!active.contains(person)) {
                    continue;
                }
                notifications.notify(Notice.inApp(orgId, Set.of(person), NOTICE, "timeoff.nudge.notice", List.of(),
                        "/timeoff/requests/new"));
                jdbc.sql("UPDATE timeoff_nudge SET last_nudged = ? WHERE org_id = ? AND person_id = ?")
                        .params(Date.valueOf(today), orgId, person).update();
                sent++;
            }
        }
        if (sent > 0) {
            log.info("No-guilt nudge: {} reminders sent", sent);
        }
        return sent;
    }

    /**
     * People watched for at least {@code months} with no approved time off touching the last
     * {@code months} or later; with {@code notNudgedLately}, only those not nudged in that time.
     */
    private List<UUID> due(UUID orgId, LocalDate today, int months, boolean notNudgedLately) {
        LocalDate cutoff = today.minusMonths(months);
        return jdbc.sql("""
                SELECT n.person_id FROM timeoff_nudge n
                WHERE n.org_id = :org AND n.watched_since <= :cutoff
                AND (:any OR n.last_nudged IS NULL OR n.last_nudged <= :cutoff)
                AND NOT EXISTS (SELECT 1 FROM timeoff_request r WHERE r.org_id = n.org_id AND r.person_id = n.person_id
                    AND r.status = 'APPROVED' AND r.end_date >= :cutoff)""")
                .param("org", orgId).param("cutoff", Date.valueOf(cutoff)).param("any", !notNudgedLately)
                .query(UUID.class).list();
    }

    /** Starts watching whoever is not watched yet, from today. */
    private void watch(UUID orgId, Set<UUID> people, LocalDate today) {
        Set<UUID> watched = Set.copyOf(jdbc.sql("SELECT person_id FROM timeoff_nudge WHERE org_id = ?").param(orgId)
                .query(UUID.class).list());
        for (UUID person : people) {
            if (!watched.contains(person)) {
                jdbc.sql("INSERT INTO timeoff_nudge (org_id, person_id, watched_since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(orgId, person, Date.valueOf(today)).update();
            }
        }
    }

    private Setting setting(UUID orgId) {
        return jdbc.sql("SELECT nudge_enabled, nudge_months FROM timeoff_settings WHERE org_id = ?").param(orgId)
                .query((rs, n) -> new Setting(rs.getBoolean("nudge_enabled"), rs.getInt("nudge_months"))).optional()
                .orElse(new Setting(false, DEFAULT_MONTHS));
    }

    private LocalDate today(UUID orgId) {
        return LocalDate.now(directory.organization(orgId).zone());
    }
}

package org.shelfcare.programs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many days after a session a library keeps its registrations (names, emails, party sizes and
 * who came): admins choose from {@link #MIN_DAYS} to {@link #MAX_DAYS}; a library that never chose
 * keeps the instance's setting ({@code shelfcare.programs.keep-registrations}, 30 days).
 */
@Service
@Transactional
public class RegistrationRetention {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    /** The field's name in forms and the API. */
    public static final String FIELD = "keepRegistrationsDays";

    private final JdbcClient jdbc;
    private final Programs programs;
    private final Duration keep;
    private final int defaultDays;

    RegistrationRetention(JdbcClient jdbc, Programs programs,
            @Value("${shelfcare.programs.keep-registrations:30d}") Duration keep) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.keep = keep;
        this.defaultDays = (int) Math.max(MIN_DAYS, Math.min(MAX_DAYS, keep.toDays()));
    }

    /** The instance's number of days, for libraries that did not choose their own. */
    public int defaultDays() {
        return defaultDays;
    }

    /** The library's number of days. */
    @Transactional(readOnly = true)
    public int days(UUID orgId) {
        return jdbc.sql("SELECT keep_registrations_days FROM program_settings WHERE org_id = ?").param(orgId)
                .query(Integer.class).optional().orElse(defaultDays);
    }

    /** The library's number of days, as an admin sees it to change it (others 403). */
    @Transactional(readOnly = true)
    public int days(CurrentUser admin) {
        if (!admin.isAdmin()) {
            throw Problems.forbidden();
        }
        return days(admin.organizationId());
    }

    /** Sets the library's number of days; admins only; see {@link #check}. */
    public void set(CurrentUser admin, @Nullable Integer days) {
        if (!admin.isAdmin()) {
            throw Problems.forbidden();
        }
        check(days);
        int changed = jdbc.sql("UPDATE program_settings SET keep_registrations_days = ? WHERE org_id = ?")
                .params(days, admin.organizationId()).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO program_settings (org_id, keep_registrations_days) VALUES (?, ?)")
                    .params(admin.organizationId(), days).update();
        }
    }

    /** A number of days missing or outside 1 to 365 answers 400 ({@link #FIELD}). */
    public static void check(@Nullable Integer days) {
        if (days == null) {
            throw Problems.invalid(FIELD, "validation.required");
        }
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw Problems.invalid(FIELD, "programs.retention.range", MIN_DAYS, MAX_DAYS);
        }
    }

    /** Deletes the registrations each library keeps no longer; answers how many. */
    int deleteExpired(Instant now) {
        int deleted = programs.deleteRegistrationsOfSessionsEndedBefore(now.minus(keep));
        for (Map.Entry<UUID, Integer> chosen : chosen().entrySet()) {
            deleted += programs.deleteRegistrationsOfSessionsEndedBefore(now.minus(Duration.ofDays(chosen.getValue())),
                    chosen.getKey());
        }
        return deleted;
    }

    private Map<UUID, Integer> chosen() {
        return jdbc.sql("SELECT org_id, keep_registrations_days FROM program_settings")
                .query((rs, n) -> Map.entry(rs.getObject("org_id", UUID.class), rs.getInt("keep_registrations_days")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

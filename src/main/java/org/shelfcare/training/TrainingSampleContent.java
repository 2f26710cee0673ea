package org.shelfcare.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.RosterMember;
import org.shelfcare.directory.SampleLibraryCreated;
import org.shelfcare.directory.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Trainings for the sample library: the default catalog plus one of the library's own, what
 * circulation staff, supervisors, pages and everyone must take, and completions: most verified,
 * one waiting for a lead, one due soon, and one overdue (Grace Kim's de-escalation, so that the
 * sample's staff login shows what "Overdue" looks like). Made up.
 */
@Component
class TrainingSampleContent {

    /** A completion: who (by name in the sample), which training (by code), months and days ago, verified or not. */
    private record Sample(String person, String code, int monthsAgo, int daysAgo, boolean verified, @Nullable String note) {}

    private static final String OWN = "OWN";

    private static final List<Sample> COMPLETIONS = List.of(
            new Sample("Margaret Chen", "TRAUMA_INFORMED", 8, 0, true, null),
            new Sample("Luis Hernández", "TRAUMA_INFORMED", 8, 0, true, null),
            new Sample("Grace Kim", "TRAUMA_INFORMED", 7, 3, true, null),
            new Sample("Aaliyah Johnson", "TRAUMA_INFORMED", 7, 3, true, null),
            new Sample("Hannah Lee", "TRAUMA_INFORMED", 9, 0, true, null),
            new Sample("Tom Becker", "TRAUMA_INFORMED", 0, 12, false, "Self-paced module, finished on a Saturday shift."),
            new Sample("Luis Hernández", "DE_ESCALATION", 10, 0, true, null),
            new Sample("Aaliyah Johnson", "DE_ESCALATION", 23, 10, true, null),
            new Sample("Grace Kim", "DE_ESCALATION", 26, 0, true, null),
            new Sample("Tom Becker", "DE_ESCALATION", 3, 0, false, "Workshop at the Central Library meeting room."),
            new Sample("Noah Patel", "DE_ESCALATION", 5, 0, true, null),
            new Sample("Margaret Chen", "BOMB_THREAT", 4, 0, true, null),
            new Sample("Carlos Mendoza", "BOMB_THREAT", 2, 0, true, null),
            new Sample("Luis Hernández", "BOMB_THREAT", 6, 0, true, null),
            new Sample("Emma Walsh", "EMERGENCY_DRILLS", 5, 0, true, null),
            new Sample("Priya Raman", OWN, 1, 0, true, null));

    private final TrainingManagement training;
    private final DirectoryManagement directory;
    private final JdbcClient jdbc;

    TrainingSampleContent(TrainingManagement training, DirectoryManagement directory, JdbcClient jdbc) {
        this.training = training;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated sample) {
        UUID org = sample.organizationId();
        training.ensureDefaults(org);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(directory.organization(org).zone());
        Map<String, UUID> items = new HashMap<>();
        jdbc.sql("SELECT code, id FROM training_item WHERE org_id = ? AND code IS NOT NULL").param(org)
                .query(rs -> {
                    items.put(rs.getString("code"), rs.getObject("id", UUID.class));
                });
        UUID own = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO training_item (id, org_id, code, title, description, provider, link, format,
                    duration_minutes, recert_months, retired, created_at)
                VALUES (?, ?, NULL, ?, ?, ?, NULL, 'SELF_PACED', 20, NULL, FALSE, ?)""")
                .params(own, org, "Welcome to the library: our code of conduct",
                        "How we greet patrons, what the code of conduct asks of everyone, and who to call when a"
                                + " situation needs help. A short read with a quiz at the end.",
                        "Your library", Timestamp.from(now))
                .update();
        items.put(OWN, own);

        UUID circulation = directory.departments(org).stream().filter(d -> d.name().equals("Circulation"))
                .map(Unit::id).findFirst().orElse(null);
        requirement(org, items.get("TRAUMA_INFORMED"), Audience.EVERYONE, null, null, now);
        if (circulation != null) {
            requirement(org, items.get("DE_ESCALATION"), Audience.DEPARTMENT, circulation.toString(), 24, now);
        }
        requirement(org, items.get("BOMB_THREAT"), Audience.ROLE, "SUPERVISOR", 12, now);
        requirement(org, items.get("EMERGENCY_DRILLS"), Audience.JOB_TITLE, "Library Page", 12, now);

        Map<String, UUID> people = new HashMap<>();
        for (RosterMember m : directory.roster(org)) {
            people.put(m.name(), m.id());
        }
        UUID lead = people.getOrDefault("Hannah Lee", sample.directorId());
        for (Sample s : COMPLETIONS) {
            UUID person = people.get(s.person());
            UUID item = items.get(s.code());
            if (person == null || item == null) {
                continue;
            }
            LocalDate done = today.minusMonths(s.monthsAgo()).minusDays(s.daysAgo());
            UUID reviewer = person.equals(lead) ? sample.directorId() : lead;
            jdbc.sql("""
                    INSERT INTO training_completion (id, org_id, item_id, person_id, completed_on, note, status,
                        reviewed_by, reviewed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), org, item, person, Date.valueOf(done), s.note(),
                            s.verified() ? "VERIFIED" : "PENDING", s.verified() ? reviewer : null,
                            s.verified() ? Timestamp.from(now) : null, Timestamp.from(now))
                    .update();
        }
    }

    private void requirement(UUID org, @Nullable UUID item, Audience audience, @Nullable String value,
            @Nullable Integer months, Instant now) {
        if (item == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO training_requirement (id, org_id, item_id, audience_kind, audience_value, interval_months,
                    created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), org, item, audience.name(), value, months, Timestamp.from(now))
                .update();
    }
}

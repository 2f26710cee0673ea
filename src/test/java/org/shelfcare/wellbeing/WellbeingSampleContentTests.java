package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.support.SampleLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sample library comes with a few weeks of made-up wellbeing content, written and sealed like
 * anyone's real entries, and it goes when the sample is deleted.
 */
@IntegrationTest
class WellbeingSampleContentTests extends SampleLibraryTest {

    private static final List<String> TABLES = List.of("wellbeing_checkin", "wellbeing_reflection",
            "wellbeing_journal_entry", "wellbeing_leader_post");

    @Autowired DirectoryManagement directory;
    @Autowired JdbcClient jdbc;
    @Autowired WellbeingManagement wellbeing;
    @Autowired Reflections reflections;
    @Autowired Journal journal;
    @Autowired LeadersCorner leaders;

    private CurrentUser staff(String login) {
        UUID id = jdbc.sql("SELECT id FROM person WHERE email = ? OR username = ?").params(login, login)
                .query(UUID.class).single();
        return directory.currentUser(id).orElseThrow();
    }

    private int rows(String table, UUID orgId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE org_id = ?").param(orgId).query(Integer.class).single();
    }

    @Test
    void loadingTheSampleWritesWeeksOfSealedContentQuicklyAndDeletingItRemovesIt() throws Exception {
        long started = System.nanoTime();
        UUID orgId = loadSample();
        // the content is written after the sample's own transaction, in one of its own: all or nothing
        for (int wait = 0; wait < 300 && rows("wellbeing_leader_post", orgId) == 0; wait++) {
            Thread.sleep(100);
        }
        Duration ready = Duration.ofNanos(System.nanoTime() - started);
        assertThat(ready).as("the sample with its wellbeing content is ready quickly, even on a busy machine")
                .isLessThan(Duration.ofSeconds(20));

        CurrentUser grace = staff("grace.kim@maplevalley.example");
        LocalDate today = LocalDate.now(grace.zone());
        List<CheckIn> checkIns = wellbeing.checkIns(grace, null, null);
        assertThat(checkIns).as("about three weeks of check-ins").hasSizeBetween(8, 21)
                .allSatisfy(c -> assertThat(c.date()).isBefore(today).isAfterOrEqualTo(today.minusDays(21)));
        assertThat(checkIns).extracting(CheckIn::mood).as("varied scores").hasSizeGreaterThan(1)
                .satisfies(moods -> assertThat(moods.stream().distinct().count()).isGreaterThan(1));
        assertThat(staff("mv.ewalsh").personId()).isNotNull();
        assertThat(wellbeing.checkIns(staff("mv.ewalsh"), null, null)).as("the page the visitor may sign in as")
                .isNotEmpty();

        List<String> opened = new ArrayList<>();
        checkIns.stream().map(CheckIn::note).filter(Objects::nonNull).forEach(opened::add);
        for (ReflectionKind kind : ReflectionKind.values()) {
            reflections.reflections(grace, kind).forEach(r -> opened.add(Objects.requireNonNull(r.text())));
        }
        List<JournalEntry> entries = journal.entries(grace, null, null);
        assertThat(entries).hasSize(2);
        entries.forEach(e -> opened.add(e.body()));
        assertThat(opened).as("her own entries open for her").hasSizeGreaterThan(5).allSatisfy(text -> assertThat(text).isNotBlank());

        String stored = String.join("\n", jdbc.sql("""
                SELECT coalesce(c.note, '') FROM wellbeing_checkin c WHERE c.org_id = ?
                UNION ALL SELECT r.body FROM wellbeing_reflection r WHERE r.org_id = ?
                UNION ALL SELECT j.body FROM wellbeing_journal_entry j WHERE j.org_id = ?""")
                .params(orgId, orgId, orgId).query(String.class).list());
        assertThat(opened).as("no plaintext in the tables").allSatisfy(text -> assertThat(stored).doesNotContain(text));

        assertThat(leaders.fromMyLeaders(grace)).as("her supervisor's team post and the director's library-wide ones")
                .extracting(LeaderPost::authorName).contains("Luis Hernández", "Margaret Chen");
        assertThat(leaders.visible(staff("jordan.taylor@maplevalley.example"))).as("another branch's team")
                .extracting(LeaderPost::authorName).doesNotContain("Luis Hernández").contains("Rachel Adams");

        sample.delete(operator);
        for (String table : TABLES) {
            assertThat(rows(table, orgId)).as(table).isZero();
        }
    }
}

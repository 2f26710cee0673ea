package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.support.SampleLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sample library comes with the coverage rules a library system might keep. */
@IntegrationTest
class CoverageSampleContentTests extends SampleLibraryTest {

    @Autowired DirectoryManagement directory;
    @Autowired CoverageManagement coverage;
    @Autowired JdbcClient jdbc;

    @Test
    void theSampleHasCoverageRulesForItsDesksAndBranches() {
        UUID orgId = loadSample();
        UUID directorId = jdbc.sql("SELECT id FROM person WHERE email = 'margaret.chen@maplevalley.example'")
                .query(UUID.class).single();
        CurrentUser director = directory.currentUser(directorId).orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> coverage.rules(director).size() == 4);
        List<CoverageRule> rules = coverage.rules(director);
        assertThat(rules).extracting(CoverageRule::unit).containsExactlyInAnyOrder("Central Library, Circulation",
                "Central Library, Youth Services", "Eastside Branch", "Riverside Branch");
        assertThat(rules).filteredOn(rule -> rule.unit().endsWith("Youth Services")).singleElement()
                .satisfies(rule -> assertThat(rule.part()).isNotNull());
        assertThat(rules).allSatisfy(rule -> assertThat(rule.teamSize()).isPositive());
        assertThat(jdbc.sql("SELECT count(*) FROM timeoff_coverage_rule WHERE org_id = ?").param(orgId)
                .query(Integer.class).single()).isEqualTo(4);
    }
}

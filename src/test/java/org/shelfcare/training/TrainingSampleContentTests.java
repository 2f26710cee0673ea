package org.shelfcare.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.support.SampleLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sample library comes with the default catalog and one training of its own, requirements for
 * circulation staff, supervisors, pages and everyone, and completions: most verified, some waiting
 * for a lead, and Grace Kim (the sample's staff login) overdue on de-escalation.
 */
@IntegrationTest
class TrainingSampleContentTests extends SampleLibraryTest {

    @Autowired DirectoryManagement directory;
    @Autowired TrainingManagement training;
    @Autowired TrainingCompliance trainingCompliance;
    @Autowired JdbcClient jdbc;

    @Test
    void theSampleHasTrainingsRequirementsAndCompletionsWithOneOverdue() throws Exception {
        loadSample();
        CurrentUser director = person("margaret.chen@maplevalley.example");
        waitForRequirements(director);
        assertThat(training.catalog(director)).extracting(CatalogItem::title)
                .contains("Trauma-informed practice", "De-escalation", "Welcome to the library: our code of conduct");
        assertThat(training.requirements(director)).extracting(r -> r.itemTitle() + " / " + r.audienceLabel())
                .contains("De-escalation / Circulation", "Trauma-informed practice / Everyone",
                        "Bomb threat response / Supervisor", "Emergency drills / Library Page");

        CurrentUser grace = person("grace.kim@maplevalley.example");
        List<TrainingRow> mine = training.myTraining(grace);
        assertThat(mine).filteredOn(TrainingRow::required)
                .extracting(row -> row.item().title() + "=" + row.status())
                .containsExactly("De-escalation=OVERDUE", "Trauma-informed practice=DONE");

        Compliance compliance = trainingCompliance.compliance(director, ComplianceFilter.NONE);
        assertThat(compliance.overdue()).filteredOn(g -> g.status() == TrainingStatus.OVERDUE)
                .extracting(Compliance.Gap::personName).containsExactly("Grace Kim");
        CurrentUser lead = person("hannah.lee@maplevalley.example");
        assertThat(training.pending(lead)).extracting(Completion::personName).contains("Tom Becker");
        assertThat(jdbc.sql("SELECT count(*) FROM training_completion c JOIN organization o ON o.id = c.org_id"
                + " WHERE o.sample = TRUE AND c.status = 'VERIFIED'").query(Integer.class).single()).isGreaterThan(10);
    }

    private CurrentUser person(String email) {
        UUID id = jdbc.sql("SELECT id FROM person WHERE email = ?").param(email).query(UUID.class).single();
        return directory.currentUser(id).orElseThrow();
    }

    private void waitForRequirements(CurrentUser director) throws InterruptedException {
        // the content is added by an asynchronous listener once the sample's transaction commits
        for (int attempt = 0; attempt < 300; attempt++) {
            if (training.requirements(director).size() >= 4) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sample's training requirements did not arrive");
    }
}

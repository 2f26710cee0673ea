package org.shelfcare.safety;

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

/** The sample library's bomb threat shows its playbook worked through and its operational review. */
@IntegrationTest
class PlaybookSampleContentTests extends SampleLibraryTest {

    @Autowired DirectoryManagement directory;
    @Autowired SafetyManagement safety;
    @Autowired Playbooks playbooks;
    @Autowired IncidentReviews reviews;
    @Autowired JdbcClient jdbc;

    @Test
    void theSampleBombThreatHasTicksAndAReview() throws Exception {
        loadSample();
        UUID id = jdbc.sql("SELECT id FROM person WHERE email = ?").param("margaret.chen@maplevalley.example")
                .query(UUID.class).single();
        CurrentUser director = directory.currentUser(id).orElseThrow();
        IncidentSummary bomb = null;
        for (int attempt = 0; attempt < 300 && bomb == null; attempt++) {
            List<IncidentSummary> reports = safety.incidents(director);
            bomb = reports.stream().filter(r -> "BOMB_THREAT".equals(r.typeCode())).findFirst().orElse(null);
            if (bomb == null) {
                Thread.sleep(100);
            }
        }
        assertThat(bomb).as("the sample's bomb threat").isNotNull();

        IncidentPlaybook playbook = playbooks.forIncident(director, bomb.id());
        assertThat(playbook.doneCount()).isEqualTo(6);
        assertThat(playbook.log()).extracting(IncidentPlaybook.Tick::stepText)
                .anySatisfy(text -> assertThat(text).contains("exact words"));
        assertThat(playbook.source()).contains("CISA");
        IncidentReview review = reviews.review(director, bomb.id()).orElseThrow();
        assertThat(review.changes()).contains("meeting point");
    }
}

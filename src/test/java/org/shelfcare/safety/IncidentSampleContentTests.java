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

/** The sample library comes with three past incidents: the director reads them, its care contact their care tracks. */
@IntegrationTest
class IncidentSampleContentTests extends SampleLibraryTest {

    @Autowired DirectoryManagement directory;
    @Autowired SafetyManagement safety;
    @Autowired JdbcClient jdbc;

    @Test
    void theSampleHasPastIncidentsWithANoteAndACareTrack() throws Exception {
        UUID orgId = loadSample();
        CurrentUser director = person("margaret.chen@maplevalley.example");
        List<IncidentSummary> reports = waitForIncidents(director, 3);
        assertThat(reports).extracting(IncidentSummary::typeLabel)
                .containsExactly("Medical emergency", "Challenging patron interaction", "Bomb threat");
        IncidentSummary patron = reports.get(1);
        assertThat(safety.incident(director, patron.id()).notes()).extracting(IncidentNote::text)
                .anySatisfy(text -> assertThat(text).contains("apologized"));

        CurrentUser care = person("daniel.okafor@maplevalley.example");
        CareTrack track = safety.care(care, patron.id());
        assertThat(track.affected()).hasSize(1);
        assertThat(track.notes()).extracting(CareTrack.CareNote::text).anySatisfy(text -> assertThat(text).contains("EAP"));
        assertThat(jdbc.sql("SELECT count(*) FROM safety_incident WHERE org_id = ?").param(orgId).query(Integer.class)
                .single()).isEqualTo(3);
    }

    private CurrentUser person(String email) {
        UUID id = jdbc.sql("SELECT id FROM person WHERE email = ?").param(email).query(UUID.class).single();
        return directory.currentUser(id).orElseThrow();
    }

    private List<IncidentSummary> waitForIncidents(CurrentUser director, int count) throws InterruptedException {
        // the content is added by an asynchronous listener once the sample's transaction commits
        for (int attempt = 0; attempt < 300; attempt++) {
            List<IncidentSummary> reports = safety.incidents(director);
            if (reports.size() >= count) {
                return reports;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sample's incidents did not arrive");
    }
}

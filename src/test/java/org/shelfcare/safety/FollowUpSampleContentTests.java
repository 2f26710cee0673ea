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

/**
 * The sample library's follow-ups: after the bomb threat one colleague answered "I'm OK" and the
 * other asked to talk (a task a care contact has done); the recent incident's first follow-up waits
 * for its person's answer.
 */
@IntegrationTest
class FollowUpSampleContentTests extends SampleLibraryTest {

    @Autowired DirectoryManagement directory;
    @Autowired CareFollowUps followUps;
    @Autowired JdbcClient jdbc;

    @Test
    void theSampleHasAnsweredFollowUpsAndADoneTaskForItsCareContact() throws Exception {
        UUID orgId = loadSample();
        CurrentUser care = person("daniel.okafor@maplevalley.example");
        List<CareFollowUp> all = waitForFollowUps(care);

        assertThat(all).filteredOn(f -> f.answer() == FollowUpAnswer.OK).isNotEmpty();
        assertThat(all).filteredOn(f -> f.answer() == FollowUpAnswer.TALK).singleElement()
                .satisfies(f -> assertThat(f.note()).contains("Thursday afternoon"));
        List<CareTask> tasks = followUps.tasks(care);
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.kind()).isEqualTo(CareTask.TALK);
            assertThat(task.done()).isTrue();
            assertThat(task.incidentLabel()).startsWith("Bomb threat");
        });

        UUID waiting = jdbc.sql("SELECT person_id FROM safety_followup WHERE org_id = ? AND status = 'SENT'").param(orgId)
                .query(UUID.class).single();
        CurrentUser person = directory.currentUser(waiting).orElseThrow();
        assertThat(followUps.pending(person)).hasSize(1);
        assertThat(all).filteredOn(f -> f.status() == FollowUpStatus.SCHEDULED).isNotEmpty();
    }

    private CurrentUser person(String email) {
        UUID id = jdbc.sql("SELECT id FROM person WHERE email = ?").param(email).query(UUID.class).single();
        return directory.currentUser(id).orElseThrow();
    }

    private List<CareFollowUp> waitForFollowUps(CurrentUser care) throws InterruptedException {
        // the content is added by an asynchronous listener once the sample's transaction commits
        for (int attempt = 0; attempt < 300; attempt++) {
            List<CareFollowUp> all = followUps.all(care);
            if (all.size() >= 6) {
                return all;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sample's follow-ups did not arrive");
    }
}

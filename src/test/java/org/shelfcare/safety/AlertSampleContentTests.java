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

/** The sample library comes with a past bomb threat drill, ended with the all clear, that one person never answered. */
@IntegrationTest
class AlertSampleContentTests extends SampleLibraryTest {

    @Autowired DirectoryManagement directory;
    @Autowired Alerts alerts;
    @Autowired JdbcClient jdbc;

    @Test
    void theSampleHasAnAnsweredDrillWithItsAllClear() throws Exception {
        UUID orgId = loadSample();
        CurrentUser director = person("margaret.chen@maplevalley.example");
        AlertSummary drill = waitForAlert(director);
        assertThat(drill.drill()).isTrue();
        assertThat(drill.type()).isEqualTo("BOMB_THREAT");
        assertThat(drill.allClearAt()).isNotNull();

        AlertView view = alerts.view(director, drill.id());
        int people = jdbc.sql("SELECT count(*) FROM person WHERE org_id = ? AND status = 'ACTIVE'").param(orgId)
                .query(Integer.class).single();
        assertThat(view.counts().total()).isEqualTo(people);
        assertThat(view.counts().noResponse()).isEqualTo(1);
        assertThat(view.counts().safe()).isEqualTo(people - 1);
        assertThat(view.allClearMessage()).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM email_outbox WHERE org_id = ? AND subject LIKE ?")
                .params(orgId, "%" + drill.headline() + "%").query(Integer.class).single())
                .as("a past drill sends nothing").isZero();
    }

    private CurrentUser person(String email) {
        UUID id = jdbc.sql("SELECT id FROM person WHERE email = ?").param(email).query(UUID.class).single();
        return directory.currentUser(id).orElseThrow();
    }

    private AlertSummary waitForAlert(CurrentUser director) throws InterruptedException {
        // the content is added by an asynchronous listener once the sample's transaction commits
        for (int attempt = 0; attempt < 300; attempt++) {
            List<AlertSummary> sent = alerts.list(director);
            if (!sent.isEmpty()) {
                return sent.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sample's drill did not arrive");
    }
}

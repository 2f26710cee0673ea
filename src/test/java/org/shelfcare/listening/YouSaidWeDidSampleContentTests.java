package org.shelfcare.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.support.SampleLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sample library comes with suggestions (anonymous ones without author), votes, a theme and two actions in progress. */
@IntegrationTest
class YouSaidWeDidSampleContentTests extends SampleLibraryTest {

    @Autowired DirectoryManagement directory;
    @Autowired JdbcClient jdbc;
    @Autowired YouSaidWeDid actions;

    @Test
    void theSampleLibraryHasSuggestionsAndActionsInProgress() throws Exception {
        UUID orgId = loadSample();
        // the content is added by an asynchronous listener once the sample's transaction commits
        for (int attempt = 0; attempt < 300 && jdbc.sql("SELECT count(*) FROM listening_action_update WHERE org_id = ?")
                .param(orgId).query(Integer.class).single() < 2; attempt++) {
            Thread.sleep(100);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM listening_suggestion WHERE org_id = ? AND anonymous AND author_id IS NULL")
                .param(orgId).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM listening_item_vote WHERE org_id = ?").param(orgId).query(Integer.class).single())
                .isPositive();
        UUID directorId = jdbc.sql("SELECT id FROM person WHERE email = 'margaret.chen@maplevalley.example'")
                .query(UUID.class).single();
        CurrentUser director = directory.currentUser(directorId).orElseThrow();
        assertThat(actions.board(director)).extracting(Action::title)
                .containsExactlyInAnyOrder("A staff quiet room at the central library", "Fairer evening desk rota");
        assertThat(actions.board(director)).allSatisfy(action -> assertThat(action.updates()).hasSize(1));
        assertThat(actions.board(director)).as("each action names the town hall question behind it")
                .allSatisfy(action -> assertThat(action.questions()).singleElement()
                        .satisfies(q -> assertThat(q.sessionTitle()).isEqualTo("Autumn staff town hall")));
        assertThat(actions.board(director).stream().flatMap(a -> a.questions().stream()))
                .as("the town hall's anonymous questions show no asker").allMatch(q -> q.authorName() == null);
    }
}

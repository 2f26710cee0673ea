package org.shelfcare.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.support.SampleLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The sample library comes with a past town hall: questions, votes, answers, one hidden duplicate. */
@IntegrationTest
class ListeningSampleContentTests extends SampleLibraryTest {

    @Autowired MockMvc mvc;
    @Autowired DirectoryManagement directory;
    @Autowired JdbcClient jdbc;

    @Test
    void theSampleHasAPastTownHallWithAnsweredQuestions() throws Exception {
        UUID orgId = loadSample();
        List<Map<String, Object>> questions = waitForQuestions(orgId, 5);
        assertThat(questions).filteredOn(row -> Boolean.TRUE.equals(row.get("anonymous")))
                .hasSize(4).allSatisfy(row -> assertThat(row.get("author_id")).isNull());
        assertThat(jdbc.sql("SELECT count(*) FROM listening_vote WHERE org_id = ?").param(orgId).query(Integer.class)
                .single()).isPositive();

        UUID directorId = jdbc.sql("SELECT id FROM person WHERE email = 'margaret.chen@maplevalley.example'")
                .query(UUID.class).single();
        CurrentUser director = directory.currentUser(directorId).orElseThrow();
        UUID session = jdbc.sql("SELECT id FROM listening_session WHERE org_id = ?").param(orgId).query(UUID.class).single();
        String html = mvc.perform(MockMvcRequestBuilders.get("/listening/sessions/" + session).with(Fixtures.as(director))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Autumn staff town hall", "quiet room", "the old periodicals room", "1 duplicate",
                "This session is closed");
    }

    private List<Map<String, Object>> waitForQuestions(UUID orgId, int count) throws InterruptedException {
        // the content is added by an asynchronous listener once the sample's transaction commits
        for (int attempt = 0; attempt < 300; attempt++) {
            List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM listening_question WHERE org_id = ?").param(orgId)
                    .query().listOfRows();
            if (rows.size() >= count) {
                return rows;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sample's town hall did not arrive");
    }
}

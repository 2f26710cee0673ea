package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.support.SampleLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sample library comes with a few Joy Wall posts, named and anonymous, reactions and kudos. */
@IntegrationTest
class JoyWallSampleContentTests extends SampleLibraryTest {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired DirectoryManagement directory;
    @Autowired LibrarySettings settings;
    @Autowired JdbcClient jdbc;

    @Test
    void theSampleStaffShareJoyReactAndGiveKudos() throws Exception {
        UUID orgId = loadSample();
        List<Map<String, Object>> posts = waitForPosts(orgId, 4);
        assertThat(posts).filteredOn(row -> Boolean.TRUE.equals(row.get("anonymous")))
                .hasSize(2).allSatisfy(row -> assertThat(row.get("author_id")).isNull());
        assertThat(jdbc.sql("SELECT count(*) FROM wellbeing_kudos WHERE org_id = ?").param(orgId).query(Integer.class)
                .single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM wellbeing_wall_reaction WHERE org_id = ?").param(orgId)
                .query(Integer.class).single()).isPositive();

        UUID directorId = jdbc.sql("SELECT id FROM person WHERE email = 'margaret.chen@maplevalley.example'")
                .query(UUID.class).single();
        CurrentUser director = directory.currentUser(directorId).orElseThrow();
        JoyWallSupport joy = new JoyWallSupport(mvc, json, directory, settings);
        JsonNode wall = joy.wall(director, "LIBRARY");
        assertThat(wall.get("items")).hasSize(3);
        assertThat(wall.toString()).contains("job-search workshop", "thank-you card");
        assertThat(joy.call(director, GET, "/api/v1/wellbeing/kudos/wall", null, 200).get("items")).hasSize(2);
        assertThat(joy.page(director, "/wellbeing/wall")).contains("Anonymous", "Celebrate");
    }

    private List<Map<String, Object>> waitForPosts(UUID orgId, int count) throws InterruptedException {
        // the content is added by an asynchronous listener once the sample's transaction commits
        for (int attempt = 0; attempt < 300; attempt++) {
            List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM wellbeing_wall_post WHERE org_id = ?").param(orgId)
                    .query().listOfRows();
            if (rows.size() >= count) {
                return rows;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sample's Joy Wall posts did not arrive");
    }
}

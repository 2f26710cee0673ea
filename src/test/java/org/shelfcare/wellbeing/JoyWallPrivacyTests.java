package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An anonymous Joy Wall post reveals its author to nobody: its row has no author, the link from the
 * private entry is sealed, and the admin, the operator, a wellness lead and a colleague find the
 * author through no page and no API answer, even after reacting and hiding.
 */
@IntegrationTest
class JoyWallPrivacyTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired LibrarySettings settings;
    @Autowired JdbcClient jdbc;

    @Test
    void anAnonymousPostRevealsItsAuthorToNobody() throws Exception {
        JoyWallSupport joy = new JoyWallSupport(mvc, json, directory, settings);
        Fixtures.Library library = fixtures.library("Anonymous Joy Library");
        CurrentUser author = library.person("Avery Author");
        CurrentUser colleague = library.person("Casey Colleague");
        CurrentUser lead = library.person("Lou Lead", Role.WELLNESS_LEAD);
        CurrentUser operator = library.operator("Olive Operator");
        CurrentUser admin = library.admin();

        String entry = joy.joy(author, "The quiet study room was full of students all week");
        String post = joy.share(author, entry, "LIBRARY", true);

        Map<String, Object> row = jdbc.sql("SELECT * FROM wellbeing_wall_post WHERE id = ?")
                .param(java.util.UUID.fromString(post)).query().singleRow();
        assertThat(row.get("author_id")).as("no author column value")
                .isNull();
        assertThat(row.values().stream().map(String::valueOf).toList()).as("no value of the row names the author")
                .noneMatch(value -> value.contains(author.personId().toString()) || value.contains(author.name()));
        String link = jdbc.sql("SELECT wall_link FROM wellbeing_reflection WHERE id = ?")
                .param(java.util.UUID.fromString(entry)).query(String.class).single();
        assertThat(link).as("the link is sealed").isNotBlank().doesNotContain(post);
        String unshared = joy.joy(author, "A second, unshared entry");
        assertThat(jdbc.sql("SELECT wall_link FROM wellbeing_reflection WHERE id = ?")
                .param(java.util.UUID.fromString(unshared)).query(String.class).single())
                .as("an unshared entry's column looks just like a shared one's").hasSameSizeAs(link);

        joy.call(colleague, PUT, "/api/v1/wellbeing/joy/wall/" + post + "/reactions/THANKS", null, 200);
        joy.call(lead, PUT, "/api/v1/wellbeing/joy/wall/" + post + "/reactions/HEART", null, 200);

        for (CurrentUser viewer : List.of(admin, operator, lead, colleague)) {
            String who = viewer.name();
            JsonNode wall = joy.wall(viewer, "LIBRARY");
            assertThat(JoyWallSupport.ids(wall)).as(who).containsExactly(post);
            JsonNode seen = wall.get("items").get(0);
            assertThat(seen.get("author").isNull()).as(who).isTrue();
            assertThat(seen.get("yours").asBoolean()).as(who).isFalse();
            assertThat(wall.toString()).as(who).doesNotContain(author.personId().toString(), author.name());
            String page = joy.page(viewer, "/wellbeing/wall");
            assertThat(page).as(who).contains("The quiet study room", "Anonymous").doesNotContain(author.name());
            assertThat(joy.status(viewer, GET, "/api/v1/wellbeing/joy/" + entry + "/share", null)).as(who).isEqualTo(404);
            assertThat(joy.status(viewer, DELETE, "/api/v1/wellbeing/joy/" + entry + "/share", null)).as(who)
                    .isEqualTo(404);
            assertThat(joy.pageStatus(viewer, "/wellbeing/joy/" + entry + "/share")).as(who).isEqualTo(404);
            assertThat(joy.pageStatus(viewer, "/wellbeing/joy/" + entry + "/share/withdraw")).as(who).isEqualTo(404);
            assertThat(joy.page(viewer, "/wellbeing/joy")).as(who).doesNotContain("The quiet study room");
        }
        assertThat(joy.page(admin, "/wellbeing/wall/" + post + "/hide")).doesNotContain(author.name());
        joy.call(admin, org.springframework.http.HttpMethod.POST, "/api/v1/wellbeing/joy/wall/" + post + "/hide",
                "{\"reason\":\"Checking privacy\"}", 204);
        assertThat(joy.wall(lead, "LIBRARY").toString()).as("hidden, still nameless")
                .doesNotContain(author.personId().toString(), author.name());

        JsonNode mine = joy.call(author, GET, "/api/v1/wellbeing/joy/" + entry + "/share", null, 200);
        assertThat(mine.get("anonymous").asBoolean()).isTrue();
        assertThat(mine.get("hiddenReason").asString()).as("only the author connects it, when they look")
                .isEqualTo("Checking privacy");
    }
}

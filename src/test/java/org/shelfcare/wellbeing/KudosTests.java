package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Kudos between colleagues: on the wall or private, hidden by the receiver, deleted by the giver. */
@IntegrationTest
class KudosTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired LibrarySettings settings;
    @Autowired JdbcClient jdbc;

    JoyWallSupport joy;
    Fixtures.Library library;
    CurrentUser giver;
    CurrentUser receiver;
    CurrentUser colleague;

    @BeforeEach
    void people() {
        joy = new JoyWallSupport(mvc, json, directory, settings);
        library = fixtures.library("Kudos Library");
        giver = library.person("Gina Giver");
        receiver = library.person("Rafa Receiver");
        colleague = library.person("Cole Colleague");
    }

    @Test
    void wallKudosAreSeenByEveryonePrivateOnesByTheTwoOnly() throws Exception {
        String onWall = give(giver, receiver, "You kept story time going when the power went out", "WALL");
        String quiet = give(giver, receiver, "Thank you for listening on a rough day", "PRIVATE");

        assertThat(JoyWallSupport.ids(joy.call(colleague, GET, "/api/v1/wellbeing/kudos/wall", null, 200)))
                .containsExactly(onWall);
        assertThat(joy.page(colleague, "/wellbeing/wall")).contains("You kept story time going")
                .doesNotContain("listening on a rough day");
        JsonNode received = joy.call(receiver, GET, "/api/v1/wellbeing/kudos/received", null, 200);
        assertThat(JoyWallSupport.ids(received)).containsExactlyInAnyOrder(onWall, quiet);
        assertThat(received.get("items").get(0).get("from").get("name").asString()).isEqualTo(giver.name());
        assertThat(JoyWallSupport.ids(joy.call(giver, GET, "/api/v1/wellbeing/kudos/given", null, 200)))
                .containsExactlyInAnyOrder(onWall, quiet);
        assertThat(JoyWallSupport.ids(joy.call(colleague, GET, "/api/v1/wellbeing/kudos/received", null, 200))).isEmpty();
        assertThat(joy.page(receiver, "/wellbeing/kudos")).contains("Kudos for you", "Thank you for listening on a rough day",
                "Only you and the giver can see this.");
        assertThat(joy.status(colleague, POST, "/api/v1/wellbeing/kudos/" + quiet + "/hide", null))
                .as("someone else's private kudos").isEqualTo(404);
        assertThat(joy.status(colleague, DELETE, "/api/v1/wellbeing/kudos/" + quiet, null)).isEqualTo(404);
    }

    @Test
    void theReceiverHidesAndUnhidesTheGiverDeletes() throws Exception {
        String kudos = give(giver, receiver, "Best display of the year", "WALL");
        assertThat(joy.status(giver, POST, "/api/v1/wellbeing/kudos/" + kudos + "/hide", null)).isEqualTo(403);
        assertThat(joy.status(colleague, POST, "/api/v1/wellbeing/kudos/" + kudos + "/hide", null)).isEqualTo(403);

        MockHttpServletResponse hidden = joy.form(receiver, "/wellbeing/kudos/" + kudos + "/hide");
        assertThat(hidden.getStatus()).isEqualTo(302);
        assertThat(JoyWallSupport.ids(joy.call(colleague, GET, "/api/v1/wellbeing/kudos/wall", null, 200))).isEmpty();
        assertThat(joy.status(colleague, DELETE, "/api/v1/wellbeing/kudos/" + kudos, null)).as("no longer seen")
                .isEqualTo(404);
        assertThat(joy.page(giver, "/wellbeing/kudos")).contains("Your colleague took this off the Joy Wall.");
        assertThat(joy.status(receiver, POST, "/api/v1/wellbeing/kudos/" + kudos + "/unhide", null)).isEqualTo(204);
        assertThat(JoyWallSupport.ids(joy.call(colleague, GET, "/api/v1/wellbeing/kudos/wall", null, 200)))
                .containsExactly(kudos);

        assertThat(joy.status(receiver, DELETE, "/api/v1/wellbeing/kudos/" + kudos, null)).isEqualTo(403);
        assertThat(joy.status(colleague, DELETE, "/api/v1/wellbeing/kudos/" + kudos, null)).isEqualTo(403);
        assertThat(joy.page(giver, "/wellbeing/kudos/" + kudos + "/delete")).contains("Best display of the year");
        assertThat(joy.form(giver, "/wellbeing/kudos/" + kudos + "/delete").getStatus()).isEqualTo(302);
        assertThat(JoyWallSupport.ids(joy.call(receiver, GET, "/api/v1/wellbeing/kudos/received", null, 200))).isEmpty();
    }

    @Test
    void badKudosAreRefusedAndNothingIsLost() throws Exception {
        CurrentUser stranger = fixtures.library("Stranger Kudos Library").person("Sam Stranger");
        assertThat(joy.status(giver, POST, "/api/v1/wellbeing/kudos", body(stranger.personId().toString(), "Hi", "WALL")))
                .as("another library").isEqualTo(404);
        assertThat(joy.status(giver, POST, "/api/v1/wellbeing/kudos",
                body(java.util.UUID.randomUUID().toString(), "Hi", "WALL"))).as("unknown").isEqualTo(404);
        assertThat(joy.read(joy.api(giver, POST, "/api/v1/wellbeing/kudos", body(giver.personId().toString(), "Me!",
                "WALL")), 400).toString()).contains("#/to");
        assertThat(joy.read(joy.api(giver, POST, "/api/v1/wellbeing/kudos", body(receiver.personId().toString(), "  ",
                "SKY")), 400).toString()).contains("#/text", "#/visibility");
        assertThat(joy.status(giver, POST, "/api/v1/wellbeing/kudos", body(receiver.personId().toString(),
                "x".repeat(Kudos.MAX + 1), "WALL"))).isEqualTo(400);

        MockHttpServletResponse page = joy.form(giver, "/wellbeing/kudos", "to", receiver.personId().toString(),
                "text", "y".repeat(Kudos.MAX + 1), "visibility", "PRIVATE");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Please keep this to 500 characters or fewer.",
                "y".repeat(Kudos.MAX + 1), "value=\"" + receiver.personId() + "\" selected",
                "value=\"PRIVATE\" checked");
        assertThat(jdbc.sql("SELECT count(*) FROM wellbeing_kudos WHERE org_id = ?").param(library.id())
                .query(Integer.class).single()).isZero();

        give(giver, receiver, "<script>alert('hi')</script> thanks!", "WALL");
        assertThat(joy.page(receiver, "/wellbeing/kudos")).contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert(");
    }

    private String give(CurrentUser from, CurrentUser to, String text, String visibility) throws Exception {
        return joy.call(from, POST, "/api/v1/wellbeing/kudos", body(to.personId().toString(), text, visibility), 201)
                .get("id").asString();
    }

    private String body(String to, String text, String visibility) throws Exception {
        return json.writeValueAsString(java.util.Map.of("to", to, "text", text, "visibility", visibility));
    }
}

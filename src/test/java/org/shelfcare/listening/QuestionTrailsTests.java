package org.shelfcare.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * What became of session questions: leads put them in themes (counts only from k on), link them to
 * actions, edit actions on the page; voters see news when they look, the anonymous asker with their
 * secret, the named asker gets a notification. Nothing stores who asked or voted.
 */
@IntegrationTest
class QuestionTrailsTests extends ListeningApiTest {

    private static final String API = "/api/v1/listening";

    @Autowired NotificationManagement notifications;

    CurrentUser lead;
    CurrentUser ana;
    CurrentUser ben;
    CurrentUser vic;
    CurrentUser staff;

    @BeforeEach
    void library() {
        library = fixtures.library("Question Trails Library");
        lead = person("Lou Lead", null, null, Role.WELLNESS_LEAD);
        ana = person("Ana Anonymous", null, null);
        ben = person("Ben Named", null, null);
        vic = person("Vic Voter", null, null);
        staff = person("Sam Staff", null, null);
    }

    @AfterEach
    void forgetNotifications() {
        // other tests count the library-wide notifications of this kind
        jdbc.sql("DELETE FROM notification WHERE org_id = ?").param(library.id()).update();
    }

    @Test
    void leadsPutSessionQuestionsInThemesAndCountsShowOnlyFromK() throws Exception {
        String session = session(lead, "Themes town hall");
        String first = ask(ana, session, "Could the staff room get a kettle that works?");
        String theme = call(lead, HttpMethod.POST, API + "/themes", "{\"name\":\"Breaks and rest\"}", 201).get("id").asString();

        String body = "{\"themeId\":\"" + theme + "\"}";
        assertThat(status(staff, HttpMethod.PUT, API + "/questions/" + first + "/theme", body)).as("staff").isEqualTo(403);
        assertThat(status(lead, HttpMethod.PUT, API + "/questions/" + first + "/theme",
                "{\"themeId\":\"" + UUID.randomUUID() + "\"}")).as("an unknown theme").isEqualTo(404);
        CurrentUser elsewhere = fixtures.library("Question Trails Elsewhere").admin();
        assertThat(status(elsewhere, HttpMethod.PUT, API + "/questions/" + first + "/theme", body)).isEqualTo(404);
        assertThat(status(elsewhere, HttpMethod.GET, API + "/themes/" + theme, null)).isEqualTo(404);
        call(lead, HttpMethod.PUT, API + "/questions/" + first + "/theme", body, 204);

        JsonNode one = call(staff, HttpMethod.GET, API + "/themes/" + theme, null, 200);
        assertThat(one.get("questions").get(0).get("text").asString()).contains("kettle");
        assertThat(one.get("questions").get(0).get("author").isNull()).as("never the anonymous asker").isTrue();
        assertThat(one.get("questionCount").isNull()).as("1 question is under k = 5").isTrue();
        assertThat(one.get("suggestionCount").asInt()).as("zero points at nobody").isZero();
        assertThat(one.get("total").isNull()).as("a total would give the withheld count away").isTrue();
        assertThat(one.toString()).doesNotContain(ana.name(), ana.personId().toString());

        for (int i = 0; i < 4; i++) {
            String q = call(i % 2 == 0 ? ben : vic, HttpMethod.POST, API + "/sessions/" + session + "/questions",
                    json.writeValueAsString(Map.of("text", "Break question " + i, "anonymous", i % 2 == 0)), 201)
                    .get("id").asString();
            call(lead, HttpMethod.PUT, API + "/questions/" + q + "/theme", body, 204);
        }
        String suggestion = call(staff, HttpMethod.POST, API + "/suggestions",
                "{\"text\":\"A bench by the loading dock\",\"anonymous\":true}", 201).get("id").asString();
        call(lead, HttpMethod.PUT, API + "/suggestions/" + suggestion + "/theme", body, 204);
        JsonNode five = call(staff, HttpMethod.GET, API + "/themes/" + theme, null, 200);
        assertThat(five.get("questionCount").asInt()).isEqualTo(5);
        assertThat(five.get("suggestionCount").isNull()).as("one suggestion").isTrue();
        assertThat(five.get("total").isNull()).isTrue();
        assertThat(five.get("suggestions").get(0).get("text").asString()).contains("bench");

        String themePage = page(staff, "/listening/themes/" + theme);
        assertThat(themePage).contains("Breaks and rest", "kettle", "bench", "fewer than 5")
                .doesNotContain(ana.name());
        assertThat(page(staff, "/listening/sessions/" + session)).as("the question shows its theme to everyone")
                .contains("/listening/themes/" + theme);
        assertThat(page(lead, "/listening/sessions/" + session)).as("leads get the theme picker")
                .contains("/listening/questions/" + first + "/theme");
        assertThat(page(staff, "/listening/sessions/" + session)).doesNotContain("/listening/questions/" + first + "/theme");

        MockHttpServletResponse grouped = form(lead, "/listening/questions/" + first + "/theme", "themeId", "");
        assertThat(grouped.getStatus()).isEqualTo(302);
        assertThat(call(staff, HttpMethod.GET, API + "/themes/" + theme, null, 200).get("questionCount").isNull())
                .as("four left").isTrue();
        assertThat(form(staff, "/listening/questions/" + first + "/theme", "themeId", theme).getStatus()).isEqualTo(403);
    }

    @Test
    void actionsLinkQuestionsAndVotersAndAskersSeeNewsWithoutBeingStored() throws Exception {
        String session = session(lead, "Actions town hall");
        JsonNode posted = call(ana, HttpMethod.POST, API + "/sessions/" + session + "/questions",
                "{\"text\":\"Can evening shifts get a second person?\",\"anonymous\":true}", 201);
        String anonymous = posted.get("id").asString();
        String secret = posted.get("editToken").asString();
        String named = call(ben, HttpMethod.POST, API + "/sessions/" + session + "/questions",
                "{\"text\":\"Who covers the desk at lunch?\",\"anonymous\":false}", 201).get("id").asString();
        call(vic, HttpMethod.POST, API + "/questions/" + anonymous + "/votes", null, 201);
        call(vic, HttpMethod.POST, API + "/actions/seen", null, 204);
        assertThat(own(anonymous, secret).get("news").asBoolean()).as("nothing has happened yet").isFalse();

        assertThat(status(lead, HttpMethod.POST, API + "/actions", json.writeValueAsString(Map.of("title", "Evening cover",
                "questionIds", List.of(UUID.randomUUID().toString()))))).as("an unknown question").isEqualTo(400);
        String action = call(lead, HttpMethod.POST, API + "/actions", json.writeValueAsString(Map.of(
                "title", "Evening cover rota", "status", "PLANNED", "questionIds", List.of(anonymous, named))), 201)
                .get("id").asString();

        JsonNode one = call(staff, HttpMethod.GET, API + "/actions/" + action, null, 200);
        assertThat(one.get("questions")).hasSize(2);
        for (JsonNode q : one.get("questions")) {
            if (q.get("id").asString().equals(anonymous)) {
                assertThat(q.get("author").isNull()).isTrue();
                assertThat(q.get("text").asString()).contains("second person");
            } else {
                assertThat(q.get("author").asString()).isEqualTo(ben.name());
            }
        }
        assertThat(one.toString()).doesNotContain(ana.name(), ana.personId().toString());

        assertThat(notifications.notifications(ben)).as("the named asker is told")
                .anyMatch(n -> n.type().equals(YouSaidWeDid.NOTICE) && n.args().contains("Evening cover rota"));
        for (CurrentUser untold : List.of(ana, vic, staff)) {
            assertThat(notifications.notifications(untold)).as(untold.name()).noneMatch(n -> n.type().equals(YouSaidWeDid.NOTICE));
        }

        JsonNode board = call(vic, HttpMethod.GET, API + "/actions", null, 200);
        assertThat(board.get(0).get("news").asBoolean()).as("the voter sees news, worked out now").isTrue();
        assertThat(call(staff, HttpMethod.GET, API + "/actions", null, 200).get(0).get("news").asBoolean()).isFalse();
        JsonNode trails = call(vic, HttpMethod.GET, API + "/sessions/" + session + "/trails", null, 200);
        JsonNode trail = trails.get(0).get("questionId").asString().equals(anonymous) ? trails.get(0) : trails.get(1);
        assertThat(trail.get("actions").get(0).get("title").asString()).isEqualTo("Evening cover rota");
        assertThat(trail.get("news").asBoolean()).isTrue();
        assertThat(page(vic, "/listening/sessions/" + session)).contains("Evening cover rota", "New for you");

        JsonNode mine = own(anonymous, secret);
        assertThat(mine.get("actions").get(0).get("title").asString()).isEqualTo("Evening cover rota");
        assertThat(mine.get("news").asBoolean()).as("the anonymous asker, with the secret").isTrue();
        assertThat(status(ana, HttpMethod.POST, API + "/questions/" + anonymous + "/own/seen", null))
                .as("without the secret").isEqualTo(404);
        assertThat(api(ana, HttpMethod.POST, API + "/questions/" + anonymous + "/own/seen", null).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.post(API + "/questions/" + anonymous + "/own/seen")
                .with(org.shelfcare.support.Fixtures.as(ana))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .header("X-Edit-Token", secret)).andReturn().getResponse().getStatus()).isEqualTo(204);
        // what happened before the day the asker looked is no longer news
        jdbc.sql("UPDATE listening_action SET changed_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS)), UUID.fromString(action)).update();
        assertThat(own(anonymous, secret).get("news").asBoolean()).isFalse();
        Map<String, Object> row = jdbc.sql("SELECT * FROM listening_question WHERE id = ?")
                .param(UUID.fromString(anonymous)).query().singleRow();
        assertThat(row.get("author_id")).isNull();
        assertThat(row.values().stream().map(String::valueOf).toList()).as("the look keeps a day, not the person")
                .noneMatch(v -> v.contains(ana.personId().toString()) || v.contains(ana.name()));
        assertThat(jdbc.sql("SELECT * FROM listening_seen").query().listOfRows().toString())
                .doesNotContain(anonymous, named, action);

        // a written answer is news for the voter until they look at the board
        call(vic, HttpMethod.POST, API + "/actions/seen", null, 204);
        call(lead, HttpMethod.POST, API + "/questions/" + anonymous + "/answer",
                "{\"answer\":\"Yes, from March a second person covers evenings.\"}", 204);
        assertThat(page(vic, "/listening/actions")).contains("New answers to questions you asked or upvoted",
                "from March a second person");
        assertThat(page(staff, "/listening/actions")).doesNotContain("New answers to questions");
        trails = call(vic, HttpMethod.GET, API + "/sessions/" + session + "/trails", null, 200);
        assertThat(trails.findValues("news").stream().noneMatch(JsonNode::asBoolean))
                .as("the board page marked it looked at").isTrue();

        call(ana, HttpMethod.DELETE, API + "/questions/" + named + "/own", null, 404);
        call(ben, HttpMethod.DELETE, API + "/questions/" + named + "/own", null, 204);
        assertThat(call(staff, HttpMethod.GET, API + "/actions/" + action, null, 200).get("questions"))
                .as("a withdrawn question is not shown").hasSize(1);
        assertThat(status(lead, HttpMethod.PUT, API + "/actions/" + action, json.writeValueAsString(Map.of(
                "title", "Evening cover rota", "questionIds", List.of(named))))).as("nor linked again").isEqualTo(400);
    }

    @Test
    void leadsEditAnActionOnThePageAndErrorsKeepWhatWasTyped() throws Exception {
        String session = session(lead, "Edit town hall");
        String question = ask(ana, session, "Could the book drop be emptied twice a day?");
        String action = call(lead, HttpMethod.POST, API + "/actions", "{\"title\":\"Book drop\"}", 201).get("id").asString();

        assertThat(status(staff, HttpMethod.GET, "/listening/actions/" + action + "/edit", null)).isEqualTo(403);
        assertThat(form(staff, "/listening/actions/" + action + "/edit", "title", "Mine").getStatus()).isEqualTo(403);
        assertThat(page(lead, "/listening/actions")).contains("/listening/actions/" + action + "/edit");
        String edit = page(lead, "/listening/actions/" + action + "/edit");
        assertThat(edit).contains("Book drop", "Could the book drop be emptied");

        MockHttpServletResponse invalid = form(lead, "/listening/actions/" + action + "/edit", "title", " ",
                "description", "Twice daily from June", "questionIds", question);
        assertThat(invalid.getStatus()).isEqualTo(200);
        assertThat(invalid.getContentAsString()).contains("Twice daily from June", "error-summary")
                .containsPattern("value=\"" + question + "\"[^>]*checked");

        MockHttpServletResponse saved = form(lead, "/listening/actions/" + action + "/edit", "title", "Book drop twice a day",
                "description", "Twice daily from June", "status", "IN_PROGRESS", "ownerId", lead.personId().toString(),
                "questionIds", question);
        assertThat(saved.getStatus()).isEqualTo(302);
        JsonNode changed = call(staff, HttpMethod.GET, API + "/actions/" + action, null, 200);
        assertThat(changed.get("title").asString()).isEqualTo("Book drop twice a day");
        assertThat(changed.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(changed.get("ownerName").asString()).isEqualTo(lead.name());
        assertThat(changed.get("questions").get(0).get("id").asString()).isEqualTo(question);
        assertThat(page(staff, "/listening/sessions/" + session)).contains("Book drop twice a day");

        page(lead, "/listening/actions/" + action + "/delete");
        assertThat(form(lead, "/listening/actions/" + action + "/delete").getStatus()).isEqualTo(302);
        assertThat(status(staff, HttpMethod.GET, API + "/actions/" + action, null)).isEqualTo(404);
    }

    @Test
    void theSpanishPagesSpeakSpanish() throws Exception {
        String session = session(lead, "Sesión abierta");
        String question = ask(ana, session, "¿Habrá café?");
        String theme = call(lead, HttpMethod.POST, API + "/themes", "{\"name\":\"Descanso\"}", 201).get("id").asString();
        call(lead, HttpMethod.PUT, API + "/questions/" + question + "/theme", "{\"themeId\":\"" + theme + "\"}", 204);
        String action = call(lead, HttpMethod.POST, API + "/actions", json.writeValueAsString(Map.of("title", "Café",
                "questionIds", List.of(question))), 201).get("id").asString();
        assertThat(spanish(staff, "/listening/themes/" + theme)).contains("Preguntas de sesión", "menos de 5");
        assertThat(spanish(lead, "/listening/actions/" + action + "/edit")).contains("Editar la acción",
                "Las preguntas de sesión que hay detrás");
        assertThat(spanish(staff, "/listening/sessions/" + session)).contains("Esto llevó a:", "Tema:");
    }

    private String spanish(CurrentUser person, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)
                .with(org.shelfcare.support.Fixtures.as(person)).header("Accept-Language", "es")
                .accept(org.springframework.http.MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private JsonNode own(String question, String secret) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(API + "/questions/" + question + "/own")
                .with(org.shelfcare.support.Fixtures.as(ana)).header("X-Edit-Token", secret)
                .accept(org.springframework.http.MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }
}

package org.shelfcare.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suggestion box, themes and "You said, we did" through the API and pages: anonymity (no author
 * stored or answered, votes kept only as keyed hashes, the k refusal), votes, the edit secret,
 * moderation with public counts, bad input, and who is told when an action changes.
 */
@IntegrationTest
class SuggestionsTests {

    private static final String BOX = "/api/v1/listening/suggestions";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired NotificationManagement notifications;

    record People(Fixtures.Library library, CurrentUser author, CurrentUser colleague, CurrentUser lead,
            CurrentUser admin) {}

    private People people(String name) {
        Fixtures.Library library = fixtures.library(name);
        CurrentUser author = library.person("Avery Author");
        CurrentUser colleague = library.person("Casey Colleague");
        library.person("Dana Desk");
        library.person("Eli Shelver");
        CurrentUser lead = library.person("Lou Lead", Role.WELLNESS_LEAD);
        return new People(library, author, colleague, lead, library.admin());
    }

    @Test
    void anAnonymousSuggestionStoresNoAuthorAndRevealsItToNobody() throws Exception {
        People p = people("Anonymous Suggestions Library");
        JsonNode posted = call(p.author(), HttpMethod.POST, BOX, "{\"text\":\"Quiet room for breaks\",\"anonymous\":true}", 201);
        String id = posted.get("id").asString();
        String token = posted.get("editToken").asString();
        assertThat(token).hasSizeGreaterThan(20);

        Map<String, Object> row = jdbc.sql("SELECT * FROM listening_suggestion WHERE id = ?").param(UUID.fromString(id))
                .query().singleRow();
        assertThat(row.get("author_id")).isNull();
        assertThat(row.values().stream().map(String::valueOf).toList()).as("nothing in the row names the author or holds the secret")
                .noneMatch(v -> v.contains(p.author().personId().toString()) || v.contains(p.author().name())
                        || v.contains(token));

        call(p.colleague(), HttpMethod.POST, BOX + "/" + id + "/votes", null, 200);
        assertThat(status(p.colleague(), HttpMethod.POST, BOX + "/" + id + "/votes", null)).as("a second vote").isEqualTo(409);
        call(p.lead(), HttpMethod.POST, BOX + "/" + id + "/votes", null, 200);
        assertThat(jdbc.sql("SELECT * FROM listening_item_vote").query().listOfRows().toString())
                .as("votes keep no person").doesNotContain(p.colleague().personId().toString(), p.lead().personId().toString());

        for (CurrentUser viewer : List.of(p.admin(), p.lead(), p.colleague(), p.author())) {
            JsonNode list = call(viewer, HttpMethod.GET, BOX, null, 200);
            JsonNode item = list.get("items").get(0);
            assertThat(item.get("author").isNull()).as(viewer.name()).isTrue();
            assertThat(item.get("votes").asInt()).isEqualTo(2);
            assertThat(list.toString()).as(viewer.name()).doesNotContain(p.author().personId().toString(), p.author().name());
            assertThat(page(viewer, "/listening/suggestions")).as(viewer.name()).contains("Quiet room for breaks", "Anonymous")
                    .doesNotContain(p.author().name());
        }
        assertThat(call(p.colleague(), HttpMethod.GET, BOX, null, 200).get("items").get(0).get("voted").asBoolean()).isTrue();
        assertThat(call(p.author(), HttpMethod.GET, BOX, null, 200).get("items").get(0).get("voted").asBoolean()).isFalse();

        assertThat(status(p.colleague(), HttpMethod.DELETE, BOX + "/" + id + "/votes", null)).isEqualTo(204);
        assertThat(status(p.colleague(), HttpMethod.DELETE, BOX + "/" + id + "/votes", null)).as("no vote left").isEqualTo(404);

        assertThat(status(p.colleague(), HttpMethod.PUT, BOX + "/" + id, "{\"text\":\"Mine now\"}")).as("no secret").isEqualTo(403);
        assertThat(send(p.author(), HttpMethod.PUT, BOX + "/" + id, "{\"text\":\"Quiet room for breaks, please\"}", "wrong")
                .getStatus()).isEqualTo(403);
        MockHttpServletResponse edited = send(p.author(), HttpMethod.PUT, BOX + "/" + id,
                "{\"text\":\"Quiet room for breaks, please\"}", token);
        assertThat(edited.getStatus()).isEqualTo(200);
        assertThat(edited.getContentAsString()).contains("Quiet room for breaks, please").doesNotContain(p.author().name());
        assertThat(send(p.author(), HttpMethod.DELETE, BOX + "/" + id, null, token).getStatus()).isEqualTo(204);
        assertThat(call(p.admin(), HttpMethod.GET, BOX, null, 200).get("items")).isEmpty();
    }

    @Test
    void aLibraryUnderKRefusesAnonymousSuggestionsButTakesNamedOnes() throws Exception {
        Fixtures.Library library = fixtures.library("Tiny Suggestions Library");
        CurrentUser person = library.person("Sam Solo");
        MockHttpServletResponse refused = send(person, HttpMethod.POST, BOX, "{\"text\":\"More plants\",\"anonymous\":true}", null);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).contains("application/problem+json");
        assertThat(refused.getContentAsString()).contains("fewer than 5", "anonymous");
        JsonNode named = call(person, HttpMethod.POST, BOX, "{\"text\":\"More plants\",\"anonymous\":false}", 201);
        assertThat(named.get("editToken").isNull()).isTrue();
        JsonNode list = call(library.admin(), HttpMethod.GET, BOX, null, 200);
        assertThat(list.get("items").get(0).get("author").get("name").asString()).isEqualTo(person.name());
        assertThat(page(person, "/listening/suggestions")).contains("too few to stay anonymous");
    }

    @Test
    void badInputAnswersProblemsAndAnotherLibrarysSuggestionIsNotFound() throws Exception {
        People p = people("Careful Suggestions Library");
        assertThat(status(p.author(), HttpMethod.POST, BOX, "{\"text\":\"  \",\"anonymous\":false}")).isEqualTo(400);
        assertThat(status(p.author(), HttpMethod.POST, BOX, "{\"text\":\"" + "a".repeat(2001) + "\",\"anonymous\":false}"))
                .isEqualTo(400);
        String id = call(p.author(), HttpMethod.POST, BOX, "{\"text\":\"Later opening on Mondays\",\"anonymous\":false}", 201)
                .get("id").asString();
        CurrentUser stranger = fixtures.library("Elsewhere Suggestions Library").admin();
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.DELETE)) {
            assertThat(status(stranger, method, BOX + "/" + id, null)).as(method.name()).isEqualTo(404);
        }
        assertThat(status(stranger, HttpMethod.POST, BOX + "/" + id + "/votes", null)).isEqualTo(404);
        assertThat(status(stranger, HttpMethod.PUT, BOX + "/" + id + "/hidden", "{\"reason\":\"OTHER\"}")).isEqualTo(404);

        MockHttpServletResponse form = mvc.perform(MockMvcRequestBuilders.post("/listening/suggestions")
                .with(Fixtures.as(p.author())).with(csrf()).accept(MediaType.TEXT_HTML).param("text", "")
                .param("anonymous", "true")).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("Please write your suggestion.");

        for (int i = 0; i < SuggestionBox.RATE_LIMIT; i++) {
            call(p.colleague(), HttpMethod.POST, BOX, "{\"text\":\"Idea " + i + "\",\"anonymous\":true}", 201);
        }
        MockHttpServletResponse refused = send(p.colleague(), HttpMethod.POST, BOX, "{\"text\":\"Idea 12\",\"anonymous\":true}", null);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("Please wait a little");
    }

    @Test
    void leadsHideWithAReasonTheAuthorSeesAndEveryoneSeesTheCount() throws Exception {
        People p = people("Moderated Suggestions Library");
        JsonNode posted = call(p.author(), HttpMethod.POST, BOX, "{\"text\":\"Same as the coffee one\",\"anonymous\":true}", 201);
        String id = posted.get("id").asString();
        assertThat(status(p.colleague(), HttpMethod.PUT, BOX + "/" + id + "/hidden", "{\"reason\":\"DUPLICATE\"}")).isEqualTo(403);
        assertThat(status(p.lead(), HttpMethod.PUT, BOX + "/" + id + "/hidden", "{\"reason\":\"because\"}")).isEqualTo(400);
        assertThat(status(p.lead(), HttpMethod.PUT, BOX + "/" + id + "/hidden", "{\"reason\":\"DUPLICATE\"}")).isEqualTo(204);

        assertThat(call(p.colleague(), HttpMethod.GET, BOX, null, 200).get("items")).isEmpty();
        assertThat(status(p.colleague(), HttpMethod.POST, BOX + "/" + id + "/votes", null)).isEqualTo(404);
        assertThat(call(p.colleague(), HttpMethod.GET, BOX + "/summary", null, 200).get("hidden").get("DUPLICATE").asInt())
                .isEqualTo(1);
        assertThat(page(p.colleague(), "/listening/suggestions")).contains("Hidden suggestions", "Duplicate: 1");
        MockHttpServletResponse own = send(p.author(), HttpMethod.GET, BOX + "/" + id, null, posted.get("editToken").asString());
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(json.readTree(own.getContentAsString()).get("hiddenReason").asString()).isEqualTo("DUPLICATE");
        assertThat(call(p.lead(), HttpMethod.GET, BOX, null, 200).get("items").get(0).get("hiddenReason").asString())
                .isEqualTo("DUPLICATE");
    }

    @Test
    void themeCountsShowOnlyFromKSuggestions() throws Exception {
        People p = people("Themed Suggestions Library");
        String theme = call(p.lead(), HttpMethod.POST, "/api/v1/listening/themes", "{\"name\":\"Breaks\"}", 201).get("id").asString();
        assertThat(status(p.colleague(), HttpMethod.POST, "/api/v1/listening/themes", "{\"name\":\"Mine\"}")).isEqualTo(403);
        for (int i = 0; i < 5; i++) {
            String id = call(p.colleague(), HttpMethod.POST, BOX, "{\"text\":\"Break idea " + i + "\",\"anonymous\":true}", 201)
                    .get("id").asString();
            call(p.lead(), HttpMethod.PUT, BOX + "/" + id + "/theme", "{\"themeId\":\"" + theme + "\"}", 204);
            JsonNode themes = call(p.colleague(), HttpMethod.GET, "/api/v1/listening/themes", null, 200);
            if (i < 4) {
                assertThat(themes.get(0).get("suggestions").isNull()).as("%d suggestions", i + 1).isTrue();
            } else {
                assertThat(themes.get(0).get("suggestions").asInt()).isEqualTo(5);
            }
        }
    }

    @Test
    void anActionTellsNamedAuthorsAndShowsNewsToVotersWithoutStoringThem() throws Exception {
        People p = people("Action Suggestions Library");
        String named = call(p.author(), HttpMethod.POST, BOX, "{\"text\":\"A water fountain upstairs\",\"anonymous\":false}", 201)
                .get("id").asString();
        String anonymous = call(p.colleague(), HttpMethod.POST, BOX, "{\"text\":\"Cold water, please\",\"anonymous\":true}", 201)
                .get("id").asString();
        CurrentUser voter = p.library().person("Val Voter");
        call(voter, HttpMethod.POST, BOX + "/" + anonymous + "/votes", null, 200);
        call(voter, HttpMethod.POST, "/api/v1/listening/actions/seen", null, 204);

        assertThat(status(p.colleague(), HttpMethod.POST, "/api/v1/listening/actions", "{\"title\":\"Fountain\"}")).isEqualTo(403);
        assertThat(status(p.lead(), HttpMethod.POST, "/api/v1/listening/actions", "{\"title\":\"Fountain\",\"status\":\"WONT_DO\"}"))
                .as("won't do needs a reason").isEqualTo(400);
        assertThat(status(p.lead(), HttpMethod.POST, "/api/v1/listening/actions", "{\"title\":\" \"}")).isEqualTo(400);
        String action = call(p.lead(), HttpMethod.POST, "/api/v1/listening/actions", json.writeValueAsString(Map.of(
                "title", "Water fountain on the second floor", "description", "Facilities quote requested",
                "ownerId", p.lead().personId().toString(), "status", "PLANNED",
                "suggestionIds", List.of(named, anonymous))), 201).get("id").asString();
        call(p.lead(), HttpMethod.POST, "/api/v1/listening/actions/" + action + "/updates",
                "{\"text\":\"Plumber booked for May\",\"status\":\"IN_PROGRESS\"}", 201);

        assertThat(notifications.notifications(p.author())).as("the named author is told")
                .anyMatch(n -> n.type().equals(YouSaidWeDid.NOTICE) && n.args().contains("Water fountain on the second floor"));
        for (CurrentUser untold : List.of(p.colleague(), voter)) {
            assertThat(notifications.notifications(untold)).as(untold.name()).noneMatch(n -> n.type().equals(YouSaidWeDid.NOTICE));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE type = ?").param(YouSaidWeDid.NOTICE)
                .query(Integer.class).single()).as("only the named author's").isEqualTo(2);

        JsonNode board = call(voter, HttpMethod.GET, "/api/v1/listening/actions", null, 200);
        assertThat(board.get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(board.get(0).get("news").asBoolean()).as("the voter sees news, worked out now").isTrue();
        assertThat(board.get(0).get("updates").get(0).get("text").asString()).isEqualTo("Plumber booked for May");
        assertThat(board.toString()).doesNotContain(p.colleague().personId().toString(), p.colleague().name());
        assertThat(call(p.admin(), HttpMethod.GET, "/api/v1/listening/actions", null, 200).get(0).get("news").asBoolean())
                .as("nothing of the admin's is behind it").isFalse();
        assertThat(jdbc.sql("SELECT * FROM listening_seen").query().listOfRows().toString())
                .doesNotContain(action, anonymous, named);

        String boardPage = page(voter, "/listening/actions");
        assertThat(boardPage).contains("In progress", "Water fountain on the second floor", "New for you",
                "Cold water, please");
        assertThat(page(voter, "/listening/actions")).as("seen now").doesNotContain("New for you");

        assertThat(status(p.lead(), HttpMethod.POST, "/api/v1/listening/actions/" + action + "/updates",
                "{\"text\":\"Budget went to the roof\",\"status\":\"WONT_DO\"}")).isEqualTo(400);
        call(p.lead(), HttpMethod.POST, "/api/v1/listening/actions/" + action + "/updates",
                "{\"text\":\"Budget went to the roof\",\"status\":\"WONT_DO\",\"wontDoReason\":\"The roof repair took this year's budget\"}", 201);
        assertThat(call(voter, HttpMethod.GET, "/api/v1/listening/actions/" + action, null, 200).get("wontDoReason").asString())
                .isEqualTo("The roof repair took this year's budget");
        CurrentUser stranger = fixtures.library("Elsewhere Actions Library").admin();
        assertThat(status(stranger, HttpMethod.GET, "/api/v1/listening/actions/" + action, null)).isEqualTo(404);
    }

    @Test
    void anAnonymousAuthorSeesWhatTheirSuggestionLedToWithTheirSecretAndNobodyIsRecorded() throws Exception {
        People p = people("Suggestion News Library");
        JsonNode posted = call(p.author(), HttpMethod.POST, BOX,
                "{\"text\":\"Chairs with backs at the desk\",\"anonymous\":true}", 201);
        String id = posted.get("id").asString();
        String token = posted.get("editToken").asString();
        MockHttpServletResponse before = send(p.author(), HttpMethod.GET, BOX + "/" + id + "/own", null, token);
        assertThat(before.getStatus()).isEqualTo(200);
        assertThat(json.readTree(before.getContentAsString()).get("news").asBoolean()).as("nothing happened yet").isFalse();

        String action = call(p.lead(), HttpMethod.POST, "/api/v1/listening/actions", json.writeValueAsString(Map.of(
                "title", "Desk chairs with backs", "status", "PLANNED", "suggestionIds", List.of(id))), 201)
                .get("id").asString();
        JsonNode own = json.readTree(send(p.author(), HttpMethod.GET, BOX + "/" + id + "/own", null, token)
                .getContentAsString());
        assertThat(own.get("news").asBoolean()).as("the author did not vote, yet hears of it").isTrue();
        assertThat(own.get("actions").get(0).get("title").asString()).isEqualTo("Desk chairs with backs");
        assertThat(own.toString()).doesNotContain(p.author().personId().toString(), p.author().name());

        assertThat(send(p.author(), HttpMethod.GET, BOX + "/" + id + "/own", null, "not-the-secret").getStatus())
                .as("a wrong secret").isEqualTo(403);
        assertThat(send(p.colleague(), HttpMethod.GET, BOX + "/" + id + "/own", null, null).getStatus())
                .as("someone without the secret").isEqualTo(403);
        CurrentUser stranger = fixtures.library("Elsewhere Suggestion News Library").admin();
        assertThat(send(stranger, HttpMethod.GET, BOX + "/" + id + "/own", null, token).getStatus()).isEqualTo(404);

        jdbc.sql("UPDATE listening_action SET changed_at = changed_at - INTERVAL '2' DAY WHERE id = ?")
                .param(UUID.fromString(action)).update();
        assertThat(send(p.author(), HttpMethod.POST, BOX + "/" + id + "/own/seen", null, token).getStatus()).isEqualTo(204);
        assertThat(json.readTree(send(p.author(), HttpMethod.GET, BOX + "/" + id + "/own", null, token)
                .getContentAsString()).get("news").asBoolean()).as("looked after the change").isFalse();
        Map<String, Object> row = jdbc.sql("SELECT * FROM listening_suggestion WHERE id = ?").param(UUID.fromString(id))
                .query().singleRow();
        assertThat(row.get("author_id")).isNull();
        assertThat(row.values().stream().map(String::valueOf).toList()).as("only the day is kept")
                .noneMatch(v -> v.contains(p.author().personId().toString()));

        call(p.lead(), HttpMethod.POST, "/api/v1/listening/actions/" + action + "/updates",
                "{\"text\":\"Ordered six chairs\",\"status\":\"IN_PROGRESS\"}", 201);
        MockHttpServletResponse opened = mvc.perform(MockMvcRequestBuilders.post("/listening/suggestions/" + id + "/own")
                .with(Fixtures.as(p.author())).with(csrf()).param("editToken", token).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(opened.getContentAsString()).contains("Something is new on your suggestion", "Desk chairs with backs",
                "In progress", "Chairs with backs at the desk");
        MockHttpServletResponse wrong = mvc.perform(MockMvcRequestBuilders.post("/listening/suggestions/" + id + "/own")
                .with(Fixtures.as(p.author())).with(csrf()).param("editToken", "typo").accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("does not match").doesNotContain("Desk chairs with backs");
        assertThat(page(p.author(), "/listening/suggestions/" + id + "/own")).as("the page asks for the secret first")
                .contains("Open the suggestion").doesNotContain("Desk chairs with backs");
    }

    @Test
    void theSuggestionBoxSpeaksSpanish() throws Exception {
        People p = people("Spanish Suggestions Library");
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/listening/suggestions")
                .with(Fixtures.as(p.author())).accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Buzón de sugerencias", "Publicar de forma anónima",
                "Aún no hay sugerencias");
        MockHttpServletResponse board = mvc.perform(MockMvcRequestBuilders.get("/listening/actions")
                .with(Fixtures.as(p.author())).accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "es")).andReturn().getResponse();
        assertThat(board.getContentAsString()).contains("Lo dijiste, lo hicimos", "Aún no hay acciones");
    }

    // ---- calls ------------------------------------------------------------------------------------

    private MockHttpServletResponse send(CurrentUser person, HttpMethod method, String path, @Nullable String body,
            @Nullable String token) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).with(Fixtures.as(person))
                .with(csrf());
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (token != null) {
            request = request.header("X-Edit-Token", token);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode call(CurrentUser person, HttpMethod method, String path, @Nullable String body, int status)
            throws Exception {
        MockHttpServletResponse response = send(person, method, path, body, null);
        assertThat(response.getStatus()).as(method + " " + path + ": " + response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString().isEmpty() ? "{}" : response.getContentAsString());
    }

    private int status(CurrentUser person, HttpMethod method, String path, @Nullable String body) throws Exception {
        return send(person, method, path, body, null).getStatus();
    }

    private String page(CurrentUser person, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}

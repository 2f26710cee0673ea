package org.shelfcare.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The asker of an anonymous session question keeps a one-time secret: with it (and only with it)
 * they see the question's status and hide reason, edit it until it is answered, and withdraw it.
 * Nothing stores or shows who asked; a named asker does the same by being the author.
 */
@IntegrationTest
class ListeningOwnQuestionTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String TOKEN = "X-Edit-Token";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser lead;
    CurrentUser ana;
    CurrentUser ben;

    @BeforeEach
    void library() {
        library = fixtures.library("Own Question Library");
        lead = person("Lee Lead", Role.WELLNESS_LEAD);
        ana = person("Ana Asker");
        ben = person("Ben Voter");
        person("Cai Colleague");
        person("Dee Colleague");
        person("Eve Colleague");
    }

    @Test
    void theAnonymousAskerAloneEditsAndFollowsTheirQuestionWithTheSecretAndNoAuthorIsStored() throws Exception {
        String session = session(lead, "Secrets town hall", false);
        JsonNode asked = call(ana, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions", null,
                json.writeValueAsString(Map.of("text", "Why are the rotas late?", "anonymous", true)), 201);
        String id = asked.get("id").asString();
        String secret = asked.get("editToken").asString();
        assertThat(secret).hasSizeGreaterThan(30);

        Map<String, Object> row = jdbc.sql("SELECT author_id, edit_hash FROM listening_question WHERE id = ?")
                .param(UUID.fromString(id)).query().singleRow();
        assertThat(row.get("author_id")).as("no author stored").isNull();
        assertThat(String.valueOf(row.get("edit_hash"))).hasSize(64).isNotEqualTo(secret);

        String own = "/api/v1/listening/questions/" + id + "/own";
        assertThat(api(ana, HttpMethod.GET, own, null, null).getStatus()).as("no secret").isEqualTo(404);
        assertThat(api(ana, HttpMethod.GET, own, "not-the-secret", null).getStatus()).as("wrong secret").isEqualTo(404);
        assertThat(api(lead, HttpMethod.GET, own, null, null).getStatus()).as("the host does not know").isEqualTo(404);
        assertThat(api(ana, HttpMethod.PUT, own, "wrong", "{\"text\":\"Hijacked\"}").getStatus()).isEqualTo(404);
        assertThat(api(ben, HttpMethod.DELETE, own, null, null).getStatus()).isEqualTo(404);

        JsonNode mine = call(ben, HttpMethod.GET, own, secret, null, 200);
        assertThat(mine.get("status").asString()).as("whoever holds the secret").isEqualTo("VISIBLE");
        assertThat(mine.toString()).doesNotContain(ana.name()).doesNotContain(ana.personId().toString());

        JsonNode edited = call(ana, HttpMethod.PUT, own, secret, "{\"text\":\"Why are the rotas always late?\"}", 200);
        assertThat(edited.get("text").asString()).isEqualTo("Why are the rotas always late?");
        MockHttpServletResponse empty = api(ana, HttpMethod.PUT, own, secret, "{\"text\":\"  \"}");
        assertThat(empty.getStatus()).isEqualTo(400);

        call(lead, HttpMethod.POST, "/api/v1/listening/questions/" + id + "/hide", null, "{\"reason\":\"OFF_TOPIC\"}", 204);
        JsonNode hidden = call(ana, HttpMethod.GET, own, secret, null, 200);
        assertThat(hidden.get("status").asString()).isEqualTo("HIDDEN");
        assertThat(hidden.get("hiddenReason").asString()).as("the asker sees why").isEqualTo("OFF_TOPIC");

        call(lead, HttpMethod.POST, "/api/v1/listening/questions/" + id + "/approve", null, null, 204);
        call(lead, HttpMethod.POST, "/api/v1/listening/questions/" + id + "/answer", null, "{\"answer\":\"From March.\"}", 204);
        MockHttpServletResponse late = api(ana, HttpMethod.PUT, own, secret, "{\"text\":\"Changed after\"}");
        assertThat(late.getStatus()).as("answered: no more edits").isEqualTo(409);
        assertThat(call(ana, HttpMethod.GET, own, secret, null, 200).get("editable").asBoolean()).isFalse();
    }

    @Test
    void withdrawingTakesTheQuestionOffTheListStopsVotesAndTheStreamAnnouncesOnlyItsStatus() throws Exception {
        String session = session(lead, "Withdraw town hall", false);
        JsonNode asked = call(ana, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions", null,
                json.writeValueAsString(Map.of("text", "Can we talk about parking?", "anonymous", true)), 201);
        String id = asked.get("id").asString();
        String secret = asked.get("editToken").asString();
        call(ben, HttpMethod.POST, "/api/v1/listening/questions/" + id + "/votes", null, null, 201);

        MvcResult stream = mvc.perform(MockMvcRequestBuilders.get("/api/v1/listening/sessions/" + session + "/stream")
                .with(Fixtures.as(ben)).accept(MediaType.TEXT_EVENT_STREAM)).andReturn();
        assertThat(stream.getRequest().isAsyncStarted()).isTrue();

        String own = "/api/v1/listening/questions/" + id + "/own";
        assertThat(api(ana, HttpMethod.DELETE, own, secret, null).getStatus()).isEqualTo(204);
        assertThat(api(ana, HttpMethod.DELETE, own, secret, null).getStatus()).as("once").isEqualTo(409);

        assertThat(ids(call(ben, HttpMethod.GET, "/api/v1/listening/sessions/" + session + "/questions", null, null, 200)))
                .doesNotContain(id);
        assertThat(ids(call(lead, HttpMethod.GET, "/api/v1/listening/sessions/" + session + "/questions", null, null, 200)))
                .as("hosts too").doesNotContain(id);
        assertThat(api(ben, HttpMethod.DELETE, "/api/v1/listening/questions/" + id + "/votes", null, null).getStatus())
                .as("no voting on a withdrawn question").isEqualTo(409);
        assertThat(call(ana, HttpMethod.GET, own, secret, null, 200).get("status").asString()).isEqualTo("WITHDRAWN");

        String events = stream.getResponse().getContentAsString();
        assertThat(events).contains("event:question\ndata:{\"id\":\"" + id + "\",\"votes\":1,\"status\":\"WITHDRAWN\"}");
        assertThat(events).doesNotContain("parking").doesNotContain(ana.name()).doesNotContain(ana.personId().toString());
    }

    @Test
    void theAskingPageShowsTheSecretOnceAndTheOwnPageOpensWithItInSpanishToo() throws Exception {
        String session = session(lead, "Page town hall", false);
        MockHttpServletResponse posted = form(ana, "/listening/sessions/" + session + "/questions", "es",
                "text", "¿Habrá más formación?", "anonymous", "true");
        assertThat(posted.getStatus()).isEqualTo(200);
        String page = posted.getContentAsString();
        assertThat(page).contains("Guarde su secreto").contains("Ni los anfitriones");
        Matcher secret = Pattern.compile("id=\"secret\" readonly value=\"([^\"]+)\"").matcher(page);
        assertThat(secret.find()).isTrue();
        Matcher link = Pattern.compile("/listening/questions/([0-9a-f-]{36})/own").matcher(page);
        assertThat(link.find()).isTrue();
        String own = "/listening/questions/" + link.group(1) + "/own";

        String locked = page(ben, own, "en");
        assertThat(locked).contains("enter the secret").doesNotContain("formación");

        MockHttpServletResponse wrong = form(ben, own, "en", "editToken", "guess");
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("That secret does not match this question")
                .doesNotContain("formación");

        MockHttpServletResponse opened = form(ana, own, "en", "editToken", secret.group(1));
        assertThat(opened.getContentAsString()).contains("Visible to the session").contains("formación");

        MockHttpServletResponse saved = form(ana, own, "en", "editToken", secret.group(1), "text", "¿Habrá más formación en 2031?");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(page(ben, "/listening/sessions/" + session, "en")).contains("formación en 2031");

        MockHttpServletResponse withdrawn = form(ana, "/listening/questions/" + link.group(1) + "/withdraw", "en",
                "editToken", secret.group(1));
        assertThat(withdrawn.getStatus()).isEqualTo(302);
        assertThat(page(ben, "/listening/sessions/" + session, "en")).doesNotContain("formación en 2031");
    }

    @Test
    void aNamedAskerOpensTheirOwnQuestionWithoutASecretAndOthersCannot() throws Exception {
        String session = session(lead, "Named town hall", true);
        JsonNode asked = call(ana, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions", null,
                json.writeValueAsString(Map.of("text", "Named and held", "anonymous", false)), 201);
        assertThat(asked.has("editToken")).as("a named question needs no secret").isFalse();
        String own = "/api/v1/listening/questions/" + asked.get("id").asString() + "/own";
        assertThat(call(ana, HttpMethod.GET, own, null, null, 200).get("status").asString()).isEqualTo("HELD");
        assertThat(api(ben, HttpMethod.GET, own, null, null).getStatus()).isEqualTo(404);
        assertThat(page(ana, "/listening/questions/" + asked.get("id").asString() + "/own", "en"))
                .contains("Waiting for a host to approve it").contains("Withdraw the question");

        CurrentUser stranger = fixtures.library("Own Stranger Library").admin();
        assertThat(api(stranger, HttpMethod.GET, own, null, null).getStatus()).isEqualTo(404);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private CurrentUser person(String name, Role... roles) {
        int n = SEQUENCE.incrementAndGet();
        Invitation invitation = directory.invite(library.admin(), new NewPerson(name + " " + n,
                "own" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@listen.example", null,
                List.of(roles), null, null, null, null));
        directory.acceptInvitation(invitation.token(), Fixtures.PASSWORD);
        return directory.currentUser(invitation.personId()).orElseThrow();
    }

    private String session(CurrentUser host, String title, boolean moderated) throws Exception {
        return call(host, HttpMethod.POST, "/api/v1/listening/sessions", null, json.writeValueAsString(Map.of("title",
                title, "startsAt", Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString(),
                "moderated", moderated)), 201).get("id").asString();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private MockHttpServletResponse api(CurrentUser person, HttpMethod method, String path, @Nullable String token,
            @Nullable String body) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).with(Fixtures.as(person))
                .with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(TOKEN, token);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode call(CurrentUser person, HttpMethod method, String path, @Nullable String token,
            @Nullable String body, int status) throws Exception {
        MockHttpServletResponse response = api(person, method, path, token, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString().isEmpty() ? "{}" : response.getContentAsString());
    }

    private String page(CurrentUser person, String path, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse form(CurrentUser person, String path, String language, String... fields)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(Fixtures.as(person)).with(csrf())
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}

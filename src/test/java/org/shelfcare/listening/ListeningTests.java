package org.shelfcare.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Listening sessions as staff meet them: holding a session, joining with its code, asking named
 * and anonymous questions, voting once, withdrawing, the live re-ranking events, and the privacy
 * guarantees (no author stored or shown for an anonymous question, no voter stored, k).
 */
@IntegrationTest
class ListeningTests extends ListeningApiTest {

    UUID eastside;
    UUID tiny;
    CurrentUser lead;
    CurrentUser ana;
    CurrentUser ben;
    CurrentUser solo;

    @BeforeEach
    void library() {
        library = fixtures.library("Listening Library");
        eastside = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "Eastside " + SEQUENCE.incrementAndGet()).id();
        tiny = settings.addUnit(library.admin(), LibrarySettings.UnitKind.DEPARTMENT, "Bindery " + SEQUENCE.incrementAndGet()).id();
        lead = person("Lee Lead", eastside, null, Role.WELLNESS_LEAD);
        ana = person("Ana Asker", eastside, tiny);
        ben = person("Ben Voter", eastside, tiny);
        person("Cai Eastside", eastside, null);
        person("Dee Eastside", eastside, null);
        solo = person("Sol Supervisor", eastside, tiny, Role.SUPERVISOR);
    }

    @Test
    void aLeadHoldsASessionThatStaffSeeAndJoinWithItsCode() throws Exception {
        JsonNode created = call(lead, HttpMethod.POST, "/api/v1/listening/sessions",
                "{\"title\":\"Winter town hall\",\"startsAt\":\"" + soon() + "\"}", 201);
        String id = created.get("id").asString();
        String code = created.get("joinCode").asString();
        assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");

        JsonNode list = call(ana, HttpMethod.GET, "/api/v1/listening/sessions", null, 200);
        assertThat(list.get("items").get(0).get("title").asString()).isEqualTo("Winter town hall");
        assertThat(page(ana, "/listening")).contains("Winter town hall").contains("Upcoming sessions");

        MockHttpServletResponse joined = form(ben, "/listening/join", "code", code.toLowerCase());
        assertThat(joined.getStatus()).isEqualTo(302);
        assertThat(joined.getHeader(HttpHeaders.LOCATION)).isEqualTo("/listening/sessions/" + id);
        MockHttpServletResponse wrong = form(ben, "/listening/join", "code", "ZZZZZZ");
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("No open session has this code");

        CurrentUser stranger = fixtures.library("Other Listening Library").admin();
        assertThat(status(stranger, HttpMethod.GET, "/api/v1/listening/sessions/" + id, null)).isEqualTo(404);
        assertThat(status(stranger, HttpMethod.POST, "/api/v1/listening/sessions/" + id + "/questions",
                "{\"text\":\"Hello?\",\"anonymous\":false}")).isEqualTo(404);
        assertThat(status(ana, HttpMethod.POST, "/api/v1/listening/sessions",
                "{\"title\":\"Mine\",\"startsAt\":\"" + soon() + "\"}")).as("staff do not hold sessions").isEqualTo(403);
    }

    @Test
    void anAnonymousQuestionStoresNoAuthorAndNobodySeesWhoAsked() throws Exception {
        String session = session(lead, "Budget listening session");
        String question = call(ana, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions",
                "{\"text\":\"Why are the evening shifts so short-staffed?\"}", 201).get("id").asString();

        Map<String, Object> row = jdbc.sql("SELECT * FROM listening_question WHERE id = ?").param(UUID.fromString(question))
                .query().singleRow();
        assertThat(row.get("author_id")).isNull();
        assertThat(row.get("anonymous")).isEqualTo(true);
        assertThat(row.keySet()).map(String::toLowerCase).noneMatch(column -> column.contains("ip") || column.contains("created"));

        for (CurrentUser viewer : List.of(lead, library.admin(), ben, ana)) {
            MockHttpServletResponse listed = api(viewer, HttpMethod.GET, "/api/v1/listening/sessions/" + session + "/questions", null);
            assertThat(listed.getContentAsString()).contains("evening shifts").doesNotContain(ana.name())
                    .doesNotContain(ana.personId().toString());
            if (viewer != ana) {
                assertThat(page(viewer, "/listening/sessions/" + session)).contains("evening shifts").contains("Anonymous")
                        .doesNotContain(ana.name());
            }
        }
        JsonNode item = call(lead, HttpMethod.GET, "/api/v1/listening/sessions/" + session + "/questions", null, 200)
                .get("items").get(0);
        assertThat(item.get("anonymous").asBoolean()).isTrue();
        assertThat(item.get("author").isNull()).isTrue();

        String named = call(ben, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions",
                "{\"text\":\"Can we rotate the desk?\",\"anonymous\":false}", 201).get("id").asString();
        assertThat(jdbc.sql("SELECT author_id FROM listening_question WHERE id = ?").param(UUID.fromString(named))
                .query(UUID.class).single()).isEqualTo(ben.personId());
        assertThat(page(ana, "/listening/sessions/" + session)).contains(ben.name());
    }

    @Test
    void anonymousQuestionsToAnAudienceUnderKAreRefusedWithTheReason() throws Exception {
        // the department has three people (Ana, Ben, Sol); k is 5
        String session = call(solo, HttpMethod.POST, "/api/v1/listening/sessions",
                "{\"title\":\"Bindery check-in\",\"startsAt\":\"" + soon() + "\",\"audience\":\"DEPARTMENT\",\"unitId\":\""
                        + tiny + "\"}", 201).get("id").asString();
        MockHttpServletResponse refused = api(ana, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions",
                "{\"text\":\"Can we get new gloves?\",\"anonymous\":true}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("anonymous").contains("at least 5");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM listening_question WHERE session_id = ?").param(UUID.fromString(session))
                .query(Integer.class).single()).isZero();

        assertThat(page(ana, "/listening/sessions/" + session)).contains("need an audience of at least 5 people");
        assertThat(status(ana, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions",
                "{\"text\":\"Can we get new gloves?\",\"anonymous\":false}")).isEqualTo(201);
        assertThat(status(lead, HttpMethod.GET, "/api/v1/listening/sessions/" + session, null)).as("leads see every session").isEqualTo(200);
        CurrentUser elsewhere = person("Eve Elsewhere", null, null);
        assertThat(status(elsewhere, HttpMethod.GET, "/api/v1/listening/sessions/" + session, null)).isEqualTo(404);
    }

    @Test
    void badQuestionsAreFieldErrorsAndAClosedSessionTakesNoMore() throws Exception {
        String session = session(lead, "Open floor");
        String path = "/api/v1/listening/sessions/" + session + "/questions";
        MockHttpServletResponse empty = api(ana, HttpMethod.POST, path, "{\"text\":\"   \"}");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("text");
        assertThat(status(ana, HttpMethod.POST, path, "{\"text\":\"" + "x".repeat(501) + "\"}")).isEqualTo(400);
        assertThat(status(ana, HttpMethod.POST, path, "{\"text\":\"" + "x".repeat(500) + "\"}")).isEqualTo(201);

        MockHttpServletResponse typed = form(ana, "/listening/sessions/" + session + "/questions", "text", "",
                "anonymous", "true");
        assertThat(typed.getStatus()).isEqualTo(200);
        assertThat(typed.getContentAsString()).contains("Please write your question.");

        String question = ask(ana, session, "Before closing");
        call(lead, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/close", null, 204);
        assertThat(status(ana, HttpMethod.POST, path, "{\"text\":\"Too late?\"}")).isEqualTo(409);
        assertThat(status(ben, HttpMethod.POST, "/api/v1/listening/questions/" + question + "/votes", null)).isEqualTo(409);
        assertThat(status(ana, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/close", null))
                .as("only hosts, admins and leads close").isEqualTo(403);
        assertThat(page(ana, "/listening/sessions/" + session)).contains("This session is closed");
    }

    @Test
    void postingTooFastIsRefusedWithAClearMessage() throws Exception {
        String session = session(lead, "Rapid fire");
        for (int i = 0; i < ListeningSessions.POSTS; i++) {
            ask(ana, session, "Question " + i);
        }
        MockHttpServletResponse refused = api(ana, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions",
                "{\"text\":\"One more\"}");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("up to 5 questions a minute");
        assertThat(status(ben, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions",
                "{\"text\":\"Mine is fine\"}")).as("per person").isEqualTo(201);
    }

    @Test
    void onePersonVotesOnceStoredAsAHashAndTheListRanksByVotesThenAge() throws Exception {
        String session = session(lead, "Priorities");
        String first = ask(ana, session, "First question");
        String second = ask(ben, session, "Second question");
        String votes = "/api/v1/listening/questions/" + second + "/votes";

        MvcResult stream = mvc.perform(MockMvcRequestBuilders.get("/api/v1/listening/sessions/" + session + "/stream")
                .with(Fixtures.as(ben)).accept(MediaType.TEXT_EVENT_STREAM)).andReturn();
        assertThat(stream.getRequest().isAsyncStarted()).isTrue();

        assertThat(ids(call(ben, HttpMethod.GET, "/api/v1/listening/sessions/" + session + "/questions", null, 200)))
                .as("a tie goes to the older question").containsExactly(first, second);
        call(ana, HttpMethod.POST, votes, null, 201);
        MockHttpServletResponse twice = api(ana, HttpMethod.POST, votes, null);
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(twice.getContentAsString()).contains("already voted");

        List<String> hashes = jdbc.sql("SELECT voter_hash FROM listening_vote WHERE question_id = ?")
                .param(UUID.fromString(second)).query(String.class).list();
        assertThat(hashes).hasSize(1);
        assertThat(hashes.get(0)).hasSize(64).doesNotContain(ana.personId().toString());

        JsonNode ranked = call(ben, HttpMethod.GET, "/api/v1/listening/sessions/" + session + "/questions", null, 200);
        assertThat(ids(ranked)).containsExactly(second, first);
        assertThat(ranked.get("items").get(0).get("votes").asInt()).isEqualTo(1);
        assertThat(ranked.get("items").get(0).get("voted").asBoolean()).as("ben has not voted").isFalse();

        String events = stream.getResponse().getContentAsString();
        assertThat(events).contains("event:question\ndata:{\"id\":\"" + second + "\",\"votes\":1,\"status\":\"VISIBLE\"}");
        assertThat(events).doesNotContain(ana.name()).doesNotContain(ben.name()).doesNotContain(ana.personId().toString());

        assertThat(status(ana, HttpMethod.DELETE, votes, null)).isEqualTo(204);
        assertThat(status(ana, HttpMethod.DELETE, votes, null)).isEqualTo(404);
        assertThat(status(ben, HttpMethod.DELETE, votes, null)).as("never voted").isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM listening_vote WHERE question_id = ?").param(UUID.fromString(second))
                .query(Integer.class).single()).isZero();

        CurrentUser stranger = fixtures.library("Vote Stranger Library").admin();
        assertThat(status(stranger, HttpMethod.POST, "/api/v1/listening/questions/" + first + "/votes", null)).isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/listening/sessions/" + session + "/stream")
                .with(Fixtures.as(stranger)).accept(MediaType.TEXT_EVENT_STREAM)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aModeratedSessionHoldsQuestionsAndHidingIsCountedInPublic() throws Exception {
        String session = call(lead, HttpMethod.POST, "/api/v1/listening/sessions",
                "{\"title\":\"Moderated forum\",\"startsAt\":\"" + soon() + "\",\"moderated\":true}", 201)
                .get("id").asString();
        String anonymous = ask(ana, session, "Is the reorganization final?");
        String named = call(ben, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions",
                "{\"text\":\"Off topic: parking?\",\"anonymous\":false}", 201).get("id").asString();
        String listPath = "/api/v1/listening/sessions/" + session + "/questions";

        assertThat(ids(call(ana, HttpMethod.GET, listPath, null, 200))).as("held: not even its anonymous asker is known")
                .isEmpty();
        assertThat(ids(call(ben, HttpMethod.GET, listPath, null, 200))).as("a named asker sees their own").containsExactly(named);
        assertThat(ids(call(lead, HttpMethod.GET, listPath, null, 200))).containsExactlyInAnyOrder(anonymous, named);
        assertThat(status(ana, HttpMethod.POST, "/api/v1/listening/questions/" + named + "/votes", null))
                .as("a held question takes no votes").isEqualTo(409);
        assertThat(status(ana, HttpMethod.POST, "/api/v1/listening/questions/" + anonymous + "/approve", null))
                .as("staff do not moderate").isEqualTo(403);

        call(lead, HttpMethod.POST, "/api/v1/listening/questions/" + anonymous + "/approve", null, 204);
        MockHttpServletResponse badReason = api(lead, HttpMethod.POST, "/api/v1/listening/questions/" + named + "/hide",
                "{\"reason\":\"BORING\"}");
        assertThat(badReason.getStatus()).isEqualTo(400);
        call(lead, HttpMethod.POST, "/api/v1/listening/questions/" + named + "/hide", "{\"reason\":\"OFF_TOPIC\"}", 204);
        call(lead, HttpMethod.POST, "/api/v1/listening/questions/" + anonymous + "/answer",
                "{\"answer\":\"Not yet: the board decides in March.\"}", 204);
        assertThat(status(lead, HttpMethod.POST, "/api/v1/listening/questions/" + anonymous + "/answer",
                "{\"answer\":\"\"}")).isEqualTo(400);

        JsonNode seen = call(ana, HttpMethod.GET, listPath, null, 200);
        assertThat(ids(seen)).containsExactly(anonymous);
        assertThat(seen.get("items").get(0).get("answer").asString()).isEqualTo("Not yet: the board decides in March.");
        JsonNode own = call(ben, HttpMethod.GET, listPath, null, 200);
        assertThat(own.get("items").toString()).contains("\"hiddenReason\":\"OFF_TOPIC\"");
        assertThat(call(ana, HttpMethod.GET, "/api/v1/listening/sessions/" + session, null, 200).get("hidden")
                .get("OFF_TOPIC").asInt()).isEqualTo(1);
        assertThat(page(ana, "/listening/sessions/" + session)).contains("Hidden by the hosts:").contains("1 off topic")
                .contains("Not yet: the board decides in March.").doesNotContain("parking");
        assertThat(page(ben, "/listening/sessions/" + session)).contains("Hidden by the hosts (off topic)");
        String host = page(lead, "/listening/sessions/" + session);
        assertThat(host).contains("parking").contains("Anonymous").doesNotContain(ana.name());
        assertThat(status(ana, HttpMethod.POST, "/api/v1/listening/questions/" + named + "/votes", null))
                .as("a hidden question takes no votes").isEqualTo(409);
        assertThat(page(lead, "/listening/sessions/" + session + "/present")).as("the projector shows visible questions only")
                .contains("Is the reorganization final?").doesNotContain("parking");
    }

    @Test
    void theSessionPageWorksInSpanish() throws Exception {
        String session = session(lead, "Sesión de invierno");
        ask(ana, session, "¿Habrá más personal?");
        String html = mvc.perform(MockMvcRequestBuilders.get("/listening/sessions/" + session).header("Accept-Language", "es")
                .with(Fixtures.as(ben)).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Preguntas").contains("sin nombre, sin dirección IP, solo la fecha")
                .contains("Votar por esta").contains("Anónimo");
    }

    @Test
    void aHostCreatesASessionWithTheFormKeepingWhatWasTyped() throws Exception {
        MockHttpServletResponse bad = form(lead, "/listening/sessions", "title", "Staff forum", "startsAt", "tomorrow",
                "audience", "LIBRARY", "agenda", "1. Welcome");
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Please enter a date and time").contains("Staff forum")
                .contains("1. Welcome");
        MockHttpServletResponse made = form(lead, "/listening/sessions", "title", "Staff forum", "startsAt",
                "2030-03-10T18:00", "audience", "BRANCH:" + eastside, "format", "HYBRID", "location", "Room B");
        assertThat(made.getStatus()).isEqualTo(302);
        String page = page(ana, String.valueOf(made.getHeader(HttpHeaders.LOCATION)));
        assertThat(page).contains("Staff forum").contains("Hybrid").contains("Room B");
        assertThat(status(ana, HttpMethod.GET, "/listening/sessions/new", null)).isEqualTo(403);
    }
}

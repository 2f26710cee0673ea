package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.ApiTestBase;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The anonymous feedback after a session: who may answer and when, once each, what is stored (no
 * person), and what those who run the program see: nothing under k answers, comments only from
 * max(10, 2k).
 */
@IntegrationTest
class SessionFeedbackTests extends ApiTestBase {

    @Autowired ProgramsManagement programs;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser lead;
    List<CurrentUser> attendees;
    CurrentUser absent;
    UUID session;

    @BeforeEach
    void sessionThatTookPlace() {
        library = fixtures.library("Feedback Library");
        lead = library.person("Fern Lead", Role.WELLNESS_LEAD);
        absent = library.person("Abe Absent");
        UUID program = programs.create(lead, ProgramDraft.of("Guided meditation", ProgramCategory.GUIDED_MEDITATION,
                ProgramAudience.STAFF));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(12));
        session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 20)).get(0);
        attendees = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            CurrentUser person = library.person("Attendee " + i);
            programs.register(person, session);
            attendees.add(person);
        }
    }

    /** The session took place: it ended an hour ago. */
    private void takesPlace(Duration endedAgo) {
        Instant end = Instant.now().minus(endedAgo);
        jdbc.sql("UPDATE program_session SET starts_at = ?, ends_at = ? WHERE id = ?")
                .params(Timestamp.from(end.minus(Duration.ofHours(1))), Timestamp.from(end), session).update();
    }

    @Test
    void thoseWhoTookPartAnswerOnceAndLeadsSeeResultsOnlyFromK() throws Exception {
        String path = "/api/v1/programs/sessions/" + session + "/feedback";
        assertThat(call(attendees.get(0), HttpMethod.GET, path, null, 200).get("status").asString()).isEqualTo("NOT_YET");
        assertThat(call(attendees.get(0), HttpMethod.POST, path, "{\"rating\":5}", 400).get("errors").get(0)
                .get("pointer").asString()).isEqualTo("#/session");
        takesPlace(Duration.ofHours(1));

        assertThat(call(absent, HttpMethod.GET, path, null, 200).get("status").asString()).isEqualTo("NOT_ATTENDED");
        call(absent, HttpMethod.POST, path, "{\"rating\":1}", 400);
        assertThat(call(attendees.get(0), HttpMethod.POST, path, "{\"rating\":9}", 400).get("errors").get(0)
                .get("pointer").asString()).isEqualTo("#/rating");
        call(attendees.get(0), HttpMethod.POST, path, "{\"comment\":\"" + "x".repeat(1_001) + "\",\"rating\":3}", 400);

        for (int i = 0; i < 4; i++) {
            call(attendees.get(i), HttpMethod.POST, path, "{\"rating\":" + (i % 2 == 0 ? 5 : 4)
                    + ",\"comment\":\"Calming, thank you " + i + "\"}", 201);
        }
        call(attendees.get(0), HttpMethod.POST, path, "{\"rating\":1}", 409);
        assertThat(call(attendees.get(0), HttpMethod.GET, path, null, 200).get("status").asString()).isEqualTo("GIVEN");

        JsonNode underK = call(lead, HttpMethod.GET, path, null, 200).get("results");
        assertThat(underK.get("threshold").asInt()).isEqualTo(5);
        assertThat(underK.get("answers").isNull()).as("4 answers are under k").isTrue();
        assertThat(underK.get("average").isNull()).isTrue();
        assertThat(page(lead, "/programs/sessions/" + session + "/feedback")).contains("Fewer than 5 people have answered");

        call(attendees.get(4), HttpMethod.POST, path, "{\"rating\":3}", 201);
        JsonNode atK = call(lead, HttpMethod.GET, path, null, 200).get("results");
        assertThat(atK.get("answers").asInt()).isEqualTo(5);
        assertThat(atK.get("average").asDouble()).isEqualTo(4.2);
        assertThat(atK.get("ratings").get("5").asInt()).isEqualTo(2);
        assertThat(atK.get("comments").isNull()).as("comments need 10 answers").isTrue();
        assertThat(call(attendees.get(5), HttpMethod.GET, path, null, 200).get("results").isNull())
                .as("only those who run the program see results").isTrue();

        for (int i = 5; i < 10; i++) {
            call(attendees.get(i), HttpMethod.POST, path, "{\"rating\":4}", 201);
        }
        JsonNode all = call(lead, HttpMethod.GET, path, null, 200).get("results");
        assertThat(all.get("answers").asInt()).isEqualTo(10);
        List<String> comments = new ArrayList<>();
        all.get("comments").forEach(c -> comments.add(c.asString()));
        assertThat(comments).containsExactly("Calming, thank you 0", "Calming, thank you 1", "Calming, thank you 2",
                "Calming, thank you 3");
        assertThat(page(lead, "/programs/sessions/" + session + "/feedback")).contains("Calming, thank you 2",
                "10 answers, on average 4.1 out of 5.");

        String stored = jdbc.sql("SELECT * FROM program_feedback").query().listOfRows().toString()
                + jdbc.sql("SELECT * FROM program_feedback_given").query().listOfRows();
        for (CurrentUser person : attendees) {
            assertThat(stored).as("nothing stored names who answered").doesNotContain(person.personId().toString(),
                    person.name());
        }
        CurrentUser stranger = fixtures.library("Elsewhere Feedback Library").admin();
        call(stranger, HttpMethod.GET, path, null, 404);
        call(stranger, HttpMethod.POST, path, "{\"rating\":5}", 404);
    }

    @Test
    void theFormKeepsWhatWasTypedAndClosesAfterTheWindowOrACancellation() throws Exception {
        takesPlace(Duration.ofHours(2));
        String page = "/programs/sessions/" + session + "/feedback";
        assertThat(page(attendees.get(0), "/programs/" + programs.programOf(lead, session)))
                .as("the program page links to it").contains(page);
        MockHttpServletResponse missing = form(attendees.get(0), page, Map.of("comment", "The room was cold"));
        assertThat(missing.getStatus()).isEqualTo(200);
        assertThat(missing.getContentAsString()).contains("Choose how the session was for you.", "The room was cold");
        MockHttpServletResponse sent = form(attendees.get(0), page, Map.of("rating", "4", "comment", "The room was cold"));
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(page(attendees.get(0), page)).contains("your feedback on this session is in");

        String spanish = mvc.perform(MockMvcRequestBuilders.get(page).with(Fixtures.as(attendees.get(1)))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString();
        assertThat(spanish).contains("¿Qué tal fue esta sesión para ti?", "Enviar opinión");

        takesPlace(SessionFeedback.WINDOW.plus(Duration.ofHours(1)));
        assertThat(call(attendees.get(1), HttpMethod.GET, "/api/v1" + page, null, 200).get("status").asString())
                .isEqualTo("CLOSED");
        takesPlace(Duration.ofHours(1));
        jdbc.sql("UPDATE program_session SET cancelled = TRUE WHERE id = ?").param(session).update();
        assertThat(call(attendees.get(1), HttpMethod.GET, "/api/v1" + page, null, 200).get("status").asString())
                .isEqualTo("CLOSED");
    }

    private String page(CurrentUser person, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse form(CurrentUser person, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(Fixtures.as(person)).with(csrf())
                .accept(MediaType.TEXT_HTML);
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }
}

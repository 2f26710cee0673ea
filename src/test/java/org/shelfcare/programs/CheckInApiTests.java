package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.ApiTestBase;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Walk-ins counted through the API, with problem details for bad input, and the check-in list's
 * "Here" button answering htmx with just its row and the count.
 */
@IntegrationTest
class CheckInApiTests extends ApiTestBase {

    @Autowired ProgramsManagement programs;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser lead;
    CurrentUser staff;
    UUID session;
    String api;

    @BeforeEach
    void session() {
        library = fixtures.library("Check-in API Library");
        lead = library.person("Wanda Lead", Role.WELLNESS_LEAD);
        staff = library.person("Stan Staff");
        UUID program = programs.create(lead, ProgramDraft.of("Poetry club", ProgramCategory.POETRY_CLUB,
                ProgramAudience.STAFF));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(2)).plus(Duration.ofHours(15));
        session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10)).get(0);
        programs.register(staff, session);
        api = "/api/v1/programs/sessions/" + session + "/attendance";
    }

    @Test
    void walkInsAreCountedThroughTheApiAndBadInputGetsProblemDetails() throws Exception {
        JsonNode counted = call(lead, api + "/walk-ins", "{\"count\":3}", 200);
        assertThat(counted.get("walkIns").asInt()).isEqualTo(3);
        assertThat(counted.get("registered").asInt()).isEqualTo(1);
        assertThat(counted.get("present").asInt()).isEqualTo(3);
        call(lead, api + "/walk-ins", "{\"count\":1,\"name\":\"Nia Newcomer\"}", 200);
        JsonNode sheet = json.readTree(mvc.perform(MockMvcRequestBuilders.get(api).with(Fixtures.as(lead))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString());
        assertThat(sheet.get("walkIns").asInt()).isEqualTo(4);
        assertThat(sheet.get("present").asInt()).isEqualTo(4);

        assertThat(pointer(call(lead, api + "/walk-ins", "{\"count\":0}", 400))).isEqualTo("#/count");
        assertThat(pointer(call(lead, api + "/walk-ins", "{}", 400))).isEqualTo("#/count");
        assertThat(pointer(call(lead, api + "/walk-ins", "{\"count\":501}", 400))).isEqualTo("#/count");
        assertThat(pointer(call(lead, api + "/walk-ins", "{\"count\":2,\"name\":\"Two People\"}", 400)))
                .isEqualTo("#/name");
        assertThat(pointer(call(lead, api + "/walk-ins", "{\"count\":1,\"name\":\"" + "x".repeat(201) + "\"}", 400)))
                .isEqualTo("#/name");
        call(lead, api + "/walk-ins", "{\"count\":\"a few\"}", 400);
        call(lead, api + "/walk-ins", "not json", 400);
        call(staff, api + "/walk-ins", "{\"count\":1}", 403);
        call(fixtures.library("Check-in Other Library").admin(), api + "/walk-ins", "{\"count\":1}", 404);
        assertThat(jdbc.sql("SELECT walk_ins FROM program_session WHERE id = ?").param(session).query(Integer.class)
                .single()).as("refused requests count no one").isEqualTo(4);
    }

    @Test
    void theHereButtonAnswersHtmxWithItsRowAndTheCountOnly() throws Exception {
        UUID registration = jdbc.sql("SELECT id FROM program_registration WHERE session_id = ?").param(session)
                .query(UUID.class).single();
        String path = "/programs/sessions/" + session + "/attendance/" + registration;
        MockHttpServletResponse htmx = mvc.perform(MockMvcRequestBuilders.post(path).with(Fixtures.as(lead)).with(csrf())
                .header("HX-Request", "true").param("attended", "true")).andReturn().getResponse();
        assertThat(htmx.getStatus()).isEqualTo(200);
        String fragment = htmx.getContentAsString().strip();
        assertThat(fragment).startsWith("<tr id=\"r-" + registration + "\"").contains("aria-pressed=\"true\"",
                "Stan Staff", "hx-swap-oob=\"true\"", "Present: 1 of 1 registered (0 walk-ins)")
                .doesNotContain("<html", "<h1");

        MockHttpServletResponse plain = mvc.perform(MockMvcRequestBuilders.post(path).with(Fixtures.as(lead)).with(csrf())
                .param("attended", "false")).andReturn().getResponse();
        assertThat(plain.getStatus()).as("without JavaScript, the list again at the same row").isEqualTo(302);
        assertThat(plain.getRedirectedUrl()).endsWith("/attendance#r-" + registration);
        assertThat(jdbc.sql("SELECT attended FROM program_session WHERE id = ?").param(session).query(Integer.class)
                .single()).isZero();
    }

    private static String pointer(JsonNode problem) {
        return problem.get("errors").get(0).get("pointer").asString();
    }

    private JsonNode call(CurrentUser person, String path, @Nullable String body, int status) throws Exception {
        MockHttpServletResponse response = api(person, HttpMethod.POST, path, body);
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        return json.readTree(response.getContentAsString().isEmpty() ? "{}" : response.getContentAsString());
    }
}

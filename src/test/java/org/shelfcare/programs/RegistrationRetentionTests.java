package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The number of days a library keeps registrations after a session: admins set it on the programs
 * settings page or through the API (1 to 365, the instance's 30 by default), the public page tells
 * patrons that number, and the cleanup deletes each library's registrations by its own number.
 */
@IntegrationTest
class RegistrationRetentionTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired RegistrationRetention retention;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser admin;
    CurrentUser lead;
    UUID session;

    @BeforeEach
    void library() {
        library = fixtures.library("Retention Library");
        admin = library.admin();
        lead = library.person("Lena Lead", Role.WELLNESS_LEAD);
        UUID program = programs.create(lead, ProgramDraft.of("Story time", ProgramCategory.OTHER, ProgramAudience.PATRONS));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(5)).plus(Duration.ofHours(15));
        session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10)).get(0);
    }

    @Test
    void anAdminSetsTheDaysOnTheSettingsPageAndThePublicPageSaysThem() throws Exception {
        String slug = directory.organization(library.id()).slug();
        String publicPage = "/p/" + slug + "/programs/sessions/" + session;
        assertThat(html(null, publicPage)).contains("delete them 30 days after it");
        assertThat(html(admin, "/programs/settings")).contains("Days to keep registrations after a session", "value=\"30\"");

        MockHttpServletResponse bad = mvc.perform(MockMvcRequestBuilders.post("/programs/settings/retention")
                .with(Fixtures.as(admin)).with(csrf()).param("keepRegistrationsDays", "400")).andReturn().getResponse();
        assertThat(bad.getContentAsString()).contains("Enter a number of days from 1 to 365.", "value=\"400\"",
                "aria-invalid=\"true\"");
        MockHttpServletResponse words = mvc.perform(MockMvcRequestBuilders.post("/programs/settings/retention")
                .with(Fixtures.as(admin)).with(csrf()).param("keepRegistrationsDays", "a week")).andReturn().getResponse();
        assertThat(words.getContentAsString()).contains("Enter a number of days from 1 to 365.", "value=\"a week\"");
        assertThat(retention.days(library.id())).isEqualTo(30);

        MockHttpServletResponse saved = mvc.perform(MockMvcRequestBuilders.post("/programs/settings/retention")
                .with(Fixtures.as(admin)).with(csrf()).param("keepRegistrationsDays", "7")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(html(admin, "/programs/settings")).contains("value=\"7\"");
        assertThat(html(null, publicPage)).contains("delete them 7 days after it");
        mvc.perform(MockMvcRequestBuilders.post("/programs/settings/retention").with(Fixtures.as(admin)).with(csrf())
                .param("keepRegistrationsDays", "1"));
        assertThat(html(null, publicPage)).contains("delete them one day after it");
        assertThat(mvc.perform(MockMvcRequestBuilders.get(publicPage).header(HttpHeaders.ACCEPT_LANGUAGE, "es")
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString()).contains("los borramos un día después");

        assertThat(mvc.perform(MockMvcRequestBuilders.post("/programs/settings/retention").with(Fixtures.as(lead))
                .with(csrf()).param("keepRegistrationsDays", "90")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(retention.days(library.id())).isEqualTo(1);
    }

    @Test
    void theApiReadsAndChangesTheSettingsWithProblemDetails() throws Exception {
        String api = "/api/v1/programs/settings";
        JsonNode settings = call(admin, HttpMethod.GET, api, null, 200);
        assertThat(settings.get("keepRegistrationsDays").asInt()).isEqualTo(30);
        assertThat(settings.get("embedOrigins")).isEmpty();

        assertThat(call(admin, HttpMethod.PUT, api, "{\"keepRegistrationsDays\":0}", 400).get("errors").get(0)
                .get("pointer").asString()).isEqualTo("#/keepRegistrationsDays");
        assertThat(call(admin, HttpMethod.PUT, api, "{}", 400).get("errors").get(0).get("pointer").asString())
                .isEqualTo("#/keepRegistrationsDays");
        call(admin, HttpMethod.PUT, api, "{\"keepRegistrationsDays\":\"many\"}", 400);
        JsonNode badOrigin = call(admin, HttpMethod.PUT, api,
                "{\"keepRegistrationsDays\":14,\"embedOrigins\":[\"http://example.org\"]}", 400);
        assertThat(badOrigin.get("errors").get(0).get("pointer").asString()).isEqualTo("#/embedOrigins");
        assertThat(retention.days(library.id())).as("nothing changes on a bad request").isEqualTo(30);

        JsonNode changed = call(admin, HttpMethod.PUT, api,
                "{\"keepRegistrationsDays\":14,\"embedOrigins\":[\"https://library.example.org\"]}", 200);
        assertThat(changed.get("keepRegistrationsDays").asInt()).isEqualTo(14);
        assertThat(changed.get("embedOrigins").get(0).asString()).isEqualTo("https://library.example.org");
        assertThat(call(admin, HttpMethod.PUT, api, "{\"keepRegistrationsDays\":60}", 200).get("embedOrigins").get(0)
                .asString()).as("origins left out stay").isEqualTo("https://library.example.org");
        call(lead, HttpMethod.GET, api, null, 403);
        call(lead, HttpMethod.PUT, api, "{\"keepRegistrationsDays\":5}", 403);
        assertThat(retention.days(library.id())).isEqualTo(60);
    }

    @Test
    void theCleanupDeletesEachLibrarysRegistrationsByItsOwnNumberOfDays() {
        Fixtures.Library other = fixtures.library("Default Retention Library");
        UUID otherProgram = programs.create(other.admin(), ProgramDraft.of("Book club", ProgramCategory.OTHER,
                ProgramAudience.PATRONS));
        Instant start = Instant.now().plus(Duration.ofDays(5));
        UUID otherSession = programs.addSessions(other.admin(), otherProgram,
                SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10)).get(0);
        UUID mine = patronRegistration(library.id(), session, "kept-short@example.org");
        UUID theirs = patronRegistration(other.id(), otherSession, "kept-long@example.org");
        endedDaysAgo(session, 4);
        endedDaysAgo(otherSession, 4);
        retention.set(admin, 3);

        assertThat(retention.deleteExpired(Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(exists(mine)).as("3 days kept, the session ended 4 days ago").isFalse();
        assertThat(exists(theirs)).as("the other library keeps the default 30 days").isTrue();

        retention.set(admin, 5);
        UUID again = patronRegistration(library.id(), session, "kept-longer@example.org");
        retention.deleteExpired(Instant.now());
        assertThat(exists(again)).as("5 days kept, the session ended 4 days ago").isTrue();
    }

    private UUID patronRegistration(UUID orgId, UUID sessionId, String email) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO program_registration (id, session_id, org_id, registrant, name, email, party_size, status, created_at)
                VALUES (?, ?, ?, ?, 'Pat', ?, 1, 'CONFIRMED', ?)""")
                .params(id, sessionId, orgId, "email:" + email, email, Timestamp.from(Instant.now())).update();
        return id;
    }

    private void endedDaysAgo(UUID sessionId, int days) {
        Instant end = Instant.now().minus(Duration.ofDays(days));
        jdbc.sql("UPDATE program_session SET starts_at = ?, ends_at = ? WHERE id = ?")
                .params(Timestamp.from(end.minus(Duration.ofHours(1))), Timestamp.from(end), sessionId).update();
    }

    private boolean exists(UUID registration) {
        return jdbc.sql("SELECT count(*) FROM program_registration WHERE id = ?").param(registration).query(Integer.class)
                .single() > 0;
    }

    private String html(@Nullable CurrentUser person, String path) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML);
        if (person != null) {
            request = request.with(Fixtures.as(person));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private JsonNode call(CurrentUser person, HttpMethod method, String path, @Nullable String body, int status)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).with(Fixtures.as(person))
                .with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(method + " " + path + ": " + response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString().isEmpty() ? "{}" : response.getContentAsString());
    }
}

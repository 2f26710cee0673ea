package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check-in list: those who manage a program mark confirmed registrations present (staff and
 * patrons, parties in full), count walk-ins with or without a name, see attended / registered on
 * the program page; others get 403, another library 404; the marks and names go with the
 * registrations after the session while the counts stay.
 */
@IntegrationTest
class AttendanceTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired PublicPrograms publicPrograms;
    @Autowired Programs tables;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser lead;
    CurrentUser staff;
    UUID program;
    UUID session;
    UUID staffRegistration;
    UUID patronRegistration;

    @BeforeEach
    void library() {
        library = fixtures.library("Attendance Library");
        lead = library.person("Lee Lead", Role.WELLNESS_LEAD);
        staff = library.person("Sam Staff");
        program = programs.create(lead, ProgramDraft.of("Pet therapy visit", ProgramCategory.PET_THERAPY,
                ProgramAudience.BOTH));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(2)).plus(Duration.ofHours(15));
        session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10)).get(0);
        programs.register(staff, session);
        publicPrograms.register(directory.organization(library.id()), session, "Pat Patron", "pat@example.org", 2,
                "10.1.1.1", Locale.ENGLISH);
        staffRegistration = jdbc.sql("SELECT id FROM program_registration WHERE session_id = ? AND person_id IS NOT NULL")
                .param(session).query(UUID.class).single();
        patronRegistration = jdbc.sql("SELECT id FROM program_registration WHERE session_id = ? AND person_id IS NULL")
                .param(session).query(UUID.class).single();
    }

    private String page(CurrentUser user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(user)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFacilitatorTapsHereForRegisteredPeopleAndCountsWalkInsWithoutJavaScript() throws Exception {
        String path = "/programs/sessions/" + session + "/attendance";
        String sheet = page(lead, path);
        assertThat(sheet).contains("Check-in list", "Sam Staff", "Pat Patron", "Present: 0 of 3 registered (0 walk-ins)",
                "aria-pressed=\"false\"").doesNotContain("pat@example.org", "<script>");

        MockHttpServletResponse marked = mvc.perform(MockMvcRequestBuilders.post(path + "/" + patronRegistration)
                .with(Fixtures.as(lead)).with(csrf()).param("attended", "true")).andReturn().getResponse();
        assertThat(marked.getStatus()).isEqualTo(302);
        assertThat(marked.getRedirectedUrl()).isEqualTo(path + "#r-" + patronRegistration);
        // twice changes nothing
        mvc.perform(MockMvcRequestBuilders.post(path + "/" + patronRegistration).with(Fixtures.as(lead)).with(csrf())
                .param("attended", "true"));
        mvc.perform(MockMvcRequestBuilders.post(path + "/walk-ins").with(Fixtures.as(lead)).with(csrf())
                .param("name", "Wally Walk-in"));
        mvc.perform(MockMvcRequestBuilders.post(path + "/walk-ins").with(Fixtures.as(lead)).with(csrf()).param("name", ""));
        assertThat(page(lead, path)).contains("Present: 4 of 3 registered (2 walk-ins)", "Wally Walk-in",
                "aria-pressed=\"true\"");

        String tooLong = "x".repeat(201);
        String error = mvc.perform(MockMvcRequestBuilders.post(path + "/walk-ins").with(Fixtures.as(lead)).with(csrf())
                .accept(MediaType.TEXT_HTML).param("name", tooLong)).andReturn().getResponse().getContentAsString();
        assertThat(error).contains("value=\"" + tooLong + "\"", "200 characters or fewer");

        assertThat(page(lead, "/programs/" + program)).contains("Attended: 4 of 3 registered", path);
        String spanish = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(lead))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString();
        assertThat(spanish).contains("Lista de asistencia", "Presentes: 4 de 3 inscritos");

        // a colleague who does not manage the program, another library
        assertThat(mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(staff))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(page(staff, "/programs/" + program)).doesNotContain("Check-in list");
        Fixtures.Library other = fixtures.library("Other Attendance Library");
        assertThat(mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(other.admin()))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theApiListsAndMarksAttendance() throws Exception {
        String api = "/api/v1/programs/sessions/" + session + "/attendance";
        MockHttpServletResponse put = mvc.perform(MockMvcRequestBuilders.put(api + "/" + staffRegistration).with(csrf())
                .with(Fixtures.as(lead)).contentType(MediaType.APPLICATION_JSON).content("{\"attended\": true}"))
                .andReturn().getResponse();
        assertThat(put.getStatus()).isEqualTo(204);
        JsonNode list = json.readTree(mvc.perform(MockMvcRequestBuilders.get(api).with(Fixtures.as(lead))).andReturn()
                .getResponse().getContentAsString());
        assertThat(list.get("registered").asInt()).isEqualTo(3);
        assertThat(list.get("attended").asInt()).isEqualTo(1);
        assertThat(list.get("items")).hasSize(2);
        assertThat(list.toString()).contains("Sam Staff", "Pat Patron").doesNotContain("pat@example.org");

        assertThat(mvc.perform(MockMvcRequestBuilders.put(api + "/" + staffRegistration).with(csrf()).with(Fixtures.as(lead))
                .contentType(MediaType.APPLICATION_JSON).content("{\"attended\": false}")).andReturn().getResponse()
                .getStatus()).isEqualTo(204);
        assertThat(mvc.perform(MockMvcRequestBuilders.put(api + "/" + staffRegistration).with(csrf()).with(Fixtures.as(lead))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(MockMvcRequestBuilders.put(api + "/" + UUID.randomUUID()).with(csrf()).with(Fixtures.as(lead))
                .contentType(MediaType.APPLICATION_JSON).content("{\"attended\": true}")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.put(api + "/" + staffRegistration).with(csrf()).with(Fixtures.as(staff))
                .contentType(MediaType.APPLICATION_JSON).content("{\"attended\": true}")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT attended FROM program_session WHERE id = ?").param(session).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void whoCameIsDeletedWithTheRegistrationsButTheCountsStay() throws Exception {
        String path = "/programs/sessions/" + session + "/attendance";
        mvc.perform(MockMvcRequestBuilders.post(path + "/" + patronRegistration).with(Fixtures.as(lead)).with(csrf())
                .param("attended", "true"));
        mvc.perform(MockMvcRequestBuilders.post(path + "/walk-ins").with(Fixtures.as(lead)).with(csrf())
                .param("name", "Wally Walk-in"));
        Instant ended = Instant.now().minus(Duration.ofDays(31));
        jdbc.sql("UPDATE program_session SET starts_at = ?, ends_at = ? WHERE id = ?")
                .params(Timestamp.from(ended.minus(Duration.ofHours(1))), Timestamp.from(ended), session).update();
        assertThat(tables.deleteRegistrationsOfSessionsEndedBefore(Instant.now().minus(Duration.ofDays(30)))).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM program_walk_in WHERE session_id = ?").param(session)
                .query(Integer.class).single()).isZero();
        assertThat(page(lead, "/programs/" + program)).contains("Attended: 3 of 3 registered");
        assertThat(page(lead, path)).contains("Present: 3 of 3 registered (1 walk-ins)").doesNotContain("Pat Patron",
                "Wally Walk-in");
    }

    @Test
    void cancellingAPresentRegistrationTakesItOutOfTheCount() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/programs/sessions/" + session + "/attendance/" + staffRegistration)
                .with(Fixtures.as(lead)).with(csrf()).param("attended", "true"));
        programs.cancelRegistration(staff, session);
        assertThat(jdbc.sql("SELECT attended FROM program_session WHERE id = ?").param(session).query(Integer.class)
                .single()).isZero();
    }
}

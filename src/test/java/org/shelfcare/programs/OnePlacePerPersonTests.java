package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * A colleague who registers with one click and again on the public page with their work email
 * (or the other way round) holds one place, not two: the second registration answers 409.
 */
@IntegrationTest
class OnePlacePerPersonTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser lead;
    CurrentUser colleague;
    String slug;
    UUID session;

    @BeforeEach
    void sessionForEveryone() {
        library = fixtures.library("One Place Library");
        lead = library.person("Olive Lead", Role.WELLNESS_LEAD);
        colleague = library.person("Cam Colleague");
        slug = directory.organization(library.id()).slug();
        UUID program = programs.create(lead, ProgramDraft.of("Journaling circle", ProgramCategory.JOURNALING,
                ProgramAudience.BOTH));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(6)).plus(Duration.ofHours(15));
        session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10)).get(0);
    }

    private MockHttpServletResponse publicRegistration(String email, MediaType type) throws Exception {
        String path = "/p/" + slug + "/programs/sessions/" + session + "/registrations";
        if (type.equals(MediaType.APPLICATION_JSON)) {
            return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("name", "Cam", "email", email,
                            "partySize", 1)))).andReturn().getResponse();
        }
        return mvc.perform(MockMvcRequestBuilders.post(path).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Cam").param("email", email)
                .param("partySize", "1")).andReturn().getResponse();
    }

    private int places() {
        return jdbc.sql("SELECT seats_taken FROM program_session WHERE id = ?").param(session).query(Integer.class).single();
    }

    @Test
    void aColleagueRegisteredWithOneClickCannotTakeASecondPlaceOnThePublicPage() throws Exception {
        programs.register(colleague, session);
        String email = Objects.requireNonNull(colleague.email()).toUpperCase(Locale.ROOT);

        MockHttpServletResponse json = publicRegistration(email, MediaType.APPLICATION_JSON);
        assertThat(json.getStatus()).as("the same person, any letter case").isEqualTo(409);
        assertThat(json.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        MockHttpServletResponse form = publicRegistration(email, MediaType.TEXT_HTML);
        assertThat(form.getContentAsString()).contains("This email is already registered for this session");
        assertThat(places()).isEqualTo(1);

        assertThat(publicRegistration("someone.else@example.org", MediaType.APPLICATION_JSON).getStatus()).isEqualTo(201);
        assertThat(places()).isEqualTo(2);
    }

    @Test
    void aColleagueRegisteredOnThePublicPageIsToldWhyOneClickAnswers409() throws Exception {
        assertThat(publicRegistration(Objects.requireNonNull(colleague.email()), MediaType.APPLICATION_JSON).getStatus())
                .isEqualTo(201);
        MockHttpServletResponse api = mvc.perform(MockMvcRequestBuilders
                .post("/api/v1/programs/sessions/" + session + "/registrations").with(Fixtures.as(colleague)).with(csrf())
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(api.getContentAsString()).contains("You are already registered for this session on the library public page");
        assertThat(places()).isEqualTo(1);

        CurrentUser other = library.person("Noor Other");
        programs.register(other, session);
        assertThat(places()).as("others register as before").isEqualTo(2);
    }
}

package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's public program pages and patron registration: no sign-in, no cookie, no script;
 * only published programs for patrons; JSON and form registration without a CSRF token, 409 for
 * the same email twice, clear errors, the hidden field, the confirmation email with its cancel
 * link, the waitlist's promotion email, 404 for a deactivated library, and the deletion of
 * registrations after the session.
 */
@IntegrationTest
class PublicProgramsTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired Programs tables;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser lead;
    String slug;
    UUID teens;
    UUID session;

    @BeforeEach
    void library() {
        library = fixtures.library("Public Programs Library");
        lead = library.person("Lee Lead", Role.WELLNESS_LEAD);
        slug = directory.organization(library.id()).slug();
        teens = programs.create(lead, new ProgramDraft("Poetry club for teens", "Bring a poem you love.",
                ProgramCategory.POETRY_CLUB, ProgramAudience.PATRONS, false, null, "Poet in residence", null, "Teen room",
                null, "Step-free entrance", 13, 18));
        session = programs.addSessions(lead, teens, SessionPlan.once(inDays(4), inDays(4).plus(Duration.ofHours(1)), 3))
                .get(0);
        UUID staffOnly = programs.create(lead, ProgramDraft.of("Staff meditation", ProgramCategory.GUIDED_MEDITATION,
                ProgramAudience.STAFF));
        programs.addSessions(lead, staffOnly, SessionPlan.once(inDays(4), inDays(4).plus(Duration.ofHours(1)), 5));
        UUID draft = programs.create(lead, new ProgramDraft("Secret draft", null, ProgramCategory.OTHER,
                ProgramAudience.BOTH, true, null, null, null, null, null, null, null, null));
        programs.addSessions(lead, draft, SessionPlan.once(inDays(4), inDays(4).plus(Duration.ofHours(1)), 5));
    }

    private static Instant inDays(int days) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(17));
    }

    @Test
    void theListingFeedAndJsonShowOnlyPublishedProgramsForPatronsAndSetNoCookie() throws Exception {
        MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs").accept(MediaType.TEXT_HTML))
                .andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("Poetry club for teens", "Teen room", "13–18", "Step-free entrance", "3 seats left")
                .doesNotContain("Staff meditation", "Secret draft", "<script", "_csrf");
        assertThat(page.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(page.getRequest().getSession(false)).isNull();

        MockHttpServletResponse ics = mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs.ics")).andReturn()
                .getResponse();
        assertThat(ics.getContentType()).startsWith("text/calendar");
        assertThat(ics.getContentAsString()).contains("BEGIN:VEVENT", "SUMMARY:Poetry club for teens",
                session + "@programs.shelfcare").doesNotContain("Staff meditation");

        JsonNode list = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs.json")).andReturn()
                .getResponse().getContentAsString());
        assertThat(list.get("items")).hasSize(1);
        assertThat(list.get("items").get(0).get("title").asString()).isEqualTo("Poetry club for teens");
        assertThat(list.get("items").get(0).get("seatsLeft").asInt()).isEqualTo(3);

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/p/no-such-library/programs")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        jdbc.sql("UPDATE organization SET active = FALSE WHERE id = ?").param(library.id()).update();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs.json")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void patronsRegisterByJsonWithoutAnAccountAndAPartyLargerThanTheSeatsLeftWaitsWhole() throws Exception {
        assertThat(register("Ana", "ana@example.org", 2)).isEqualTo(201);
        assertThat(lastStatus).isEqualTo("CONFIRMED");
        assertThat(register("Ana again", "ANA@example.org", 1)).as("the same email twice").isEqualTo(409);
        assertThat(register("Ben", "ben@example.org", 2)).isEqualTo(201);
        assertThat(lastStatus).as("two people, one seat left: the whole party waits").isEqualTo("WAITLISTED");
        assertThat(register("Cy", "cy@example.org", 1)).isEqualTo(201);
        assertThat(lastStatus).isEqualTo("CONFIRMED");

        assertThat(register("Dee", "not-an-email", 1)).isEqualTo(400);
        assertThat(lastBody).contains("#/email");
        assertThat(register("<script>x</script>", "dee@example.org", 0)).isEqualTo(400);
        assertThat(lastBody).contains("#/partySize");
        programs.cancelSession(lead, session);
        assertThat(register("Eve", "eve@example.org", 1)).isEqualTo(400);
        assertThat(lastBody).contains("cancelled");
    }

    @Test
    void theConfirmationEmailCarriesACancelLinkAndAFreedSeatGoesToTheWaitingPartyByEmail() throws Exception {
        register("Ana", "ana@example.org", 3);
        register("Ben", "ben@example.org", 2);
        String body = jdbc.sql("SELECT body_text FROM email_outbox WHERE recipient = ? AND org_id = ?")
                .params("ana@example.org", library.id()).query(String.class).single();
        Matcher link = Pattern.compile("(/p/" + slug + "/programs/registrations/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as("a cancel link in %s", body).isTrue();
        assertThat(body).contains("Poetry club for teens", "3 people");

        assertThat(mvc.perform(MockMvcRequestBuilders.get(link.group(1))).andReturn().getResponse().getContentAsString())
                .contains("Cancel your registration for \"Poetry club for teens\"");
        assertThat(mvc.perform(MockMvcRequestBuilders.post(link.group(1))).andReturn().getResponse().getStatus())
                .as("no CSRF token needed").isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM program_registration WHERE email = 'ana@example.org' AND session_id = ?").param(session)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT status FROM program_registration WHERE email = 'ben@example.org' AND session_id = ?").param(session)
                .query(String.class).single()).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("SELECT subject FROM email_outbox WHERE recipient = ? AND org_id = ?")
                .params("ben@example.org", library.id()).query(String.class).list())
                .anySatisfy(subject -> assertThat(subject).contains("A seat opened up"));
        assertThat(mvc.perform(MockMvcRequestBuilders.get(link.group(1))).andReturn().getResponse().getStatus())
                .as("a used link").isEqualTo(404);
    }

    @Test
    void theFormRegistersWithoutATokenKeepsWhatWasTypedAndTheHiddenFieldRegistersNothing() throws Exception {
        String path = "/p/" + slug + "/programs/sessions/" + session + "/registrations";
        MockHttpServletResponse bad = mvc.perform(MockMvcRequestBuilders.post(path).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Flo").param("email", "flo@")
                .param("partySize", "2")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Please enter an email address", "value=\"flo@\"", "value=\"Flo\"");

        MockHttpServletResponse robot = mvc.perform(MockMvcRequestBuilders.post(path).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Bot").param("email", "bot@example.org")
                .param("partySize", "1").param("website", "http://spam.example")).andReturn().getResponse();
        assertThat(robot.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM program_registration WHERE email = 'bot@example.org' AND session_id = ?").param(session)
                .query(Integer.class).single()).isZero();

        MockHttpServletResponse ok = mvc.perform(MockMvcRequestBuilders.post(path).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Flo").param("email", "flo@example.org")
                .param("partySize", "2")).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(ok.getHeader(HttpHeaders.LOCATION)).endsWith("?registered=CONFIRMED");
        assertThat(mvc.perform(MockMvcRequestBuilders.get(ok.getHeader(HttpHeaders.LOCATION))).andReturn().getResponse()
                .getContentAsString()).contains("You are registered.");
        MockHttpServletResponse twice = mvc.perform(MockMvcRequestBuilders.post(path).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Flo").param("email", "flo@example.org")
                .param("partySize", "1")).andReturn().getResponse();
        assertThat(twice.getContentAsString()).contains("already registered for this session");
    }

    @Test
    void registrationsAreDeletedAfterTheSessionAndLimitsStopAFlood() {
        UUID patron = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO program_registration (id, session_id, org_id, registrant, name, email, party_size, status, created_at)
                VALUES (?, ?, ?, 'email:old@example.org', 'Old', 'old@example.org', 1, 'CONFIRMED', ?)""")
                .params(patron, session, library.id(), java.sql.Timestamp.from(Instant.now())).update();
        jdbc.sql("UPDATE program_session SET starts_at = ?, ends_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(31))),
                        java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(31)).plus(Duration.ofHours(1))), session)
                .update();
        assertThat(tables.deleteRegistrationsOfSessionsEndedBefore(Instant.now().minus(Duration.ofDays(30)))).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM program_registration WHERE id = ?").param(patron).query(Integer.class)
                .single()).isZero();

        RegistrationLimits limits = new RegistrationLimits(3, 2);
        limits.check("10.0.0.1", "flood@example.org");
        limits.check("10.0.0.2", "Flood@example.org");
        assertThatThrownBy(() -> limits.check("10.0.0.3", "flood@example.org")).isInstanceOf(RateLimited.class);
        limits.check("10.0.0.1", "a@example.org");
        limits.check("10.0.0.1", "b@example.org");
        assertThatThrownBy(() -> limits.check("10.0.0.1", "c@example.org")).isInstanceOf(RateLimited.class)
                .satisfies(e -> assertThat(((RateLimited) e).retryAfterSeconds()).isPositive());
    }

    String lastStatus;
    String lastBody;

    private int register(String name, String email, int party) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders
                .post("/p/" + slug + "/programs/sessions/" + session + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("name", name, "email", email, "partySize", party))))
                .andReturn().getResponse();
        lastBody = response.getContentAsString();
        lastStatus = response.getStatus() == 201 ? json.readTree(lastBody).get("status").asString() : null;
        return response.getStatus();
    }

}

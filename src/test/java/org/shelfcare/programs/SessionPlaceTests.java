package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
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
 * A session's own room or online link: sessions take the program's place unless they have their
 * own, every page, feed and email shows the session's, and a new place is told like a move.
 */
@IntegrationTest
class SessionPlaceTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired SessionNotices notices;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    OrganizationView org;
    CurrentUser lead;
    CurrentUser staff;
    String slug;
    UUID program;
    Instant start;

    @BeforeEach
    void library() {
        library = fixtures.library("Place Library");
        org = directory.organization(library.id());
        lead = library.person("Lee Lead", Role.WELLNESS_LEAD);
        staff = library.person("Sam Staff");
        slug = org.slug();
        program = programs.create(lead, new ProgramDraft("Poetry club", null, ProgramCategory.POETRY_CLUB,
                ProgramAudience.BOTH, false, null, "Pat Poet", null, "Teen room", null, null, null, null));
        ZoneId zone = org.zone();
        start = ZonedDateTime.of(ZonedDateTime.now(zone).toLocalDate().plusDays(5), LocalTime.of(17, 0), zone).toInstant();
    }

    @Test
    void sessionsAddedWithTheirOwnPlaceShowItEverywhereAndTheOthersKeepTheProgramsPlace() throws Exception {
        UUID usual = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 5)).get(0);
        Instant later = start.plus(Duration.ofDays(7));
        MockHttpServletResponse added = api("POST", "/api/v1/programs/" + program + "/sessions", lead,
                "{\"startsAt\":\"" + later + "\",\"endsAt\":\"" + later.plus(Duration.ofHours(1))
                        + "\",\"capacity\":5,\"room\":\"  Auditorium \",\"onlineLink\":\"https://meet.example.org/poems\"}");
        assertThat(added.getStatus()).isEqualTo(201);
        UUID own = UUID.fromString(json.readTree(added.getContentAsString()).get("ids").get(0).asString());

        JsonNode sessions = json.readTree(api("GET", "/api/v1/programs/" + program + "/sessions", lead, null)
                .getContentAsString()).get("items");
        assertThat(sessions.get(0).get("room").isNull()).as("empty means as the program").isTrue();
        assertThat(sessions.get(1).get("room").asString()).isEqualTo("Auditorium");
        assertThat(sessions.get(1).get("onlineLink").asString()).isEqualTo("https://meet.example.org/poems");

        String page = html("/programs/" + program, lead);
        assertThat(page).contains("In Auditorium this time", "href=\"https://meet.example.org/poems\"");

        String publicPage = mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs/sessions/" + own)
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(publicPage).contains("Auditorium", "https://meet.example.org/poems").doesNotContain("Teen room");
        String embed = mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/embed").accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(embed).contains("Teen room", "Auditorium");

        JsonNode list = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs.json"))
                .andReturn().getResponse().getContentAsString()).get("items");
        assertThat(list.get(0).get("room").asString()).isEqualTo("Teen room");
        assertThat(list.get(1).get("room").asString()).isEqualTo("Auditorium");
        assertThat(list.get(1).get("onlineUrl").asString()).isEqualTo("https://meet.example.org/poems");

        String feed = mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs.ics")).andReturn().getResponse()
                .getContentAsString();
        assertThat(feed).contains("LOCATION:Teen room", "LOCATION:Auditorium", "URL:https://meet.example.org/poems");
        String ics = mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + own + ".ics").with(Fixtures.as(staff)))
                .andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("LOCATION:Auditorium", "URL:https://meet.example.org/poems").doesNotContain("Teen room");
        String usualIcs = mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + usual + ".ics")
                .with(Fixtures.as(staff))).andReturn().getResponse().getContentAsString();
        assertThat(usualIcs).contains("LOCATION:Teen room").doesNotContain("URL:");
    }

    @Test
    void theAddSessionsFormTakesAPlaceForEverySessionItCreatesAndKeepsBadInput() throws Exception {
        String day = start.atZone(org.zone()).toLocalDate().toString();
        String bad = mvc.perform(MockMvcRequestBuilders.post("/programs/" + program + "/sessions").with(Fixtures.as(lead))
                        .with(csrf()).accept(MediaType.TEXT_HTML).param("date", day).param("startTime", "17:00")
                        .param("endTime", "18:00").param("repeat", "WEEKLY").param("count", "2")
                        .param("room", "Auditorium").param("onlineLink", "javascript:alert(1)"))
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Please enter a web address starting with https://", "value=\"Auditorium\"",
                "value=\"javascript:alert(1)\"", "aria-invalid=\"true\"");
        assertThat(programs.sessions(lead, program)).as("nothing added").isEmpty();

        mvc.perform(MockMvcRequestBuilders.post("/programs/" + program + "/sessions").with(Fixtures.as(lead)).with(csrf())
                .accept(MediaType.TEXT_HTML).param("date", day).param("startTime", "17:00").param("endTime", "18:00")
                .param("repeat", "WEEKLY").param("count", "2").param("room", "<b>Auditorium</b>").param("onlineLink", ""));
        List<SessionView> added = programs.sessions(lead, program);
        assertThat(added).hasSize(2).allSatisfy(s -> {
            assertThat(s.room()).isEqualTo("<b>Auditorium</b>");
            assertThat(s.onlineLink()).isNull();
        });
        assertThat(html("/programs/" + program, lead)).as("markup is text")
                .contains("In &lt;b&gt;Auditorium&lt;/b&gt; this time").doesNotContain("<b>Auditorium</b>");
    }

    @Test
    void theApiRefusesLinksThatAreNotWebAddressesAndRoomsTooLong() throws Exception {
        UUID session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 5))
                .get(0);
        String when = "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(1)) + "\"";
        MockHttpServletResponse link = api("POST", "/api/v1/programs/" + program + "/sessions", lead,
                "{" + when + ",\"onlineLink\":\"ftp://files.example.org\"}");
        assertThat(link.getStatus()).isEqualTo(400);
        assertThat(link.getContentAsString()).contains("#/onlineLink");
        MockHttpServletResponse room = api("PUT", "/api/v1/programs/sessions/" + session, lead,
                "{" + when + ",\"capacity\":5,\"room\":\"" + "x".repeat(ProgramsManagement.ROOM_MAX + 1) + "\"}");
        assertThat(room.getStatus()).isEqualTo(400);
        assertThat(room.getContentAsString()).contains("#/room");
        assertThat(programs.sessions(lead, program)).hasSize(1).first().satisfies(s -> assertThat(s.room()).isNull());
    }

    @Test
    void aNewPlaceIsToldLikeAMoveAndCalendarsTakeIt() throws Exception {
        UUID session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 5))
                .get(0);
        programs.register(staff, session);
        assertThat(registerPatron(session, "Ana", "ana@example.org", Locale.forLanguageTag("es"))).isEqualTo(201);
        String when = "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(1)) + "\",\"capacity\":5";

        assertThat(api("PUT", "/api/v1/programs/sessions/" + session, lead, "{" + when + ",\"room\":\"Teen room\"}")
                .getStatus()).as("the program's own room").isEqualTo(200);
        assertThat(subjects("ana@example.org")).as("the same place is no change").noneMatch(s -> s.startsWith("Nuevo"));

        MockHttpServletResponse changed = api("PUT", "/api/v1/programs/sessions/" + session, lead,
                "{" + when + ",\"room\":\"Auditorium\"}");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(json.readTree(changed.getContentAsString()).get("room").asString()).isEqualTo("Auditorium");
        assertThat(notice(staff.personId())).contains("Poetry club", "Auditorium",
                SessionNotices.when(start, org, Locale.ENGLISH));
        Locale es = Locale.forLanguageTag("es");
        assertThat(body("ana@example.org", "Nuevo lugar: Poetry club")).contains("Auditorium",
                SessionNotices.when(start, org, es), "Conservas tu inscripción y tu plaza");
        String ics = mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + session + ".ics")
                .with(Fixtures.as(staff))).andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("LOCATION:Auditorium", "SEQUENCE:1");

        Instant moved = start.plus(Duration.ofDays(1));
        assertThat(api("PUT", "/api/v1/programs/sessions/" + session, lead, "{\"startsAt\":\"" + moved
                + "\",\"endsAt\":\"" + moved.plus(Duration.ofHours(1)) + "\",\"capacity\":5}").getStatus())
                .as("moved, and back to the program's room").isEqualTo(200);
        assertThat(body("ana@example.org", "Nueva hora: Poetry club")).contains("Teen room",
                SessionNotices.when(moved, org, es));
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + session + ".ics")
                .with(Fixtures.as(staff))).andReturn().getResponse().getContentAsString())
                .contains("LOCATION:Teen room", "SEQUENCE:2");
    }

    @Test
    void theChangeFormShowsTheSessionsOwnPlaceAndChangesIt() throws Exception {
        UUID session = programs.addSessions(lead, program, new SessionPlan(start, start.plus(Duration.ofHours(1)), 5,
                false, Recurrence.ONCE, "Auditorium", null)).get(0);
        assertThat(html("/programs/sessions/" + session + "/edit", lead)).contains("value=\"Auditorium\"",
                "Leave empty to use the program's: Teen room");

        String day = start.atZone(org.zone()).toLocalDate().toString();
        mvc.perform(MockMvcRequestBuilders.post("/programs/sessions/" + session + "/edit").with(Fixtures.as(lead))
                .with(csrf()).accept(MediaType.TEXT_HTML).param("date", day).param("startTime", "17:00")
                .param("endTime", "18:00").param("capacity", "5").param("room", "")
                .param("onlineLink", "https://meet.example.org/once"));
        SessionView after = programs.sessions(lead, program).get(0);
        assertThat(after.room()).as("empty: the program's room again").isNull();
        assertThat(after.onlineLink()).isEqualTo("https://meet.example.org/once");
    }

    @Test
    void theReminderNamesTheSessionsOwnPlace() throws Exception {
        ZoneId zone = org.zone();
        Instant tomorrow = ZonedDateTime.of(ZonedDateTime.now(zone).toLocalDate().plusDays(1), LocalTime.of(17, 0), zone)
                .toInstant();
        UUID session = programs.addSessions(lead, program, new SessionPlan(tomorrow, tomorrow.plus(Duration.ofHours(1)),
                5, false, Recurrence.ONCE, "Auditorium", null)).get(0);
        assertThat(registerPatron(session, "Wes", "wes@example.org", Locale.ENGLISH)).isEqualTo(201);

        notices.sendReminders(Instant.now());

        assertThat(body("wes@example.org", "Tomorrow: Poetry club")).contains("Where: Auditorium")
                .doesNotContain("Teen room");
    }

    private int registerPatron(UUID session, String name, String email, Locale locale) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/p/" + slug + "/programs/sessions/" + session + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).locale(locale)
                .header("Accept-Language", locale.toLanguageTag())
                .content(json.writeValueAsString(Map.of("name", name, "email", email, "partySize", 1))))
                .andReturn().getResponse().getStatus();
    }

    private MockHttpServletResponse api(String method, String path, CurrentUser as, String body) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
                .with(Fixtures.as(as)).with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String html(String path, CurrentUser as) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(as)).accept(MediaType.TEXT_HTML)).andReturn()
                .getResponse().getContentAsString();
    }

    private String notice(UUID personId) {
        return jdbc.sql("SELECT args FROM notification WHERE person_id = ? AND type = ?")
                .params(personId, SessionNotices.MOVED_NOTICE).query(String.class).single();
    }

    private String body(String recipient, String subject) {
        return jdbc.sql("SELECT body_text FROM email_outbox WHERE recipient = ? AND org_id = ? AND subject = ?")
                .params(recipient, library.id(), subject).query(String.class).single();
    }

    private List<String> subjects(String recipient) {
        return jdbc.sql("SELECT subject FROM email_outbox WHERE recipient = ? AND org_id = ?")
                .params(recipient, library.id()).query(String.class).list();
    }
}

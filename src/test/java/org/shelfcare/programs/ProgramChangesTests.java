package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Changing a program after the fact: moving a session tells everyone registered or waiting, each
 * in their language, and calendars take the new time; seats never drop below those held and more
 * seats seat the waitlist; deleting a program cancels its upcoming sessions, hides it everywhere
 * (404) and can be undone by those who manage it.
 */
@IntegrationTest
class ProgramChangesTests {

    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    OrganizationView org;
    CurrentUser lead;
    CurrentUser staff;
    CurrentUser colleague;
    String slug;
    UUID program;
    Instant start;
    UUID session;

    @BeforeEach
    void library() {
        library = fixtures.library("Changes Library");
        org = directory.organization(library.id());
        lead = library.person("Lee Lead", Role.WELLNESS_LEAD);
        staff = library.person("Sam Staff");
        colleague = library.person("Cora Colleague");
        directory.setLocale(colleague.personId(), Locale.forLanguageTag("es"));
        slug = org.slug();
        program = programs.create(lead, new ProgramDraft("Pet therapy visit", null, ProgramCategory.PET_THERAPY,
                ProgramAudience.BOTH, false, null, "Biscuit and handler", null, "Story room", null, null, null, null));
        ZoneId zone = org.zone();
        start = ZonedDateTime.of(ZonedDateTime.now(zone).toLocalDate().plusDays(5), LocalTime.of(17, 0), zone).toInstant();
        session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 3)).get(0);
    }

    @Test
    void movingASessionTellsEveryoneRegisteredOrWaitingInTheirLanguageAndCalendarsTakeTheNewTime() throws Exception {
        programs.register(staff, session);
        programs.register(colleague, session);
        assertThat(registerPatron("Ana", "ana@example.org", Locale.forLanguageTag("es"))).isEqualTo(201);
        assertThat(registerPatron("Wes", "wes@example.org", Locale.ENGLISH)).as("waitlisted").isEqualTo(201);
        Instant moved = start.plus(Duration.ofDays(2)).plus(Duration.ofHours(1));

        MockHttpServletResponse response = api("PUT", "/api/v1/programs/sessions/" + session, lead,
                "{\"startsAt\":\"" + moved + "\",\"endsAt\":\"" + moved.plus(Duration.ofMinutes(90)) + "\",\"capacity\":3}");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(json.readTree(response.getContentAsString()).get("startsAt").asString()).isEqualTo(moved.toString());
        Locale es = Locale.forLanguageTag("es");
        assertThat(notice(staff.personId(), SessionNotices.MOVED_NOTICE))
                .contains(SessionNotices.when(start, org, Locale.ENGLISH), SessionNotices.when(moved, org, Locale.ENGLISH));
        assertThat(notice(colleague.personId(), SessionNotices.MOVED_NOTICE)).as("in Spanish, the library's time zone")
                .contains(SessionNotices.when(moved, org, es));
        assertThat(body("ana@example.org", "Nueva hora: Pet therapy visit"))
                .contains(SessionNotices.when(start, org, es), SessionNotices.when(moved, org, es), "conservas tu plaza");
        assertThat(body("wes@example.org", "New time: Pet therapy visit"))
                .contains(SessionNotices.when(moved, org, Locale.ENGLISH), "You stay on the waitlist");

        String ics = mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + session + ".ics").with(Fixtures.as(staff)))
                .andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("DTSTART:" + ICS.format(moved), "SEQUENCE:1");
        String feed = mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs.ics")).andReturn().getResponse()
                .getContentAsString();
        assertThat(feed).contains("DTSTART:" + ICS.format(moved), "SEQUENCE:1");

        assertThat(api("PUT", "/api/v1/programs/sessions/" + session, lead,
                "{\"startsAt\":\"" + moved + "\",\"endsAt\":\"" + moved.plus(Duration.ofMinutes(90)) + "\",\"capacity\":4}")
                .getStatus()).as("more seats, same time").isEqualTo(200);
        assertThat(subjects("wes@example.org")).as("no second move notice when the time stays")
                .containsOnlyOnce("New time: Pet therapy visit");
    }

    @Test
    void seatsCannotDropBelowThoseHeldAndMoreSeatsSeatTheWaitlistInOrder() throws Exception {
        programs.register(staff, session);
        assertThat(registerPatron("Ana", "ana@example.org", Locale.ENGLISH)).isEqualTo(201);
        assertThat(registerPatron("Wes", "wes@example.org", Locale.ENGLISH)).isEqualTo(201);
        programs.register(colleague, session);
        String when = "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(1)) + "\"";

        MockHttpServletResponse lower = api("PUT", "/api/v1/programs/sessions/" + session, lead,
                "{" + when + ",\"capacity\":2}");
        assertThat(lower.getStatus()).isEqualTo(400);
        assertThat(lower.getContentAsString()).contains("#/capacity",
                "3 people hold seats, so the session needs at least 3 seats.");

        String page = mvc.perform(MockMvcRequestBuilders.post("/programs/sessions/" + session + "/edit")
                        .with(Fixtures.as(lead)).with(csrf()).accept(MediaType.TEXT_HTML)
                        .param("date", start.atZone(org.zone()).toLocalDate().toString()).param("startTime", "18:30")
                        .param("endTime", "19:30").param("capacity", "1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("3 people hold seats, so the session needs at least 3 seats.", "value=\"18:30\"",
                "value=\"1\"", "aria-invalid=\"true\"");
        assertThat(programs.sessions(lead, program).get(0).startsAt()).as("nothing changed").isEqualTo(start);

        assertThat(api("PUT", "/api/v1/programs/sessions/" + session, lead, "{" + when + ",\"capacity\":3,\"dropIn\":true}")
                .getContentAsString()).contains("#/dropIn", "4 people are registered or waiting");

        assertThat(api("PUT", "/api/v1/programs/sessions/" + session, lead, "{" + when + ",\"capacity\":4}").getStatus())
                .isEqualTo(200);
        assertThat(registration(colleague.personId())).as("the colleague waited first").isEqualTo("CONFIRMED");
        assertThat(count("SELECT count(*) FROM notification WHERE person_id = ? AND type = ?", colleague.personId(),
                Registrations.PROMOTED_NOTICE)).isEqualTo(1);
        SessionView after = programs.sessions(lead, program).get(0);
        assertThat(after.capacity()).isEqualTo(4);
        assertThat(after.seatsTaken()).isEqualTo(4);
        assertThat(after.waiting()).isZero();
        assertThat(subjects("wes@example.org")).noneMatch(s -> s.startsWith("New time"));
    }

    @Test
    void aCancelledOrBegunSessionCannotBeChangedAndOnlyThoseWhoManageChangeOne() throws Exception {
        String body = "{\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(2)) + "\",\"capacity\":3}";
        assertThat(api("PUT", "/api/v1/programs/sessions/" + session, staff, body).getStatus()).isEqualTo(403);
        assertThat(api("PUT", "/api/v1/programs/sessions/" + session, fixtures.library("Elsewhere").admin(), body)
                .getStatus()).isEqualTo(404);
        jdbc.sql("UPDATE program_session SET starts_at = ?, ends_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)),
                        java.sql.Timestamp.from(Instant.now().plusSeconds(3600)), session).update();
        assertThat(api("PUT", "/api/v1/programs/sessions/" + session, lead, body).getContentAsString())
                .contains("#/session", "has begun or ended");

        UUID other = programs.addSessions(lead, program, SessionPlan.once(start.plus(Duration.ofDays(7)),
                start.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)), 3)).get(0);
        programs.cancelSession(lead, other);
        MockHttpServletResponse cancelled = api("PUT", "/api/v1/programs/sessions/" + other, lead,
                "{\"startsAt\":\"" + start.plus(Duration.ofDays(8)) + "\",\"endsAt\":\""
                        + start.plus(Duration.ofDays(8)).plus(Duration.ofHours(1)) + "\",\"capacity\":3}");
        assertThat(cancelled.getStatus()).isEqualTo(400);
        assertThat(cancelled.getContentAsString()).contains("A cancelled session cannot be changed.");
    }

    @Test
    void theCancelPageSaysEveryoneWillBeToldAndStaffNoticesShowDatesInTheirLanguage() throws Exception {
        programs.register(colleague, session);
        String page = mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + session + "/cancel")
                .with(Fixtures.as(lead)).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Everyone registered or waiting will be told: staff in the app and by email, "
                + "patrons by email.");

        programs.cancelSession(lead, session);

        assertThat(notice(colleague.personId(), SessionNotices.CANCELLED_NOTICE))
                .contains(SessionNotices.when(start, org, Locale.forLanguageTag("es")))
                .doesNotContain(start.atZone(org.zone()).toLocalDate().toString());
        assertThat(body(colleague.email(), "Cancelada: Pet therapy visit")).contains(SessionNotices.when(start, org, Locale.forLanguageTag("es")));
    }

    @Test
    void deletingAProgramCancelsItsSessionsHidesItEverywhereAndThoseWhoManageItRestoreIt() throws Exception {
        programs.register(staff, session);
        assertThat(registerPatron("Ana", "ana@example.org", Locale.ENGLISH)).isEqualTo(201);
        programs.addSessions(lead, program, SessionPlan.once(start.plus(Duration.ofDays(7)),
                start.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)), 3));

        String confirm = mvc.perform(MockMvcRequestBuilders.get("/programs/" + program + "/delete")
                .with(Fixtures.as(lead)).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Its 2 upcoming sessions will be cancelled.",
                "2 people are registered or waiting, and will be told", "for 30 days");
        CurrentUser otherAdmin = fixtures.library("Other Changes Library").admin();
        assertThat(api("DELETE", "/api/v1/programs/" + program, otherAdmin, null).getStatus()).isEqualTo(404);
        assertThat(api("DELETE", "/api/v1/programs/" + program, staff, null).getStatus()).isEqualTo(403);

        assertThat(api("DELETE", "/api/v1/programs/" + program, lead, null).getStatus()).isEqualTo(204);

        assertThat(count("SELECT count(*) FROM notification WHERE person_id = ? AND type = ?", staff.personId(),
                SessionNotices.CANCELLED_NOTICE)).isEqualTo(1);
        assertThat(subjects("ana@example.org")).contains("Cancelled: Pet therapy visit");
        assertThat(api("GET", "/api/v1/programs/" + program, lead, null).getStatus()).isEqualTo(404);
        assertThat(api("GET", "/api/v1/programs", lead, null).getContentAsString()).doesNotContain("Pet therapy visit");
        assertThat(api("DELETE", "/api/v1/programs/" + program, lead, null).getStatus()).as("twice").isEqualTo(404);
        assertThat(status(MockMvcRequestBuilders.get("/programs/" + program).with(Fixtures.as(lead)))).isEqualTo(404);
        assertThat(status(MockMvcRequestBuilders.get("/programs/sessions/" + session + ".ics").with(Fixtures.as(staff))))
                .isEqualTo(404);
        for (String path : List.of("/p/" + slug + "/programs", "/p/" + slug + "/programs.ics",
                "/p/" + slug + "/programs.json", "/p/" + slug + "/embed")) {
            assertThat(mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getContentAsString())
                    .as(path).doesNotContain("Pet therapy visit");
        }
        assertThat(status(MockMvcRequestBuilders.get("/p/" + slug + "/programs/sessions/" + session))).isEqualTo(404);
        assertThat(status(MockMvcRequestBuilders.get("/p/" + slug + "/programs/sessions/" + session + ".ics")))
                .isEqualTo(404);

        String home = mvc.perform(MockMvcRequestBuilders.get("/programs").with(Fixtures.as(lead)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Recently deleted", "Pet therapy visit", "/programs/" + program + "/restore");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/programs").with(Fixtures.as(staff)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString()).doesNotContain("Recently deleted");
        assertThat(api("GET", "/api/v1/programs/deleted", lead, null).getContentAsString()).contains(program.toString());
        assertThat(api("POST", "/api/v1/programs/" + program + "/restore", staff, null).getStatus()).isEqualTo(404);
        assertThat(api("POST", "/api/v1/programs/" + program + "/restore", otherAdmin, null).getStatus()).isEqualTo(404);

        assertThat(status(MockMvcRequestBuilders.post("/programs/" + program + "/restore").with(Fixtures.as(lead))
                .with(csrf()))).isEqualTo(302);

        assertThat(programs.program(staff, program).title()).isEqualTo("Pet therapy visit");
        assertThat(programs.sessions(staff, program)).as("the sessions stay cancelled").allMatch(SessionView::cancelled);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs")).andReturn().getResponse()
                .getContentAsString()).contains("Pet therapy visit");
        assertThat(programs.recentlyDeleted(lead)).isEmpty();
    }

    @Test
    void aProgramDeletedLongerAgoThanItCanBeRestoredIsDeletedForGood() {
        programs.deleteProgram(lead, program);
        jdbc.sql("UPDATE program SET deleted_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(31))), program).update();

        int purged = programs().purgeDeletedBefore(Instant.now().minus(Duration.ofDays(30)));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM program_session WHERE program_id = ?", program)).isZero();
        assertThat(programs.recentlyDeleted(lead)).isEmpty();
    }

    private Programs programs() {
        return new Programs(jdbc);
    }

    private int registerPatron(String name, String email, Locale locale) throws Exception {
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

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
    }

    private String notice(UUID personId, String type) {
        return jdbc.sql("SELECT args FROM notification WHERE person_id = ? AND type = ?").params(personId, type)
                .query(String.class).single();
    }

    private String body(String recipient, String subject) {
        return jdbc.sql("SELECT body_text FROM email_outbox WHERE recipient = ? AND org_id = ? AND subject = ?")
                .params(recipient, library.id(), subject).query(String.class).single();
    }

    private List<String> subjects(String recipient) {
        return jdbc.sql("SELECT subject FROM email_outbox WHERE recipient = ? AND org_id = ?")
                .params(recipient, library.id()).query(String.class).list();
    }

    private String registration(UUID personId) {
        return jdbc.sql("SELECT status FROM program_registration WHERE session_id = ? AND person_id = ?")
                .params(session, personId).query(String.class).single();
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}

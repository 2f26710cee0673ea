package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Programs and sessions: who creates and sees them (library programs, a supervisor's team
 * programs, drafts, delegation to a facilitator), recurrence, capacity, staff registration with
 * the waitlist and its promotion, and bad input answered field by field in the person's language.
 */
@IntegrationTest
class ProgramsTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired ProgramsManagement programs;
    @Autowired NotificationManagement notifications;

    Fixtures.Library library;
    CurrentUser lead;
    CurrentUser staff;
    CurrentUser supervisor;
    CurrentUser report;
    CurrentUser facilitator;

    @BeforeEach
    void library() {
        library = fixtures.library("Programs Library");
        lead = library.person("Wren Wellness", Role.WELLNESS_LEAD);
        staff = library.person("Sam Staff");
        supervisor = library.person("Sue Supervisor", Role.SUPERVISOR);
        report = library.reportOf(supervisor, "Remy Report");
        facilitator = library.person("Fay Facilitator");
    }

    private static Instant inDays(int days, int hour) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hour));
    }

    private UUID session(CurrentUser by, UUID program, Integer capacity) {
        return programs.addSessions(by, program, SessionPlan.once(inDays(3, 15), inDays(3, 16), capacity)).get(0);
    }

    @Test
    void theApiCreatesAProgramAndItsSessionsWithTheIssuesCodes() throws Exception {
        MockHttpServletResponse created = api("POST", "/api/v1/programs", lead,
                "{\"title\":\"Bring Your Own Cup\",\"category\":\"GATHERING\",\"audience\":\"STAFF\"}");
        assertThat(created.getStatus()).isEqualTo(201);
        String id = json.readTree(created.getContentAsString()).get("id").asString();
        MockHttpServletResponse session = api("POST", "/api/v1/programs/" + id + "/sessions", lead,
                "{\"startsAt\":\"" + inDays(5, 14) + "\",\"endsAt\":\"" + inDays(5, 15) + "\",\"capacity\":12}");
        assertThat(session.getStatus()).isEqualTo(201);
        assertThat(json.readTree(session.getContentAsString()).get("id").asString()).isNotBlank();

        JsonNode list = json.readTree(api("GET", "/api/v1/programs", staff, null).getContentAsString());
        assertThat(list.get("items").toString()).contains("Bring Your Own Cup", "GATHERING");
        JsonNode sessions = json.readTree(api("GET", "/api/v1/programs/" + id + "/sessions", staff, null).getContentAsString());
        assertThat(sessions.get("items").get(0).get("capacity").asInt()).isEqualTo(12);

        MockHttpServletResponse zero = api("POST", "/api/v1/programs/" + id + "/sessions", lead,
                "{\"startsAt\":\"" + inDays(5, 14) + "\",\"endsAt\":\"" + inDays(5, 15) + "\",\"capacity\":0}");
        assertThat(zero.getStatus()).isEqualTo(400);
        assertThat(zero.getContentAsString()).contains("#/capacity");
        MockHttpServletResponse badCategory = api("POST", "/api/v1/programs", lead,
                "{\"title\":\"Yoga\",\"category\":\"YOGA\",\"audience\":\"STAFF\"}");
        assertThat(badCategory.getStatus()).isEqualTo(400);
        assertThat(badCategory.getContentAsString()).contains("#/category");
        assertThat(api("POST", "/api/v1/programs", staff,
                "{\"title\":\"Mine\",\"category\":\"OTHER\",\"audience\":\"STAFF\"}").getStatus()).isEqualTo(403);
    }

    @Test
    void draftsAndTeamProgramsAreSeenOnlyByThoseTheyAreFor() {
        UUID draft = programs.create(lead, new ProgramDraft("Quiet journaling", null, ProgramCategory.JOURNALING,
                ProgramAudience.STAFF, true, null, null, null, null, null, null, null, null));
        UUID team = programs.create(supervisor, ProgramDraft.of("Team walk", ProgramCategory.GATHERING, ProgramAudience.STAFF));

        assertThat(programs.programs(staff)).extracting(ProgramView::title).doesNotContain("Quiet journaling", "Team walk");
        assertThat(programs.programs(report)).extracting(ProgramView::title).contains("Team walk")
                .doesNotContain("Quiet journaling");
        assertThat(programs.programs(lead)).extracting(ProgramView::title).contains("Quiet journaling", "Team walk");
        assertThatThrownBy(() -> programs.program(staff, draft)).isInstanceOf(ErrorResponseException.class)
                .extracting(e -> ((ErrorResponseException) e).getStatusCode().value()).isEqualTo(404);
        assertThatThrownBy(() -> programs.program(staff, team)).isInstanceOf(ErrorResponseException.class);
        // a team program is for staff
        assertThatThrownBy(() -> programs.create(supervisor, ProgramDraft.of("Story time", ProgramCategory.OTHER,
                ProgramAudience.PATRONS))).isInstanceOf(InvalidInput.class);
        // another library sees none of it
        CurrentUser stranger = fixtures.library("Other Programs Library").admin();
        assertThatThrownBy(() -> programs.program(stranger, team)).isInstanceOf(ErrorResponseException.class);
    }

    @Test
    void aProgramDelegatedToItsFacilitatorIsTheirsToManageButNotToHandOn() {
        UUID id = programs.create(lead, new ProgramDraft("Pet therapy visit", null, ProgramCategory.PET_THERAPY,
                ProgramAudience.BOTH, false, facilitator.personId(), null, null, "Children's room", null,
                "Step-free entrance", 5, 12));
        assertThat(programs.program(facilitator, id).manages()).isTrue();
        assertThat(programs.program(facilitator, id).delegates()).isFalse();
        assertThat(programs.program(staff, id).manages()).isFalse();
        assertThat(programs.program(staff, id).facilitator()).isEqualTo(facilitator.name());

        programs.update(facilitator, id, new ProgramDraft("Pet therapy visit with Biscuit", null,
                ProgramCategory.PET_THERAPY, ProgramAudience.BOTH, false, staff.personId(), null, null, null, null, null,
                5, 12));
        ProgramView changed = programs.program(lead, id);
        assertThat(changed.title()).isEqualTo("Pet therapy visit with Biscuit");
        assertThat(changed.facilitatorId()).as("a facilitator cannot hand the program on").isEqualTo(facilitator.personId());
        assertThat(session(facilitator, id, 10)).isNotNull();
        assertThatThrownBy(() -> programs.update(staff, id, ProgramDraft.of("Mine", ProgramCategory.OTHER,
                ProgramAudience.BOTH))).isInstanceOf(ErrorResponseException.class);
    }

    @Test
    void aWeeklySeriesSkipsItsExceptionsAndOneWithNoEndStopsAfterAYear() {
        UUID id = programs.create(lead, ProgramDraft.of("Guided meditation", ProgramCategory.GUIDED_MEDITATION,
                ProgramAudience.STAFF));
        Instant start = inDays(2, 12);
        LocalDate first = start.atZone(lead.zone()).toLocalDate();
        List<UUID> ten = programs.addSessions(lead, id, new SessionPlan(start, start.plus(Duration.ofMinutes(30)), 8,
                false, new Recurrence(Recurrence.Frequency.WEEKLY, null, 10, java.util.Set.of(first.plusWeeks(3)))));
        assertThat(ten).hasSize(9);
        List<UUID> endless = programs.addSessions(lead, id, new SessionPlan(start, start.plus(Duration.ofMinutes(30)),
                8, false, new Recurrence(Recurrence.Frequency.WEEKLY, null, null, java.util.Set.of())));
        assertThat(endless).hasSize(53);
        List<SessionView> sessions = programs.sessions(lead, id);
        assertThat(sessions.get(sessions.size() - 1).startsAt()).isBefore(start.plus(Duration.ofDays(367)));
        // the local time stays the same across daylight-saving changes
        assertThat(sessions).allSatisfy(s -> assertThat(s.startsAt().atZone(lead.zone()).toLocalTime())
                .isEqualTo(start.atZone(lead.zone()).toLocalTime()));
    }

    @Test
    void aMonthlySeriesMeetsOnTheSameWeekdayOfTheMonth() {
        LocalDate firstTuesday = LocalDate.of(2031, 1, 7);
        Recurrence monthly = new Recurrence(Recurrence.Frequency.MONTHLY, null, 4, java.util.Set.of());
        assertThat(monthly.dates(firstTuesday)).containsExactly(firstTuesday, LocalDate.of(2031, 2, 4),
                LocalDate.of(2031, 3, 4), LocalDate.of(2031, 4, 1));
        LocalDate lastFriday = LocalDate.of(2031, 1, 31);
        assertThat(new Recurrence(Recurrence.Frequency.MONTHLY, LocalDate.of(2031, 3, 31), null, java.util.Set.of())
                .dates(lastFriday)).containsExactly(lastFriday, LocalDate.of(2031, 2, 28), LocalDate.of(2031, 3, 28));
    }

    @Test
    void aFullSessionWaitlistsAndAFreedSeatGoesToTheFirstWhoWaits() {
        UUID id = programs.create(lead, ProgramDraft.of("Poetry club", ProgramCategory.POETRY_CLUB, ProgramAudience.STAFF));
        UUID s = session(lead, id, 1);
        assertThat(programs.register(staff, s)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(programs.register(report, s)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThatThrownBy(() -> programs.register(staff, s)).isInstanceOf(ErrorResponseException.class)
                .extracting(e -> ((ErrorResponseException) e).getStatusCode().value()).isEqualTo(409);

        programs.cancelRegistration(staff, s);
        assertThat(programs.sessions(report, id).get(0).mine()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(programs.sessions(report, id).get(0).seatsTaken()).isEqualTo(1);
        assertThat(notifications.notifications(report)).anySatisfy(n ->
                assertThat(n.args()).contains("Poetry club"));
    }

    @Test
    void dropInCancelledAndPatronOnlySessionsTakeNoStaffRegistrations() {
        UUID id = programs.create(lead, ProgramDraft.of("Drop-in crafts", ProgramCategory.WORKSHOP, ProgramAudience.STAFF));
        UUID dropIn = programs.addSessions(lead, id, new SessionPlan(inDays(3, 15), inDays(3, 16), null, true,
                Recurrence.ONCE)).get(0);
        assertThatThrownBy(() -> programs.register(staff, dropIn)).isInstanceOf(InvalidInput.class);
        UUID later = session(lead, id, 5);
        programs.cancelSession(lead, later);
        assertThatThrownBy(() -> programs.register(staff, later)).isInstanceOf(InvalidInput.class);
        UUID patrons = programs.create(lead, ProgramDraft.of("Teen poetry", ProgramCategory.POETRY_CLUB,
                ProgramAudience.PATRONS));
        UUID teen = session(lead, patrons, 5);
        assertThatThrownBy(() -> programs.register(staff, teen)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> programs.addSessions(lead, id, SessionPlan.once(inDays(-1, 10), inDays(-1, 11), 3)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void thePagesCreateAProgramAddASeriesAndRegisterWithOneClick() throws Exception {
        MockHttpServletResponse bad = post("/programs", lead, Map.of("title", "<b>Calm</b> hour", "category", "",
                "audience", "STAFF", "onlineUrl", "javascript:alert(1)"));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Please choose a category.", "value=\"&lt;b>Calm&lt;/b> hour\"",
                "Please enter a web address starting with https://");

        MockHttpServletResponse created = post("/programs", lead, Map.of("title", "Calm hour", "category",
                "GUIDED_MEDITATION", "audience", "STAFF", "accessibility", "Chairs and mats"));
        assertThat(created.getStatus()).isEqualTo(302);
        String page = created.getHeader(HttpHeaders.LOCATION);
        LocalDate day = LocalDate.now(lead.zone()).plusDays(7);
        MockHttpServletResponse added = post(page + "/sessions", lead, Map.of("date", day.toString(),
                "startTime", "12:00", "endTime", "12:30", "capacity", "6", "repeat", "WEEKLY", "count", "4",
                "except", day.plusWeeks(1).toString()));
        assertThat(added.getStatus()).isEqualTo(302);
        UUID programId = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        assertThat(programs.sessions(lead, programId)).hasSize(3);

        MockHttpServletResponse wrongTimes = post(page + "/sessions", lead, Map.of("date", day.toString(),
                "startTime", "12:00", "endTime", "11:00", "capacity", "0"));
        assertThat(wrongTimes.getContentAsString()).contains("A session has to end after it starts.",
                "Seats have to be from 1 to", "value=\"11:00\"");

        String html = mvc.perform(MockMvcRequestBuilders.get(page).with(Fixtures.as(staff)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Calm hour", "Chairs and mats", "6 of 6 seats left", "Register")
                .doesNotContain("Add sessions");
        UUID first = programs.sessions(staff, programId).get(0).id();
        assertThat(post("/programs/sessions/" + first + "/register", staff, Map.of()).getStatus()).isEqualTo(302);
        String after = mvc.perform(MockMvcRequestBuilders.get(page).with(Fixtures.as(staff)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("5 of 6 seats left", "You are registered.");
        String coming = mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + first + "/registrations")
                .with(Fixtures.as(lead)).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(coming).contains(staff.name(), "Registered", "One seat taken, 0 waiting");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + first + "/registrations")
                .with(Fixtures.as(staff)).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus()).isEqualTo(403);

        String spanish = mvc.perform(MockMvcRequestBuilders.get("/programs").with(Fixtures.as(staff))
                .locale(java.util.Locale.forLanguageTag("es")).header(HttpHeaders.ACCEPT_LANGUAGE, "es")
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(spanish).contains("Calm hour");
    }

    private MockHttpServletResponse post(String path, CurrentUser as, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(Fixtures.as(as)).with(csrf())
                .accept(MediaType.TEXT_HTML);
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse api(String method, String path, CurrentUser as, String body) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path)
                .with(Fixtures.as(as)).with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}

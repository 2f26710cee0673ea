package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calendar feeds: made, read back with ical4j exactly as a calendar app would (without signing in),
 * revoked, renewed; what each kind of feed shows, and that no kind or note of a private request
 * ever appears in one.
 */
@IntegrationTest
class TimeoffFeedsTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TimeoffManagement timeoff;
    @Autowired LeaveFeeds feeds;

    Fixtures.Library library;
    CurrentUser supervisor;
    CurrentUser report;
    CurrentUser colleague;
    LocalDate today;

    @BeforeEach
    void people() {
        library = fixtures.library("Feeds Library");
        supervisor = library.person("Fiona Supervisor", Role.SUPERVISOR);
        report = library.reportOf(supervisor, "Felix Report");
        colleague = library.reportOf(supervisor, "Farah Colleague");
        today = timeoff.today(report);
    }

    @Test
    void theOwnFeedShowsApprovedAndPendingTimeOffAndPrivateKindsOnlyAsOut() throws Exception {
        UUID vacation = send(report, "VACATION", 20, 22, "Visiting my grandmother");
        send(report, "MENTAL_HEALTH_DAY", 5, 5, null);
        UUID training = send(report, "TRAINING", 30, 30, "Storytime workshop");
        timeoff.decide(supervisor, training, "APPROVE", null);
        UUID cancelled = send(report, "OTHER", 40, 40, null);
        timeoff.cancel(report, cancelled);

        String path = feeds.create(report, "MINE", null).path();
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        String text = response.getContentAsString();
        assertThat(text).doesNotContain("Mental health", "MENTAL_HEALTH_DAY", "grandmother", "Storytime");

        List<VEvent> events = events(text);
        assertThat(events).hasSize(3);
        VEvent pending = event(events, vacation);
        assertThat(value(pending, "SUMMARY")).isEqualTo("Vacation (waiting for a decision)");
        assertThat(value(pending, "STATUS")).isEqualTo("TENTATIVE");
        // all-day events; the end is the day after the last one
        assertThat(value(pending, "DTSTART")).isEqualTo(ical(today.plusDays(20)));
        assertThat(value(pending, "DTEND")).isEqualTo(ical(today.plusDays(23)));
        assertThat(events).extracting(e -> value(e, "SUMMARY")).containsExactlyInAnyOrder(
                "Vacation (waiting for a decision)", "Out", "Training");
        assertThat(value(event(events, training), "STATUS")).isEqualTo("CONFIRMED");
    }

    @Test
    void theTeamFeedShowsApprovedTimeOffAsNameOutInThePersonsZone() throws Exception {
        jdbc.sql("UPDATE person SET time_zone = 'America/Chicago' WHERE id = ?").param(colleague.personId()).update();
        CurrentUser chicago = fixtures.directory().currentUser(colleague.personId()).orElseThrow();
        LocalDate day = timeoff.today(chicago).plusDays(12);
        UUID sick = send(chicago, "SICK", 3, 3, "Migraine");
        UUID hours = timeoff.request(chicago, new LeaveDraft("VACATION", day.toString(), day.toString(), "HOURS",
                "14:00", "16:30", "Dentist"), null).id();
        timeoff.decide(supervisor, hours, "APPROVE", null);
        send(chicago, "VACATION", 50, 52, null); // pending: not in a team feed

        String text = mvc.perform(get(feeds.create(report, "TEAM", null).path())).andReturn().getResponse()
                .getContentAsString();
        assertThat(text).doesNotContain("Sick", "SICK", "Migraine", "Dentist", "Vacation");
        assertThat(new CalendarBuilder().build(new StringReader(text)).<Property>getProperty("X-WR-CALNAME")
                .map(Property::getValue)).hasValue("My team's time off (ShelfCare)");
        List<VEvent> events = events(text);
        assertThat(events).extracting(e -> value(e, "SUMMARY")).containsOnly(colleague.name() + " — out").hasSize(2);
        assertThat(value(event(events, sick), "DTSTART")).isEqualTo(ical(timeoff.today(chicago).plusDays(3)));
        // hours are at the person's own time: 14:00 in Chicago, written in UTC
        String start = ZonedDateTime.of(day, java.time.LocalTime.of(14, 0), ZoneId.of("America/Chicago"))
                .withZoneSameInstant(ZoneId.of("UTC")).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertThat(value(event(events, hours), "DTSTART")).isEqualTo(start);
    }

    @Test
    void aBranchFeedShowsItsPeopleAndOnlyAdminsFollowAnotherBranch() throws Exception {
        UUID central = UUID.randomUUID();
        UUID eastside = UUID.randomUUID();
        jdbc.sql("INSERT INTO branch (id, org_id, name) VALUES (?, ?, 'Central'), (?, ?, 'Eastside')")
                .params(central, library.id(), eastside, library.id()).update();
        CurrentUser elsewhere = library.person("Ezra Elsewhere");
        jdbc.sql("UPDATE person SET branch_id = ? WHERE id IN (?, ?)").params(central, report.personId(),
                elsewhere.personId()).update();
        send(elsewhere, "PERSONAL", 2, 2, "Moving house");

        String text = mvc.perform(get(feeds.create(report, "BRANCH", central).path())).andReturn().getResponse()
                .getContentAsString();
        assertThat(events(text)).extracting(e -> value(e, "SUMMARY")).containsExactly(elsewhere.name() + " — out");
        assertThat(text).doesNotContain("Moving", "Personal");

        assertThatThrownBy(() -> feeds.create(report, "BRANCH", eastside))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        assertThat(feeds.create(library.admin(), "BRANCH", eastside).feed().unitName()).isEqualTo("Eastside");
        Fixtures.Library other = fixtures.library("Feeds Other Library");
        assertThatThrownBy(() -> feeds.create(other.admin(), "BRANCH", central))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
    }

    @Test
    void aRevokedOrUnknownFeedAnswers404AndANewAddressReplacesTheOld() throws Exception {
        send(report, "VACATION", 20, 21, null);
        LeaveFeeds.Created created = feeds.create(report, "MINE", null);
        assertThat(mvc.perform(get(created.path())).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM timeoff_feed WHERE token_hash LIKE ?")
                .param("%" + created.path().substring(LeaveFeeds.PATH.length()).replace(".ics", "") + "%")
                .query(Integer.class).single()).as("only a hash is stored").isZero();

        LeaveFeeds.Created renewed = feeds.renew(report, created.feed().id());
        assertThat(mvc.perform(get(created.path())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(renewed.path())).andReturn().getResponse().getStatus()).isEqualTo(200);

        feeds.revoke(report, renewed.feed().id());
        assertThat(mvc.perform(get(renewed.path())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(LeaveFeeds.PATH + "not-a-real-secret.ics")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThatThrownBy(() -> feeds.revoke(colleague, renewed.feed().id()))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));

        // a deactivated owner's feed stops too
        LeaveFeeds.Created team = feeds.create(colleague, "TEAM", null);
        jdbc.sql("UPDATE person SET status = 'DEACTIVATED' WHERE id = ?").param(colleague.personId()).update();
        assertThat(mvc.perform(get(team.path())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theApiListsMakesAndRevokesFeeds() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/v1/timeoff/feeds").with(Fixtures.as(report))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"scope":"TEAM"}""")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(created.getContentAsString());
        String url = body.path("url").asString();
        assertThat(url).contains(LeaveFeeds.PATH).endsWith(".ics");
        assertThat(mvc.perform(get(url.substring(url.indexOf(LeaveFeeds.PATH)))).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        String list = mvc.perform(get("/api/v1/timeoff/feeds").with(Fixtures.as(report))).andReturn().getResponse()
                .getContentAsString();
        assertThat(json.readTree(list).path("items").get(0).path("scope").asString()).isEqualTo("TEAM");
        assertThat(list).doesNotContain(url.substring(url.indexOf(LeaveFeeds.PATH)));

        MockHttpServletResponse bad = mvc.perform(post("/api/v1/timeoff/feeds").with(Fixtures.as(report)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"scope":"EVERYONE"}""")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("#/scope");

        String id = body.path("id").asString();
        assertThat(mvc.perform(delete("/api/v1/timeoff/feeds/" + id).with(Fixtures.as(colleague)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(delete("/api/v1/timeoff/feeds/" + id).with(Fixtures.as(report)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(get(url.substring(url.indexOf(LeaveFeeds.PATH)))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theFeedsPageShowsTheAddressOnceAndSpeaksSpanish() throws Exception {
        String page = mvc.perform(post("/timeoff/feeds").with(Fixtures.as(report)).with(csrf()).param("scope", "MINE"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your new feed", LeaveFeeds.PATH, "Subscribe from web", "From URL",
                "even your own feed shows a private kind");
        String again = mvc.perform(get("/timeoff/feeds").with(Fixtures.as(report))).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).contains("My own time off").doesNotContain(LeaveFeeds.PATH);

        String spanish = mvc.perform(get("/timeoff/feeds").with(Fixtures.as(report)).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString();
        assertThat(spanish).contains("Calendarios suscritos", "Suscribirse desde la web", "Revocar");

        String refused = mvc.perform(post("/timeoff/feeds").with(Fixtures.as(report)).with(csrf())
                .header("Accept-Language", "es")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Elija qué debe mostrar el calendario.");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private UUID send(CurrentUser person, String type, int from, int to, String note) {
        LocalDate day = timeoff.today(person);
        return timeoff.request(person, new LeaveDraft(type, day.plusDays(from).toString(), day.plusDays(to).toString(),
                null, null, null, note), null).id();
    }

    static List<VEvent> events(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        return calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast).toList();
    }

    static VEvent event(List<VEvent> events, UUID id) {
        return events.stream().filter(e -> value(e, "UID").equals(id + "@timeoff.shelfcare")).findFirst().orElseThrow();
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse("");
    }

    private static String ical(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }
}

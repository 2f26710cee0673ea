package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.NotificationView;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asking for time off, changing and cancelling it, deciding it, and every kind of bad input:
 * through the service, the API and the pages.
 */
@IntegrationTest
class TimeoffTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TimeoffManagement timeoff;
    @Autowired NotificationManagement notifications;

    Fixtures.Library library;
    CurrentUser supervisor;
    CurrentUser report;
    LocalDate today;

    @BeforeEach
    void people() {
        library = fixtures.library("Time Off Library");
        supervisor = library.person("Sam Supervisor", Role.SUPERVISOR);
        report = library.reportOf(supervisor, "Rita Report");
        today = timeoff.today(report);
    }

    @Test
    void everyNewLibraryHasTheDefaultTypes() {
        assertThat(timeoff.types(report)).containsExactly(
                new LeaveType("VACATION", true, 14, true, false),
                new LeaveType("SICK", false, 0, true, true),
                new LeaveType("MENTAL_HEALTH_DAY", false, 0, false, true),
                new LeaveType("PERSONAL", false, 0, true, true),
                new LeaveType("TRAINING", true, 7, true, false),
                new LeaveType("OTHER", true, 0, true, false));
        assertThat(timeoff.types(report).stream().filter(LeaveType::approvedAutomatically).map(LeaveType::code))
                .containsExactly("SICK", "MENTAL_HEALTH_DAY", "PERSONAL");
    }

    @Test
    void aVacationWaitsForTheSupervisorWhoApprovesIt() {
        TimeoffManagement.Sent sent = timeoff.request(report,
                draft("VACATION", today.plusDays(20), today.plusDays(24), "Visiting my parents"), null);
        assertThat(sent.status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(noticesOf(supervisor)).extracting(NotificationView::messageKey)
                .containsExactly("timeoff.notice.requested");

        assertThat(timeoff.approvals(supervisor)).extracting(LeaveRequest::id).containsExactly(sent.id());
        LeaveRequest decided = timeoff.decide(supervisor, sent.id(), "APPROVE", null);
        assertThat(decided.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(decided.autoApproved()).isFalse();
        assertThat(noticesOf(report)).extracting(NotificationView::messageKey).containsExactly("timeoff.notice.approved");

        assertThatThrownBy(() -> timeoff.decide(supervisor, sent.id(), "DECLINE", "too late"))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    }

    @Test
    void aDeclineNeedsAComment() {
        UUID id = timeoff.request(report, draft("TRAINING", today.plusDays(10), today.plusDays(10), null), null).id();
        assertThatThrownBy(() -> timeoff.decide(supervisor, id, "DECLINE", "  "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("comment"));
        LeaveRequest declined = timeoff.decide(supervisor, id, "DECLINE", "We are short that week; could you take the next?");
        assertThat(declined.status()).isEqualTo(LeaveStatus.DECLINED);
        assertThat(timeoff.request(report, id).decisionComment()).isEqualTo("We are short that week; could you take the next?");
        assertThat(noticesOf(report)).extracting(NotificationView::messageKey).containsExactly("timeoff.notice.declined");
    }

    @Test
    void aColleagueAdminWhenThereIsASupervisorOrTheRequesterCannotDecide() {
        UUID id = timeoff.request(report, draft("VACATION", today.plusDays(30), today.plusDays(31), null), null).id();
        assertThatThrownBy(() -> timeoff.decide(library.admin(), id, "APPROVE", null))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        CurrentUser colleague = library.reportOf(supervisor, "Cleo Colleague");
        assertThatThrownBy(() -> timeoff.decide(colleague, id, "APPROVE", null))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThatThrownBy(() -> timeoff.decide(report, id, "APPROVE", null))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
    }

    @Test
    void adminsDecideForSomeoneWithoutASupervisor() {
        CurrentUser alone = library.person("Nadia No-Supervisor");
        UUID id = timeoff.request(alone, draft("VACATION", today.plusDays(40), today.plusDays(41), null), null).id();
        assertThat(noticesOf(library.admin())).extracting(NotificationView::messageKey)
                .containsExactly("timeoff.notice.requested");
        assertThat(timeoff.approvals(library.admin())).extracting(LeaveRequest::id).contains(id);
        assertThat(timeoff.approvals(supervisor)).extracting(LeaveRequest::id).doesNotContain(id);
        assertThat(timeoff.decide(library.admin(), id, "APPROVE", "Enjoy").status()).isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    void changeAPendingRequestAndCancelIt() {
        UUID id = timeoff.request(report, draft("VACATION", today.plusDays(15), today.plusDays(16), null), null).id();
        LeaveRequest changed = timeoff.change(report, id, new LeaveDraft("VACATION", today.plusDays(15).toString(),
                today.plusDays(15).toString(), "PM", null, null, "Only the afternoon after all"));
        assertThat(changed.portion()).isEqualTo(LeavePortion.PM);
        assertThat(changed.note()).isEqualTo("Only the afternoon after all");
        timeoff.cancel(report, id);
        assertThat(timeoff.request(report, id).status()).isEqualTo(LeaveStatus.CANCELLED);
        assertThat(noticesOf(supervisor)).extracting(NotificationView::messageKey)
                .containsExactlyInAnyOrder("timeoff.notice.requested", "timeoff.notice.changed", "timeoff.notice.cancelled");
        assertThatThrownBy(() -> timeoff.change(report, id, draft("VACATION", today.plusDays(15), today.plusDays(15), null)))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
        // the cancelled days are free again
        assertThat(timeoff.request(report, draft("VACATION", today.plusDays(15), today.plusDays(16), null), null).status())
                .isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertThat(fields(draft("VACATION", today.plusDays(5), today.plusDays(3), null))).containsExactly("endDate");
        assertThat(fields(draft("VACATION", today.minusDays(TimeoffManagement.PAST_DAYS + 1), today, null)))
                .containsExactly("startDate");
        assertThat(fields(draft("HOLIDAY_ON_MARS", today, today, null))).containsExactly("type");
        assertThat(fields(new LeaveDraft("VACATION", today.toString(), today.plusDays(1).toString(), "AM", null, null, null)))
                .containsExactly("portion");
        assertThat(fields(new LeaveDraft("VACATION", today.toString(), today.toString(), "HOURS", "14:00", "10:00", null)))
                .containsExactly("endTime");
        assertThat(fields(new LeaveDraft("VACATION", "not-a-date", "", null, null, null, null))).containsExactly("startDate");
        assertThat(fields(draft("MENTAL_HEALTH_DAY", today, today, "a reason nobody asked for"))).containsExactly("note");
        // thirty days back is still fine: a sick day logged after coming back
        assertThat(timeoff.request(report, draft("SICK", today.minusDays(TimeoffManagement.PAST_DAYS),
                today.minusDays(TimeoffManagement.PAST_DAYS), null), null).status()).isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    void overlappingDaysAnswerConflict() throws Exception {
        timeoff.request(report, draft("VACATION", today.plusDays(50), today.plusDays(55), null), null);
        MockHttpServletResponse api = mvc.perform(post("/api/v1/timeoff/requests").with(Fixtures.as(report)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"MENTAL_HEALTH_DAY","startDate":"%s","endDate":"%s"}""".formatted(today.plusDays(55),
                        today.plusDays(55)))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(api.getContentAsString()).path("detail").asString())
                .isEqualTo("You already have time off on some of these days. Change or cancel that request instead.");

        String page = mvc.perform(post("/timeoff/requests").with(Fixtures.as(report)).with(csrf())
                .param("type", "VACATION").param("startDate", today.plusDays(53).toString())
                .param("endDate", today.plusDays(60).toString()).param("portion", "FULL_DAYS")
                .param("note", "kept <i>text</i>").param("formToken", UUID.randomUUID().toString()).param("step", "send"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You already have time off on some of these days.")
                .contains("kept &lt;i&gt;text&lt;/i&gt;").contains("value=\"" + today.plusDays(60) + "\"");
        assertThat(timeoff.mine(report)).hasSize(1);
    }

    @Test
    void theApiCreatesHalfDaysAndHoursAndAnswersInTheCallersLanguage() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/v1/timeoff/requests").with(Fixtures.as(report))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"TRAINING","startDate":"%s","endDate":"%s","portion":"AM"}""".formatted(today.plusDays(8),
                        today.plusDays(8)))).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(created.getContentAsString());
        assertThat(body.path("status").asString()).isEqualTo("PENDING");
        UUID id = UUID.fromString(body.path("id").asString());
        assertThat(timeoff.request(report, id).portion()).isEqualTo(LeavePortion.AM);

        MockHttpServletResponse hours = mvc.perform(post("/api/v1/timeoff/requests").with(Fixtures.as(report))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"OTHER","startDate":"%s","endDate":"%s","startTime":"09:00","endTime":"11:30"}"""
                        .formatted(today.plusDays(9), today.plusDays(9)))).andReturn().getResponse();
        assertThat(hours.getStatus()).isEqualTo(201);
        JsonNode hoursJson = json.readTree(mvc.perform(get("/api/v1/timeoff/requests/"
                + json.readTree(hours.getContentAsString()).path("id").asString()).with(Fixtures.as(report)))
                .andReturn().getResponse().getContentAsString());
        assertThat(hoursJson.path("portion").asString()).isEqualTo("HOURS");
        assertThat(hoursJson.path("startTime").asString()).startsWith("09:00");

        MockHttpServletResponse bad = mvc.perform(post("/api/v1/timeoff/requests").with(Fixtures.as(report))
                .with(csrf()).header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"VACATION","startDate":"%s","endDate":"%s"}""".formatted(today.plusDays(3), today)))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("#/endDate");
    }

    @Test
    void aDoubleClickedFormOrARepeatedApiCallMakesOneRequest() throws Exception {
        String token = UUID.randomUUID().toString();
        for (int click = 0; click < 2; click++) {
            MockHttpServletResponse response = mvc.perform(post("/timeoff/requests").with(Fixtures.as(report)).with(csrf())
                    .param("type", "VACATION").param("startDate", today.plusDays(70).toString())
                    .param("endDate", today.plusDays(71).toString()).param("portion", "FULL_DAYS")
                    .param("formToken", token).param("step", "send")).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(302);
        }
        assertThat(timeoff.mine(report)).hasSize(1);

        String body = """
                {"type":"TRAINING","startDate":"%s","endDate":"%s"}""".formatted(today.plusDays(80), today.plusDays(80));
        for (int retry = 0; retry < 2; retry++) {
            assertThat(mvc.perform(post("/api/v1/timeoff/requests").with(Fixtures.as(report)).with(csrf())
                    .header("Idempotency-Key", "retry-me").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn().getResponse().getStatus()).isEqualTo(201);
        }
        assertThat(timeoff.mine(report)).hasSize(2);
    }

    @Test
    void datesAreThePersonsLocalDates() {
        jdbc.sql("UPDATE person SET time_zone = ? WHERE id = ?").params("Pacific/Kiritimati", report.personId()).update();
        CurrentUser ahead = fixtures.directory().currentUser(report.personId()).orElseThrow();
        assertThat(ahead.zone()).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
        LocalDate theirToday = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        assertThat(timeoff.today(ahead)).isEqualTo(theirToday);
        LocalDate oldest = theirToday.minusDays(TimeoffManagement.PAST_DAYS);
        assertThat(timeoff.request(ahead, draft("SICK", oldest, oldest, null), null).status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(fields(ahead, draft("SICK", oldest.minusDays(1), oldest.minusDays(1), null))).containsExactly("startDate");
    }

    @Test
    void beforeSendingTheFormShowsWhoOnTheTeamIsOutOnlyAsOut() throws Exception {
        CurrentUser teammate = library.reportOf(supervisor, "Tomas Teammate");
        CurrentUser elsewhere = library.person("Ola Other Team");
        timeoff.request(teammate, draft("MENTAL_HEALTH_DAY", today.plusDays(4), today.plusDays(4), null), null);
        timeoff.request(elsewhere, draft("SICK", today.plusDays(4), today.plusDays(4), null), null);

        String page = mvc.perform(post("/timeoff/requests").with(Fixtures.as(report)).with(csrf())
                .param("type", "VACATION").param("startDate", today.plusDays(3).toString())
                .param("endDate", today.plusDays(5).toString()).param("portion", "FULL_DAYS")
                .param("formToken", UUID.randomUUID().toString()).param("step", "check"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(teammate.name() + ": Out").doesNotContain(elsewhere.name())
                .doesNotContain("Mental health day</li>");
        assertThat(timeoff.mine(report)).isEmpty();
        assertThat(timeoff.teamOut(report, today.plusDays(3), today.plusDays(5)))
                .containsExactly(new TeamOut(teammate.name(), today.plusDays(4), today.plusDays(4)));
    }

    @Test
    void lessNoticeThanTheTypeAsksForIsAWarningNotARefusal() throws Exception {
        // a vacation asks for 14 days' notice by default; a sick day for none
        String check = checkForm("VACATION", today.plusDays(3), "en");
        assertThat(check).contains("Vacation is usually asked for 14 days ahead; these dates start in 3 days.");
        assertThat(checkForm("VACATION", today.plusDays(20), "en")).doesNotContain("usually asked for");
        assertThat(checkForm("SICK", today, "en")).doesNotContain("usually asked for");
        assertThat(checkForm("VACATION", today.plusDays(1), "es")).contains("en 1 día");

        String sent = mvc.perform(post("/timeoff/requests").with(Fixtures.as(report)).with(csrf())
                .param("type", "VACATION").param("startDate", today.plusDays(3).toString())
                .param("endDate", today.plusDays(3).toString()).param("portion", "FULL_DAYS")
                .param("formToken", UUID.randomUUID().toString()).param("step", "send"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(sent).startsWith("/timeoff/requests/");
        assertThat(timeoff.mine(report)).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(LeaveStatus.PENDING));
    }

    private String checkForm(String type, LocalDate start, String language) throws Exception {
        return mvc.perform(post("/timeoff/requests").with(Fixtures.as(report)).with(csrf())
                .header("Accept-Language", language).param("type", type).param("startDate", start.toString())
                .param("endDate", start.toString()).param("portion", "FULL_DAYS")
                .param("formToken", UUID.randomUUID().toString()).param("step", "check"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void adminsEditTypesOnThePageAndThroughTheApi() throws Exception {
        CurrentUser admin = library.admin();
        assertThat(mvc.perform(post("/timeoff/types/TRAINING").with(Fixtures.as(admin)).with(csrf())
                .param("needsApproval", "false").param("noticeDays", "3").param("noteAllowed", "true"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(timeoff.types(report)).contains(new LeaveType("TRAINING", false, 3, true, false));

        String refused = mvc.perform(post("/timeoff/types/SICK").with(Fixtures.as(admin)).with(csrf())
                .param("needsApproval", "true").param("privateType", "true").param("noticeDays", "400")
                .param("noteAllowed", "true")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("A private kind is approved automatically").contains("from 0 to 365")
                .contains("value=\"400\"");

        MockHttpServletResponse api = mvc.perform(put("/api/v1/timeoff/types/MENTAL_HEALTH_DAY").with(Fixtures.as(admin))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"needsApproval":false,"noticeDays":0,"noteAllowed":true,"privateType":true}"""))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString()).contains("#/noteAllowed");
        assertThat(timeoff.types(report)).contains(new LeaveType("MENTAL_HEALTH_DAY", false, 0, false, true));
    }

    @Test
    void aTrainingApprovedAutomaticallyLooksLikeAnyAutomaticApprovalToTheSupervisor() {
        timeoff.changeType(library.admin(), "TRAINING", false, "0", true, false);
        TimeoffManagement.Sent sent = timeoff.request(report, draft("TRAINING", today.plusDays(6), today.plusDays(6), null), null);
        assertThat(sent.status()).isEqualTo(LeaveStatus.APPROVED);
        LeaveRequest seen = timeoff.request(supervisor, sent.id());
        assertThat(seen.type()).isEqualTo("TRAINING");
        assertThat(seen.autoApproved()).isTrue();
        assertThat(noticesOf(supervisor)).extracting(NotificationView::messageKey).containsExactly("timeoff.notice.out");
    }

    @Test
    void aLibraryThatSwitchesTimeOffOffLosesItsPagesApiAndLink() throws Exception {
        String on = mvc.perform(get("/").with(Fixtures.as(report)).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString();
        assertThat(on).contains("href=\"/timeoff\"");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .patch("/api/v1/organization/settings").with(Fixtures.as(library.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"modules\":{\"timeoff\":false}}"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/timeoff").with(Fixtures.as(report)).accept(MediaType.TEXT_HTML)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/timeoff/requests").with(Fixtures.as(report))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        String off = mvc.perform(get("/").with(Fixtures.as(report)).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString();
        assertThat(off).doesNotContain("href=\"/timeoff\"");
    }

    private List<NotificationView> noticesOf(CurrentUser person) {
        return notifications.notifications(person).stream().filter(n -> n.type().startsWith("timeoff.")).toList();
    }

    private List<String> fields(LeaveDraft draft) {
        return fields(report, draft);
    }

    private List<String> fields(CurrentUser person, LeaveDraft draft) {
        try {
            timeoff.request(person, draft, null);
        } catch (InvalidInput invalid) {
            return invalid.errors().stream().map(InvalidInput.FieldError::field).toList();
        }
        throw new AssertionError("accepted " + draft);
    }

    static LeaveDraft draft(String type, LocalDate start, LocalDate end, String note) {
        return new LeaveDraft(type, start.toString(), end.toString(), null, null, null, note);
    }
}

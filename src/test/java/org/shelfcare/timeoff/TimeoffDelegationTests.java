package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A delegate decides for a supervisor who is out, sees only those requests (private kinds as
 * "Out"), and hears of new ones; and someone nobody else can approve is approved automatically.
 */
@IntegrationTest
class TimeoffDelegationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TimeoffManagement timeoff;
    @Autowired Delegations delegations;
    @Autowired NotificationManagement notifications;

    Fixtures.Library library;
    CurrentUser supervisor;
    CurrentUser report;
    CurrentUser delegate;
    CurrentUser otherSupervisor;
    CurrentUser otherReport;
    LocalDate today;

    @BeforeEach
    void people() {
        library = fixtures.library("Delegation Library");
        supervisor = library.person("Dana Supervisor", Role.SUPERVISOR);
        report = library.reportOf(supervisor, "Drew Report");
        delegate = library.person("Devi Delegate", Role.SUPERVISOR);
        otherSupervisor = library.person("Omar Other", Role.SUPERVISOR);
        otherReport = library.reportOf(otherSupervisor, "Olga Other-Report");
        today = timeoff.today(supervisor);
    }

    @Test
    void duringTheRangeTheDelegateSeesAndDecidesOnlyTheSupervisorsRequests() throws Exception {
        UUID mentalHealth = send(report, "MENTAL_HEALTH_DAY", 2, 2, null);
        UUID before = send(report, "VACATION", 20, 21, "Hiking with friends");
        UUID notTheirs = send(otherReport, "VACATION", 25, 25, null);

        // not yet a delegate: 404 like any colleague
        assertThatThrownBy(() -> timeoff.request(delegate, before))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));

        delegations.delegate(supervisor, delegate.personId(), today.toString(), today.plusDays(6).toString());
        UUID during = send(report, "TRAINING", 30, 30, null);
        assertThat(noticesOf(delegate)).extracting(NotificationView::messageKey).containsExactly("timeoff.notice.requested");

        List<LeaveRequest> queue = timeoff.approvals(delegate);
        assertThat(queue).extracting(LeaveRequest::id).containsExactlyInAnyOrder(mentalHealth, before, during)
                .doesNotContain(notTheirs);
        LeaveRequest out = queue.stream().filter(r -> r.id().equals(mentalHealth)).findFirst().orElseThrow();
        assertThat(out.type()).isEqualTo(LeaveType.OUT);
        assertThat(out.note()).isNull();
        assertThat(timeoff.request(delegate, before).note()).isEqualTo("Hiking with friends");

        // the request's page, with its handoff plan and coverage, opens for the delegate as for the supervisor
        String page = mvc.perform(get("/timeoff/requests/" + before).with(Fixtures.as(delegate))).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Hiking with friends").contains("No handoff plan yet");
        assertThat(mvc.perform(get("/timeoff/requests/" + before + "/handoff").with(Fixtures.as(delegate)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        LeaveRequest decided = timeoff.decide(delegate, before, "APPROVE", "Enjoy the hike");
        assertThat(decided.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThatThrownBy(() -> timeoff.decide(delegate, notTheirs, "APPROVE", null))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        // the supervisor still decides too
        assertThat(timeoff.decide(supervisor, during, "APPROVE", null).status()).isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    void outsideTheRangeTheDelegateHasNoRights() {
        UUID id = send(report, "VACATION", 20, 21, null);
        delegations.delegate(supervisor, delegate.personId(), today.plusDays(10).toString(), today.plusDays(12).toString());
        assertThat(timeoff.approvals(delegate)).isEmpty();
        assertThatThrownBy(() -> timeoff.decide(delegate, id, "APPROVE", null))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThat(delegations.delegations(delegate)).extracting(Delegation::supervisorName).containsExactly(supervisor.name());
    }

    @Test
    void aDelegateMustBeAnActiveColleagueOfTheSameLibraryAndNotOneself() {
        assertThatThrownBy(() -> delegations.delegate(supervisor, supervisor.personId(), today.toString(), today.toString()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).messageCode())
                        .isEqualTo("timeoff.delegate.notYourself"));
        Fixtures.Library other = fixtures.library("Delegation Other Library");
        assertThatThrownBy(() -> delegations.delegate(supervisor, other.admin().personId(), today.toString(), today.toString()))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThatThrownBy(() -> delegations.delegate(report, delegate.personId(), today.toString(), today.toString()))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        assertThatThrownBy(() -> delegations.delegate(supervisor, delegate.personId(), today.plusDays(3).toString(),
                today.plusDays(1).toString())).isInstanceOf(InvalidInput.class);
        CurrentUser gone = library.person("Gus Gone");
        jdbc.sql("UPDATE person SET status = 'DEACTIVATED' WHERE id = ?").param(gone.personId()).update();
        assertThatThrownBy(() -> delegations.delegate(supervisor, gone.personId(), today.toString(), today.toString()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).messageCode())
                        .isEqualTo("timeoff.delegate.notActive"));
    }

    @Test
    void theApiAndThePageNameListAndEndADelegation() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/v1/timeoff/delegations").with(Fixtures.as(supervisor))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"delegateId":"%s","startDate":"%s","endDate":"%s"}""".formatted(delegate.personId(), today,
                        today.plusDays(3)))).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        String id = json.readTree(created.getContentAsString()).path("id").asString();
        assertThat(mvc.perform(get("/api/v1/timeoff/delegations").with(Fixtures.as(delegate))).andReturn().getResponse()
                .getContentAsString()).contains(supervisor.name(), id);

        MockHttpServletResponse self = mvc.perform(post("/api/v1/timeoff/delegations").with(Fixtures.as(supervisor))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"delegateId":"%s","startDate":"%s","endDate":"%s"}""".formatted(supervisor.personId(), today,
                        today))).andReturn().getResponse();
        assertThat(self.getStatus()).isEqualTo(400);
        assertThat(self.getContentAsString()).contains("#/delegateId");

        String page = mvc.perform(get("/timeoff/delegate").with(Fixtures.as(supervisor))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(delegate.name() + " decides for you");
        String spanish = mvc.perform(post("/timeoff/delegate").with(Fixtures.as(supervisor)).with(csrf())
                .header("Accept-Language", "es").param("delegateId", supervisor.personId().toString())
                .param("startDate", "pronto").param("endDate", today.toString())).andReturn().getResponse()
                .getContentAsString();
        assertThat(spanish).contains("no puede delegar en usted mismo", "value=\"pronto\"");

        assertThat(mvc.perform(delete("/api/v1/timeoff/delegations/" + id).with(Fixtures.as(delegate)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(delete("/api/v1/timeoff/delegations/" + id).with(Fixtures.as(supervisor)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(delegations.delegations(delegate)).isEmpty();
    }

    @Test
    void someoneNobodyElseCanApproveIsApprovedAutomaticallyAndTold() {
        Fixtures.Library alone = fixtures.library("Only Admin Library");
        CurrentUser admin = alone.admin();
        TimeoffManagement.Sent sent = timeoff.request(admin, new LeaveDraft("VACATION",
                timeoff.today(admin).plusDays(30).toString(), timeoff.today(admin).plusDays(31).toString(), null, null,
                null, null), null);
        assertThat(sent.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(timeoff.request(admin, sent.id()).autoApproved()).isTrue();
        assertThat(noticesOf(admin)).extracting(NotificationView::messageKey).containsExactly("timeoff.notice.nobodyToAsk");

        // with a second admin, the first admin's request waits for them
        CurrentUser second = alone.person("Second Admin", Role.ADMIN);
        UUID waiting = timeoff.request(admin, new LeaveDraft("VACATION", timeoff.today(admin).plusDays(40).toString(),
                timeoff.today(admin).plusDays(40).toString(), null, null, null, null), null).id();
        assertThat(timeoff.request(admin, waiting).status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(timeoff.decide(second, waiting, "APPROVE", null).status()).isEqualTo(LeaveStatus.APPROVED);
    }

    private UUID send(CurrentUser person, String type, int from, int to, String note) {
        LocalDate day = timeoff.today(person);
        return timeoff.request(person, new LeaveDraft(type, day.plusDays(from).toString(), day.plusDays(to).toString(),
                null, null, null, note), null).id();
    }

    private List<NotificationView> noticesOf(CurrentUser person) {
        return notifications.notifications(person).stream().filter(n -> n.type().startsWith("timeoff.")).toList();
    }
}

package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shelfcare.timeoff.TimeoffTests.draft;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.NotificationView;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request of a private type is "Out" to everyone but the requester: its supervisor, the admin,
 * colleagues and the operator never learn its type or note, through pages, the API or
 * notifications; and a mental health day cannot be told from a sick or personal day, because
 * every private request takes the same path. Another library gets 404.
 */
@IntegrationTest
class TimeoffPrivacyTests {

    private static final List<String> BETRAYING = List.of("Mental health day", "MENTAL_HEALTH_DAY", "Sick", "SICK",
            "Personal", "PERSONAL", "zephyr-migraine", "Enfermedad", "salud mental");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TimeoffManagement timeoff;
    @Autowired NotificationManagement notifications;

    Fixtures.Library library;
    CurrentUser supervisor;
    CurrentUser report;
    CurrentUser colleague;
    LocalDate today;
    UUID mentalHealthDay;
    UUID sickDay;
    UUID personalDay;

    @BeforeEach
    void privateRequests() {
        library = fixtures.library("Private Time Off Library");
        supervisor = library.person("Pia Supervisor", Role.SUPERVISOR);
        report = library.reportOf(supervisor, "Remy Report");
        colleague = library.reportOf(supervisor, "Cora Colleague");
        today = timeoff.today(report);
        mentalHealthDay = timeoff.request(report, draft("MENTAL_HEALTH_DAY", today.plusDays(2), today.plusDays(2), null), null).id();
        sickDay = timeoff.request(report, draft("SICK", today.plusDays(5), today.plusDays(5), "zephyr-migraine since Monday"), null).id();
        personalDay = timeoff.request(report, draft("PERSONAL", today.plusDays(8), today.plusDays(8), null), null).id();
    }

    @Test
    void theRequesterSeesTheRealTypeAndTheirNote() throws Exception {
        JsonNode sick = getJson(report, "/api/v1/timeoff/requests/" + sickDay);
        assertThat(sick.path("type").asString()).isEqualTo("SICK");
        assertThat(sick.path("note").asString()).isEqualTo("zephyr-migraine since Monday");
        String page = page(report, "/timeoff/requests/" + mentalHealthDay);
        assertThat(page).contains("Mental health day")
                .contains("This kind is private: your supervisor, admins and colleagues see only");
    }

    @Test
    void theSupervisorAndTheAdminSeeEveryPrivateRequestAlikeAsOut() throws Exception {
        for (CurrentUser viewer : List.of(supervisor, library.admin())) {
            ObjectNode first = null;
            for (UUID id : List.of(mentalHealthDay, sickDay, personalDay)) {
                MockHttpServletResponse api = mvc.perform(get("/api/v1/timeoff/requests/" + id).with(Fixtures.as(viewer)))
                        .andReturn().getResponse();
                assertThat(api.getStatus()).isEqualTo(200);
                assertThat(BETRAYING).noneMatch(api.getContentAsString()::contains);
                ObjectNode shape = (ObjectNode) json.readTree(api.getContentAsString());
                assertThat(shape.path("type").asString()).isEqualTo("OUT");
                assertThat(shape.path("status").asString()).isEqualTo("APPROVED");
                assertThat(shape.path("autoApproved").asBoolean()).isTrue();
                assertThat(shape.path("note").isNull()).isTrue();
                for (String varies : List.of("id", "startDate", "endDate", "createdAt")) {
                    shape.remove(varies);
                }
                if (first == null) {
                    first = shape;
                } else {
                    assertThat(shape).as("a private request looks like any other").isEqualTo(first);
                }
                String page = page(viewer, "/timeoff/requests/" + id);
                assertThat(page).contains("<dd>Out</dd>").contains("approved automatically");
                assertThat(BETRAYING).noneMatch(page::contains);
            }
        }
        String queue = page(supervisor, "/timeoff/approvals");
        assertThat(queue).contains(report.name());
        assertThat(BETRAYING).noneMatch(queue::contains);
        String queueJson = mvc.perform(get("/api/v1/timeoff/approvals").with(Fixtures.as(supervisor))).andReturn()
                .getResponse().getContentAsString();
        assertThat(json.readTree(queueJson).path("items")).hasSize(3)
                .allSatisfy(item -> assertThat(item.path("type").asString()).isEqualTo("OUT"));
        assertThat(BETRAYING).noneMatch(queueJson::contains);
    }

    @Test
    void notificationsSayTheSameForEveryPrivateRequest() {
        List<NotificationView> told = notifications.notifications(supervisor).stream()
                .filter(n -> n.type().equals(TimeoffManagement.REQUEST_NOTICE)).toList();
        assertThat(told).hasSize(3).allSatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("timeoff.notice.out");
            assertThat(n.args()).hasSize(3).first().isEqualTo(report.name());
            assertThat(BETRAYING).noneMatch(word -> String.join(" ", n.args()).contains(word));
        });
        String center = page(supervisor, "/notifications");
        assertThat(center).contains(report.name() + " will be out from");
        assertThat(BETRAYING).noneMatch(center::contains);
    }

    @Test
    void colleaguesTheOperatorAndAnotherLibrarySeeNothingButOut() throws Exception {
        CurrentUser operator = library.operator("Otto Operator");
        CurrentUser otherAdmin = fixtures.library("Elsewhere Library").admin();
        for (Map.Entry<String, CurrentUser> outsider : Map.of("colleague", colleague, "operator", operator,
                "other library's admin", otherAdmin).entrySet()) {
            for (UUID id : List.of(mentalHealthDay, sickDay)) {
                assertThat(status(outsider.getValue(), "/api/v1/timeoff/requests/" + id)).as(outsider.getKey()).isEqualTo(404);
                assertThat(status(outsider.getValue(), "/timeoff/requests/" + id)).as(outsider.getKey()).isEqualTo(404);
            }
        }
        assertThat(timeoff.teamOut(colleague, today, today.plusDays(10))).extracting(TeamOut::name)
                .containsExactly(report.name(), report.name(), report.name());
        String form = page(colleague, "/timeoff/requests/new");
        assertThat(form).contains(report.name() + ": Out");
        assertThat(BETRAYING).noneMatch(form.replace("<option value=\"SICK\">Sick</option>", "")
                .replace("<option value=\"MENTAL_HEALTH_DAY\">Mental health day</option>", "")
                .replace("<option value=\"PERSONAL\">Personal</option>", "")
                .replaceAll("<span class=\"timeoff-type-name\">[^<]*</span>", "")::contains);
    }

    @Test
    void theNoteIsSealedAndARequestSentAsPrivateStaysOutWhenTheTypeIsMadePublic() throws Exception {
        String stored = jdbc.sql("SELECT note FROM timeoff_request WHERE id = ?").param(sickDay).query(String.class).single();
        assertThat(stored).doesNotContain("zephyr");
        timeoff.changeType(library.admin(), "SICK", false, "0", true, false);
        JsonNode seen = getJson(supervisor, "/api/v1/timeoff/requests/" + sickDay);
        assertThat(seen.path("type").asString()).isEqualTo("OUT");
        assertThat(seen.path("note").isNull()).isTrue();
    }

    private int status(CurrentUser viewer, String path) throws Exception {
        return mvc.perform(get(path).with(Fixtures.as(viewer))).andReturn().getResponse().getStatus();
    }

    private JsonNode getJson(CurrentUser viewer, String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(Fixtures.as(viewer))).andReturn().getResponse().getContentAsString());
    }

    private String page(CurrentUser viewer, String path) {
        try {
            MockHttpServletResponse response = mvc.perform(get(path).with(Fixtures.as(viewer))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            return response.getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

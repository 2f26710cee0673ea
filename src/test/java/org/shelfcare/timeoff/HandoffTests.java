package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.PeopleAdministration;
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
 * Handoff plans: a person prepares the others, colleagues accept or decline, the approver sees how
 * complete the plan is, cancelled time off releases the colleagues; templates per department; and
 * the privacy of the kind of leave throughout.
 */
@IntegrationTest
class HandoffTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TimeoffManagement timeoff;
    @Autowired HandoffPlans plans;
    @Autowired NotificationManagement notifications;
    @Autowired PeopleAdministration people;

    Fixtures.Library library;
    CurrentUser supervisor;
    CurrentUser report;
    CurrentUser cleo;
    CurrentUser dev;
    LocalDate today;

    @BeforeEach
    void people() {
        library = fixtures.library("Handoff Library");
        supervisor = library.person("Sam Supervisor", Role.SUPERVISOR);
        report = library.reportOf(supervisor, "Rita Report");
        cleo = library.reportOf(supervisor, "Cleo Colleague");
        dev = library.person("Dev Desk");
        today = timeoff.today(report);
    }

    @Test
    void colleaguesAcceptAndTheApproverSeesHowCompleteThePlanIs() throws Exception {
        UUID request = vacation(20, 24);
        HandoffItem desk = plans.addItem(report, request, item("DESK_SHIFT", "Children's desk, morning",
                today.plusDays(21), "10:00", cleo));
        plans.addItem(report, request, item("PROGRAM", "Saturday storytime", null, null, null));
        HandoffItem meeting = plans.addItem(report, request, item("MEETING", "Summer reading meeting", null, null, dev));
        assertThat(desk.status()).isEqualTo(HandoffStatus.ASKED);

        NotificationView asked = handoffNotices(cleo).get(0);
        assertThat(asked.messageKey()).isEqualTo("timeoff.handoff.notice.asked");
        assertThat(asked.args()).contains(report.name(), "Children's desk, morning").doesNotContain("VACATION");
        assertThat(asked.link()).isEqualTo("/timeoff/handoffs/items/" + desk.id());

        assertThat(plans.covering(cleo)).extracting(c -> c.item().description()).containsExactly("Children's desk, morning");
        plans.answer(cleo, desk.id(), "ACCEPT", null);
        plans.answer(dev, meeting.id(), "DECLINE", "I am at the Eastside branch that week");
        assertThat(handoffNotices(report)).extracting(NotificationView::messageKey)
                .containsExactlyInAnyOrder("timeoff.handoff.notice.accepted", "timeoff.handoff.notice.declined");

        assertThat(plans.summary(supervisor, request)).isEqualTo(new HandoffSummary(3, 1, 0, 1, 1));
        String approvals = page(supervisor, "/timeoff/approvals");
        assertThat(approvals).contains("Handoff plan: 1 of 3 items covered, 1 without a colleague, 1 declined");
        assertThat(page(supervisor, "/timeoff/requests/" + request))
                .contains("Handoff plan: 1 of 3 items covered", "Open the handoff plan");
        String plan = page(supervisor, "/timeoff/requests/" + request + "/handoff");
        assertThat(plan).contains("I am at the Eastside branch that week", "Covered by " + cleo.name())
                .doesNotContain("Add an item");
        assertThat(page(report, "/timeoff/requests/" + request)).contains("Prepare the others");
    }

    @Test
    void changingTheColleagueAsksAgainAndTellsTheOneBefore() throws Exception {
        UUID request = vacation(30, 31);
        HandoffItem item = plans.addItem(report, request, item("TASK", "Answer the class-visit inbox", null, null, cleo));
        plans.answer(cleo, item.id(), "ACCEPT", null);
        HandoffItem changed = plans.changeItem(report, item.id(), item("TASK", "Answer the class-visit inbox", null, null, dev));
        assertThat(changed.status()).isEqualTo(HandoffStatus.ASKED);
        assertThat(changed.coveringName()).isEqualTo(dev.name());
        assertThat(handoffNotices(cleo)).extracting(NotificationView::messageKey)
                .containsExactlyInAnyOrder("timeoff.handoff.notice.asked", "timeoff.handoff.notice.released");
        assertThat(handoffNotices(dev)).extracting(NotificationView::messageKey).containsExactly("timeoff.handoff.notice.asked");
        assertThat(plans.covering(cleo)).isEmpty();
        // cleo no longer covers anything of it: the plan is not hers to see
        assertThatThrownBy(() -> plans.plan(cleo, request)).isInstanceOfSatisfying(ErrorResponseException.class,
                e -> assertThat(e.getStatusCode().value()).isEqualTo(404));

        HandoffItem dated = plans.addItem(report, request, item("DESK_SHIFT", "Saturday desk", today.plusDays(31), null, null));
        timeoff.change(report, request, TimeoffTests.draft("VACATION", today.plusDays(30), today.plusDays(30), null));
        assertThat(page(report, "/timeoff/requests/" + request + "/handoff"))
                .contains("This day is no longer within the time off");
        plans.deleteItem(report, dated.id());

        plans.deleteItem(report, item.id());
        assertThat(handoffNotices(dev)).extracting(NotificationView::messageKey)
                .containsExactlyInAnyOrder("timeoff.handoff.notice.asked", "timeoff.handoff.notice.released");
        assertThat(plans.plan(report, request).items()).isEmpty();
    }

    @Test
    void coveringColleaguesSeeTheirOwnItemsAndOnlyOut() throws Exception {
        UUID request = timeoff.request(report, TimeoffTests.draft("MENTAL_HEALTH_DAY", today.plusDays(2), today.plusDays(2),
                null), null).id();
        plans.savePlan(report, request, "Back on Thursday.", "Sam for anything urgent");
        HandoffItem mine = plans.addItem(report, request, item("DESK_SHIFT", "Reference desk 2 to 5", null, null, cleo));
        plans.addItem(report, request, item("TASK", "Holds shelf", null, null, dev));

        HandoffPlan seen = plans.plan(cleo, request);
        assertThat(seen.type()).isEqualTo("OUT");
        assertThat(seen.covering()).isTrue();
        assertThat(seen.items()).extracting(HandoffItem::id).containsExactly(mine.id());
        assertThat(seen.outOfOffice()).isEqualTo("Back on Thursday.");
        assertThat(plans.plan(supervisor, request).type()).isEqualTo("OUT");
        assertThat(plans.plan(supervisor, request).items()).hasSize(2);
        assertThat(plans.plan(report, request).type()).isEqualTo("MENTAL_HEALTH_DAY");

        MockHttpServletResponse api = mvc.perform(get("/api/v1/timeoff/handoffs/" + request).with(Fixtures.as(cleo)))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString()).contains("\"type\":\"OUT\"", "Reference desk").doesNotContain("MENTAL_HEALTH",
                "Holds shelf");
        String page = page(cleo, "/timeoff/requests/" + request + "/handoff");
        assertThat(page).contains("Out", "Reference desk 2 to 5", "Back on Thursday.").doesNotContain("Mental health",
                "Holds shelf");
        String covering = page(cleo, "/timeoff/covering");
        assertThat(covering).contains(report.name() + ": Out", "Reference desk 2 to 5").doesNotContain("Mental health");

        CurrentUser stranger = library.person("Nora Nobody");
        assertThat(status(stranger, "/api/v1/timeoff/handoffs/" + request)).isEqualTo(404);
        assertThat(status(library.admin(), "/api/v1/timeoff/handoffs/" + request)).isEqualTo(200);
        CurrentUser otherAdmin = fixtures.library("Other Handoff Library").admin();
        assertThat(status(otherAdmin, "/api/v1/timeoff/handoffs/" + request)).isEqualTo(404);
        assertThat(status(otherAdmin, "/api/v1/timeoff/handoffs/items/" + mine.id())).isEqualTo(404);
        // a colleague sees only their own item, the requester cannot answer for them
        assertThat(status(dev, "/api/v1/timeoff/handoffs/items/" + mine.id())).isEqualTo(404);
        assertThatThrownBy(() -> plans.answer(report, mine.id(), "ACCEPT", null))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
    }

    @Test
    void badColleaguesAndDatesAreRefused() throws Exception {
        UUID request = vacation(40, 42);
        assertThat(fields(request, item("DESK_SHIFT", "Desk", null, null, report))).containsExactly("coveringId");
        CurrentUser leaving = library.person("Lee Leaving");
        people.setActive(library.admin(), leaving.personId(), false);
        assertThat(fields(request, item("DESK_SHIFT", "Desk", null, null, leaving))).containsExactly("coveringId");
        assertThat(fields(request, item("DESK_SHIFT", "Desk", today.plusDays(43), null, null))).containsExactly("date");
        assertThat(fields(request, new HandoffItemDraft("DESK_SHIFT", "Desk", "", "10:00", ""))).containsExactly("time");
        assertThat(fields(request, new HandoffItemDraft("", " ", "", "", ""))).containsExactly("kind", "description");
        CurrentUser stranger = fixtures.library("Stranger Handoff Library").person("Sid Stranger");
        assertThatThrownBy(() -> plans.addItem(report, request, item("TASK", "Inbox", null, null, stranger)))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));

        MockHttpServletResponse api = mvc.perform(post("/api/v1/timeoff/handoffs/" + request + "/items")
                .with(Fixtures.as(report)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"TASK","description":"Inbox","coveringId":"%s"}""".formatted(stranger.personId())))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentType()).startsWith("application/problem+json");

        String page = mvc.perform(post("/timeoff/requests/" + request + "/handoff/items").with(Fixtures.as(report))
                .with(csrf()).param("kind", "PROGRAM").param("description", "kept <b>storytime</b>")
                .param("date", today.plusDays(50).toString()).param("time", "10:30")
                .param("coveringId", cleo.personId().toString())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choose a day within the time off").contains("value=\"kept &lt;b>storytime&lt;/b>\"")
                .contains("value=\"" + today.plusDays(50) + "\"").contains("value=\"10:30\"")
                .containsPattern("value=\"" + cleo.personId() + "\"\\s+selected");
        assertThat(plans.plan(report, request).items()).isEmpty();
    }

    @Test
    void aDoubleClickedAddFormAddsOneItem() throws Exception {
        UUID request = vacation(110, 111);
        String token = UUID.randomUUID().toString();
        for (int click = 0; click < 2; click++) {
            MockHttpServletResponse response = mvc.perform(post("/timeoff/requests/" + request + "/handoff/items")
                    .with(Fixtures.as(report)).with(csrf()).param("kind", "TASK").param("description", "Water the plants")
                    .param("coveringId", cleo.personId().toString()).param("formToken", token)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(302);
        }
        assertThat(plans.plan(report, request).items()).hasSize(1);
        assertThat(handoffNotices(cleo)).hasSize(1);
    }

    @Test
    void cancellingOrDecliningTellsTheColleaguesTheyAreNoLongerNeeded() {
        UUID cancelled = vacation(60, 61);
        HandoffItem desk = plans.addItem(report, cancelled, item("DESK_SHIFT", "Circulation desk", null, null, cleo));
        plans.answer(cleo, desk.id(), "ACCEPT", null);
        timeoff.cancel(report, cancelled);
        assertThat(handoffNotices(cleo)).extracting(NotificationView::messageKey).contains("timeoff.handoff.notice.calledOff");
        assertThat(plans.covering(cleo)).isEmpty();
        assertThatThrownBy(() -> plans.plan(cleo, cancelled)).isInstanceOfSatisfying(ErrorResponseException.class,
                e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThatThrownBy(() -> plans.addItem(report, cancelled, item("TASK", "Too late", null, null, null)))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
        assertThat(plans.plan(report, cancelled).editable()).isFalse();

        UUID declined = vacation(70, 70);
        plans.addItem(report, declined, item("MEETING", "Board meeting minutes", null, null, dev));
        timeoff.decide(supervisor, declined, "DECLINE", "The board meets that day; could you move it?");
        NotificationView calledOff = handoffNotices(dev).stream()
                .filter(n -> n.messageKey().equals("timeoff.handoff.notice.calledOff")).findFirst().orElseThrow();
        assertThat(calledOff.args()).containsExactly(report.name(), today.plusDays(70).toString(), today.plusDays(70).toString());
        assertThat(calledOff.link()).isEqualTo("/timeoff/covering");
        assertThat(plans.covering(dev)).isEmpty();
    }

    @Test
    void departmentTemplatesAreManagedByAdminsAndTheirSupervisorAndAnyoneStartsFromThem() throws Exception {
        UUID youth = department("Youth Services");
        UUID circulation = department("Circulation");
        jdbc.sql("UPDATE person SET department_id = ? WHERE id = ?").params(youth, supervisor.personId()).update();

        HandoffTemplate childrens = plans.createTemplate(supervisor, new HandoffTemplateDraft("Children's desk",
                youth.toString(), List.of(new HandoffTemplateDraft.Item("DESK_SHIFT", "Children's desk shifts"),
                        new HandoffTemplateDraft.Item("", ""),
                        new HandoffTemplateDraft.Item("PROGRAM", "Storytime"))));
        assertThat(childrens.items()).extracting(HandoffTemplate.Item::description)
                .containsExactly("Children's desk shifts", "Storytime");
        assertThatThrownBy(() -> plans.createTemplate(supervisor, new HandoffTemplateDraft("Holds", circulation.toString(),
                List.of(new HandoffTemplateDraft.Item("TASK", "Holds shelf")))))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        HandoffTemplate holds = plans.createTemplate(library.admin(), new HandoffTemplateDraft("Holds", circulation.toString(),
                List.of(new HandoffTemplateDraft.Item("TASK", "Holds shelf"))));
        assertThat(plans.templates(supervisor)).extracting(HandoffTemplate::name, HandoffTemplate::editable)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Children's desk", true),
                        org.assertj.core.groups.Tuple.tuple("Holds", false));
        assertThatThrownBy(() -> plans.deleteTemplate(supervisor, holds.id()))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        assertThatThrownBy(() -> plans.createTemplate(report, new HandoffTemplateDraft("Mine", youth.toString(), List.of())))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));

        UUID request = vacation(80, 81);
        plans.startFromTemplate(report, request, childrens.id().toString());
        assertThat(plans.plan(report, request).items()).extracting(HandoffItem::description, HandoffItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Children's desk shifts", HandoffStatus.UNASSIGNED),
                        org.assertj.core.groups.Tuple.tuple("Storytime", HandoffStatus.UNASSIGNED));

        String refused = mvc.perform(post("/timeoff/handoff-templates").with(Fixtures.as(supervisor)).with(csrf())
                .param("name", "").param("departmentId", youth.toString()).param("items[0].kind", "")
                .param("items[0].description", "Book club holds")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Give the template a name", "Choose what it is").contains("value=\"Book club holds\"");

        MockHttpServletResponse api = mvc.perform(put("/api/v1/timeoff/handoff-templates/" + childrens.id())
                .with(Fixtures.as(supervisor)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Children's desk","departmentId":"%s","items":[{"kind":"MEETING","description":"Team meeting"}]}"""
                        .formatted(youth))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(plans.template(report, childrens.id()).items()).extracting(HandoffTemplate.Item::description)
                .containsExactly("Team meeting");
        assertThat(mvc.perform(delete("/api/v1/timeoff/handoff-templates/" + childrens.id()).with(Fixtures.as(supervisor))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(plans.templates(report)).extracting(HandoffTemplate::name).containsExactly("Holds");
    }

    @Test
    void theApiPreparesAPlanAndTheColleagueAnswersInTheirLanguage() throws Exception {
        UUID request = vacation(90, 92);
        assertThat(call(put("/api/v1/timeoff/handoffs/" + request), report, """
                {"outOfOffice":"Away until the 12th","keyContacts":"Sam, ext. 12"}""", 200).path("outOfOffice").asString())
                .isEqualTo("Away until the 12th");
        JsonNode created = call(post("/api/v1/timeoff/handoffs/" + request + "/items"), report, """
                {"kind":"DESK_SHIFT","description":"Saturday desk","date":"%s","time":"09:30","coveringId":"%s"}"""
                .formatted(today.plusDays(91), cleo.personId()), 201);
        assertThat(created.path("status").asString()).isEqualTo("ASKED");
        String itemId = created.path("id").asString();

        JsonNode covering = call(get("/api/v1/timeoff/handoffs/covering"), cleo, null, 200);
        assertThat(covering.path("items")).hasSize(1);
        assertThat(covering.path("items").get(0).path("outOfOffice").asString()).isEqualTo("Away until the 12th");

        MockHttpServletResponse bad = mvc.perform(post("/api/v1/timeoff/handoffs/items/" + itemId + "/answer")
                .with(Fixtures.as(cleo)).with(csrf()).header("Accept-Language", "es")
                .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"MAYBE\"}")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(bad.getContentAsString()).contains("#/answer", "Elija si puede cubrirlo.");

        assertThat(call(post("/api/v1/timeoff/handoffs/items/" + itemId + "/answer"), cleo, """
                {"answer":"DECLINE","reason":"Working at Eastside that Saturday"}""", 200).path("status").asString())
                .isEqualTo("DECLINED");
        JsonNode plan = call(get("/api/v1/timeoff/handoffs/" + request), supervisor, null, 200);
        assertThat(plan.path("summary").path("declined").asInt()).isEqualTo(1);
        assertThat(plan.path("items").get(0).path("declineReason").asString()).isEqualTo("Working at Eastside that Saturday");
        assertThat(mvc.perform(delete("/api/v1/timeoff/handoffs/items/" + itemId).with(Fixtures.as(report)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(call(get("/api/v1/timeoff/handoffs/covering"), cleo, null, 200).path("items")).isEmpty();
    }

    @Test
    void theAnswerPageKeepsWhatWasTypedAndSpeaksSpanish() throws Exception {
        UUID request = vacation(100, 101);
        HandoffItem item = plans.addItem(report, request, item("PROGRAM", "Storytime for toddlers", null, null, cleo));
        String spanish = mvc.perform(get("/timeoff/handoffs/items/" + item.id()).with(Fixtures.as(cleo))
                .header("Accept-Language", "es").accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(spanish).contains("¿Puede cubrirlo?", report.name() + ": Ausente", "Storytime for toddlers");

        String refused = mvc.perform(post("/timeoff/handoffs/items/" + item.id() + "/answer").with(Fixtures.as(cleo))
                .with(csrf()).param("reason", "kept reason")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choose whether you can cover it.", "kept reason");

        MockHttpServletResponse answered = mvc.perform(post("/timeoff/handoffs/items/" + item.id() + "/answer")
                .with(Fixtures.as(cleo)).with(csrf()).param("answer", "ACCEPT")).andReturn().getResponse();
        assertThat(answered.getStatus()).isEqualTo(302);
        assertThat(answered.getRedirectedUrl()).isEqualTo("/timeoff/covering");
        assertThat(page(cleo, "/timeoff/covering")).contains("Storytime for toddlers", "Accepted");
        assertThat(page(cleo, "/timeoff")).contains("Cover you were asked for");
        assertThat(page(cleo, "/notifications/preferences"))
                .contains("Handoff plans: cover you are asked for, and answers to your plans");
        String docs = mvc.perform(get("/v3/api-docs").with(Fixtures.as(cleo))).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/timeoff/handoffs/items/{id}/answer", "/api/v1/timeoff/handoff-templates/{id}");

        String planInSpanish = mvc.perform(get("/timeoff/requests/" + request + "/handoff").with(Fixtures.as(report))
                .header("Accept-Language", "es").accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(planInSpanish).contains("Plan de relevo: Prepara al equipo", "Añadir una tarea", "Aceptada");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private UUID vacation(int fromDays, int toDays) {
        return timeoff.request(report, TimeoffTests.draft("VACATION", today.plusDays(fromDays), today.plusDays(toDays), null),
                null).id();
    }

    private static HandoffItemDraft item(String kind, String description, LocalDate date, String time, CurrentUser covering) {
        return new HandoffItemDraft(kind, description, date == null ? null : date.toString(), time,
                covering == null ? null : covering.personId().toString());
    }

    private List<String> fields(UUID request, HandoffItemDraft draft) {
        try {
            plans.addItem(report, request, draft);
        } catch (InvalidInput invalid) {
            return invalid.errors().stream().map(InvalidInput.FieldError::field).toList();
        }
        throw new AssertionError("accepted " + draft);
    }

    private List<NotificationView> handoffNotices(CurrentUser person) {
        return notifications.notifications(person).stream().filter(n -> n.type().equals(HandoffPlans.HANDOFF_NOTICE)).toList();
    }

    private UUID department(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO department (id, org_id, name) VALUES (?, ?, ?)").params(id, library.id(), name).update();
        return id;
    }

    private String page(CurrentUser person, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(Fixtures.as(person)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(CurrentUser person, String path) throws Exception {
        return mvc.perform(get(path).with(Fixtures.as(person))).andReturn().getResponse().getStatus();
    }

    private JsonNode call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            CurrentUser person, String body, int expected) throws Exception {
        request.with(Fixtures.as(person)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return json.readTree(response.getContentAsString());
    }
}

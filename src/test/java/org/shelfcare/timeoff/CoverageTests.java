package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.StaffMember;
import org.shelfcare.directory.Unit;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage rules, the gaps report, the warnings on a request and the team calendar, through the
 * service, the API and the pages: who may do what, bad input, and that nobody learns why anyone is out.
 */
@IntegrationTest
class CoverageTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired LibrarySettings settings;
    @Autowired PeopleAdministration peopleAdministration;
    @Autowired TimeoffManagement timeoff;
    @Autowired CoverageManagement coverage;

    Fixtures.Library library;
    Unit central;
    Unit eastside;
    Unit circulation;
    CurrentUser supervisor;
    CurrentUser rita;
    CurrentUser remy;
    CurrentUser elsewhere;
    LocalDate monday;

    @BeforeEach
    void library() {
        library = fixtures.library("Coverage Library");
        central = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "Central " + library.number());
        eastside = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "Eastside " + library.number());
        circulation = settings.addUnit(library.admin(), LibrarySettings.UnitKind.DEPARTMENT, "Circulation " + library.number());
        supervisor = person("Sol Supervisor", central, null, List.of(Role.SUPERVISOR));
        rita = person("Rita Report", central, supervisor, List.of());
        remy = person("Remy Report", central, supervisor, List.of());
        elsewhere = person("Eli Eastside", eastside, null, List.of());
        monday = timeoff.today(rita).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(2);
    }

    @Test
    void theDirectoryListsActivePeopleWithTheirBranchAndWorkingPattern() {
        peopleAdministration.setWorkingPattern(library.admin(), remy.personId(), "MON:AM,SAT");
        List<StaffMember> staff = fixtures.directory().activeStaff(library.id());
        assertThat(staff).extracting(StaffMember::name).contains(rita.name(), remy.name(), elsewhere.name());
        StaffMember remyThere = staff.stream().filter(s -> s.id().equals(remy.personId())).findFirst().orElseThrow();
        assertThat(remyThere.branchId()).isEqualTo(central.id());
        assertThat(remyThere.departmentId()).isEqualTo(circulation.id());
        assertThat(remyThere.workingPattern().format()).isEqualTo("MON:AM,SAT");
        peopleAdministration.setActive(library.admin(), elsewhere.personId(), false);
        assertThat(fixtures.directory().activeStaff(library.id())).extracting(StaffMember::id)
                .doesNotContain(elsewhere.personId());
    }

    @Test
    void adminsManageRulesSupervisorsReadThemAndBadInputIsExplained() throws Exception {
        MockHttpServletResponse created = api(post("/api/v1/timeoff/coverage-rules"), library.admin(), """
                {"branchId":"%s","weekdays":["MON","TUE","WED","THU","FRI"],"minimum":3}""".formatted(central.id()));
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(created.getContentAsString());
        String id = body.path("id").asString();
        assertThat(body.path("warning").isNull()).isTrue();

        MockHttpServletResponse tooMany = api(post("/api/v1/timeoff/coverage-rules"), library.admin(), """
                {"branchId":"%s","departmentId":"%s","weekdays":["SAT"],"part":"AM","minimum":5}"""
                .formatted(central.id(), circulation.id()));
        assertThat(tooMany.getStatus()).isEqualTo(201);
        assertThat(json.readTree(tooMany.getContentAsString()).path("warning").asString())
                .contains("has only 3 people now, fewer than the minimum of 5");

        JsonNode list = json.readTree(mvc.perform(get("/api/v1/timeoff/coverage-rules").with(Fixtures.as(supervisor)))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.path("items")).hasSize(2);
        assertThat(list.path("items").get(0).path("branchName").asString()).isEqualTo(central.name());
        assertThat(list.path("items").get(0).path("teamSize").asInt()).isEqualTo(3);
        assertThat(list.path("items").get(1).path("part").asString()).isEqualTo("AM");
        assertThat(mvc.perform(get("/api/v1/timeoff/coverage-rules").with(Fixtures.as(rita))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(api(post("/api/v1/timeoff/coverage-rules"), supervisor, """
                {"branchId":"%s","weekdays":["MON"],"minimum":1}""".formatted(central.id())).getStatus()).isEqualTo(403);

        MockHttpServletResponse zero = api(post("/api/v1/timeoff/coverage-rules"), library.admin(), """
                {"branchId":"%s","weekdays":[],"minimum":0}""".formatted(central.id()));
        assertThat(zero.getStatus()).isEqualTo(400);
        assertThat(zero.getContentType()).startsWith("application/problem+json");
        assertThat(zero.getContentAsString()).contains("#/minimum", "#/weekdays", "Enter a whole number from 1 to 1,000.");
        MockHttpServletResponse noUnit = api(post("/api/v1/timeoff/coverage-rules"), library.admin(), """
                {"weekdays":["MON"],"minimum":1}""");
        assertThat(noUnit.getStatus()).isEqualTo(400);
        assertThat(noUnit.getContentAsString()).contains("#/branchId", "Choose a branch or a department.");
        assertThat(api(post("/api/v1/timeoff/coverage-rules"), library.admin(), """
                {"branchId":"%s","weekdays":["MON"],"minimum":1}""".formatted(UUID.randomUUID())).getStatus())
                .isEqualTo(404);
        Fixtures.Library other = fixtures.library("Other Coverage Library");
        Unit theirs = settings.addUnit(other.admin(), LibrarySettings.UnitKind.BRANCH, "Their branch");
        assertThat(api(post("/api/v1/timeoff/coverage-rules"), library.admin(), """
                {"branchId":"%s","weekdays":["MON"],"minimum":1}""".formatted(theirs.id())).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/timeoff/coverage-rules/" + id).with(Fixtures.as(other.admin())))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        MockHttpServletResponse changed = api(put("/api/v1/timeoff/coverage-rules/" + id), library.admin(), """
                {"branchId":"%s","weekdays":["MON"],"part":"PM","minimum":2}""".formatted(central.id()));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(json.readTree(changed.getContentAsString()).path("weekdays").toString()).isEqualTo("[\"MON\"]");
        assertThat(mvc.perform(delete("/api/v1/timeoff/coverage-rules/" + id).with(Fixtures.as(library.admin()))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(get("/api/v1/timeoff/coverage-rules/" + id).with(Fixtures.as(library.admin())))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void gapsAndTheCalendarCountApprovedTimeOffOnlyAndNeverSayWhy() throws Exception {
        rule(central, "MON,TUE,WED,THU,FRI", null, 3);
        timeoff.request(rita, new LeaveDraft("SICK", monday.toString(), monday.toString(), null, null, null,
                "Migraine, please keep this quiet"), null);
        timeoff.request(remy, new LeaveDraft("VACATION", monday.plusDays(1).toString(), monday.plusDays(1).toString(),
                null, null, null, null), null);
        timeoff.request(elsewhere, new LeaveDraft("PERSONAL", monday.plusDays(2).toString(),
                monday.plusDays(2).toString(), "AM", null, null, "Moving house"), null);

        List<CoverageShortfall> gaps = coverage.gaps(supervisor, monday.toString(), monday.plusDays(6).toString());
        assertThat(gaps).extracting(CoverageShortfall::date, CoverageShortfall::present, CoverageShortfall::minimum)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(monday, 2, 3));
        JsonNode gapsJson = json.readTree(mvc.perform(get("/api/v1/timeoff/coverage/gaps").with(Fixtures.as(library.admin()))
                .param("from", monday.toString()).param("to", monday.plusDays(6).toString()))
                .andReturn().getResponse().getContentAsString());
        assertThat(gapsJson.path("items").get(0).path("unit").asString()).isEqualTo(central.name());
        assertThat(mvc.perform(get("/api/v1/timeoff/coverage/gaps").with(Fixtures.as(rita))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);

        // everyone in the library sees the calendar, with names and half days but no kind and no note
        String calendar = mvc.perform(get("/api/v1/timeoff/calendar").with(Fixtures.as(elsewhere))
                .param("from", monday.toString()).param("to", monday.plusDays(6).toString()))
                .andReturn().getResponse().getContentAsString();
        JsonNode days = json.readTree(calendar).path("days");
        assertThat(days).hasSize(7);
        assertThat(days.get(0).path("out").get(0).path("name").asString()).isEqualTo(rita.name());
        assertThat(days.get(0).path("shortfalls").get(0).path("present").asInt()).isEqualTo(2);
        // the vacation waits for a decision: not out, and no shortfall on Tuesday
        assertThat(days.get(1).path("out")).isEmpty();
        assertThat(days.get(2).path("out").get(0).path("portion").asString()).isEqualTo("AM");
        assertThat(calendar).doesNotContain("SICK", "Migraine", "VACATION", "PERSONAL", "Moving house", "\"type\"");

        JsonNode filtered = json.readTree(mvc.perform(get("/api/v1/timeoff/calendar").with(Fixtures.as(rita))
                .param("from", monday.toString()).param("to", monday.plusDays(6).toString())
                .param("branch", eastside.id().toString())).andReturn().getResponse().getContentAsString());
        assertThat(filtered.path("days").get(0).path("out")).isEmpty();
        assertThat(filtered.path("days").get(0).path("shortfalls")).isEmpty();
        assertThat(filtered.path("days").get(2).path("out").get(0).path("name").asString()).isEqualTo(elsewhere.name());

        MockHttpServletResponse tooLong = mvc.perform(get("/api/v1/timeoff/calendar").with(Fixtures.as(rita))
                .param("from", monday.toString()).param("to", monday.plusDays(366).toString())).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("#/to", "Choose at most 366 days.");
        assertThat(mvc.perform(get("/api/v1/timeoff/calendar").with(Fixtures.as(rita)).param("from", monday.toString())
                .param("to", monday.plusDays(365).toString())).andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse backwards = mvc.perform(get("/api/v1/timeoff/coverage/gaps")
                .with(Fixtures.as(supervisor)).param("from", monday.toString()).param("to", monday.minusDays(1).toString()))
                .andReturn().getResponse();
        assertThat(backwards.getStatus()).isEqualTo(400);
        assertThat(backwards.getContentAsString()).contains("The last day cannot be before the first day.");
        assertThat(mvc.perform(get("/api/v1/timeoff/calendar").with(Fixtures.as(rita))
                .param("branch", UUID.randomUUID().toString())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theRequesterAndTheApproverSeeWhichRuleTheDaysWouldBreak() throws Exception {
        rule(central, "MON,TUE,WED,THU,FRI", null, 3);
        timeoff.request(rita, new LeaveDraft("MENTAL_HEALTH_DAY", monday.toString(), monday.toString(), null, null,
                null, null), null);

        // checking the form: one more away on Monday would leave 1 of 3
        String form = mvc.perform(post("/timeoff/requests").with(Fixtures.as(remy)).with(csrf())
                .param("type", "VACATION").param("startDate", monday.toString()).param("endDate", monday.toString())
                .param("portion", "AM").param("formToken", UUID.randomUUID().toString()).param("step", "check"))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Your time off would leave too few people at work",
                central.name() + " with 1 of 3 people on", "(all day)");

        TimeoffManagement.Sent sent = timeoff.request(remy, new LeaveDraft("VACATION", monday.toString(),
                monday.plusDays(1).toString(), null, null, null, null), null);
        String page = mvc.perform(get("/timeoff/requests/" + sent.id()).with(Fixtures.as(supervisor)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Approving this request would leave too few people at work",
                central.name() + " with 1 of 3 people on", central.name() + " with 2 of 3 people on")
                .doesNotContain("Mental health day");
        // a rule the request does not touch gives no warning
        assertThat(coverage.wouldBreak(elsewhere, monday.toString(), monday.toString(), null)).isEmpty();

        timeoff.decide(supervisor, sent.id(), "APPROVE", null);
        assertThat(mvc.perform(get("/timeoff/requests/" + sent.id()).with(Fixtures.as(supervisor))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("Approving this request would leave");
    }

    @Test
    void adminsKeepRulesOnPagesAndEveryoneReadsTheCalendarAlsoInSpanish() throws Exception {
        assertThat(mvc.perform(get("/timeoff/coverage/new").with(Fixtures.as(library.admin()))).andReturn()
                .getResponse().getContentAsString()).contains("New coverage rule", central.name());
        String refused = mvc.perform(post("/timeoff/coverage").with(Fixtures.as(library.admin())).with(csrf())
                .param("branchId", "").param("departmentId", "").param("minimum", "0"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choose a branch or a department.", "Choose at least one day of the week.",
                "Enter a whole number from 1 to 1,000.", "value=\"0\"");

        MockHttpServletResponse saved = mvc.perform(post("/timeoff/coverage").with(Fixtures.as(library.admin()))
                .with(csrf()).param("branchId", central.id().toString()).param("departmentId", "")
                .param("weekdays", "MON", "TUE", "WED", "THU", "FRI").param("part", "").param("minimum", "4"))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/timeoff/coverage");
        UUID id = coverage.rules(library.admin()).get(0).id();
        String list = mvc.perform(get("/timeoff/coverage").with(Fixtures.as(library.admin()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains(central.name(), "Mon Tue Wed Thu Fri", "(fewer than the minimum)", "Add a coverage rule");
        String supervisorList = mvc.perform(get("/timeoff/coverage").with(Fixtures.as(supervisor))).andReturn()
                .getResponse().getContentAsString();
        assertThat(supervisorList).contains(central.name()).doesNotContain("Add a coverage rule", "/delete");
        assertThat(mvc.perform(get("/timeoff/coverage").with(Fixtures.as(rita))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/timeoff/coverage/" + id).with(Fixtures.as(library.admin()))).andReturn()
                .getResponse().getContentAsString()).contains("Change a coverage rule", "value=\"4\"");
        assertThat(mvc.perform(get("/timeoff/coverage/" + id + "/delete").with(Fixtures.as(library.admin())))
                .andReturn().getResponse().getContentAsString()).contains("Delete this coverage rule?");

        timeoff.request(rita, new LeaveDraft("PERSONAL", monday.toString(), monday.toString(), "PM", null, null, null),
                null);
        String month = mvc.perform(get("/timeoff/calendar").with(Fixtures.as(remy)).param("date", monday.toString()))
                .andReturn().getResponse().getContentAsString();
        assertThat(month).contains("Team calendar", rita.name() + " (afternoon)", "Under minimum:",
                central.name() + ", 2 of 4 (all day)", "Previous month", "Next month").doesNotContain("Personal");
        String week = mvc.perform(get("/timeoff/calendar").with(Fixtures.as(remy)).param("view", "week")
                .param("date", monday.toString()).header("Accept-Language", "es")).andReturn().getResponse()
                .getContentAsString();
        assertThat(week).contains("Calendario del equipo", "Semana anterior", rita.name() + " (tarde)",
                "Por debajo del mínimo:", "Nadie está ausente.");

        assertThat(mvc.perform(post("/timeoff/coverage/" + id + "/delete").with(Fixtures.as(library.admin()))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(coverage.rules(library.admin())).isEmpty();
        String gaps = mvc.perform(get("/timeoff/coverage/gaps").with(Fixtures.as(supervisor))).andReturn()
                .getResponse().getContentAsString();
        assertThat(gaps).contains("There are no coverage rules, so there is nothing to check.");
    }

    private void rule(Unit branch, String days, String part, int minimum) {
        coverage.create(library.admin(), new CoverageManagement.RuleDraft(branch.id().toString(), null,
                List.of(days.split(",")), part, Integer.toString(minimum)));
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request, CurrentUser user, String body)
            throws Exception {
        return mvc.perform(request.with(Fixtures.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
    }

    private CurrentUser person(String name, Unit branch, CurrentUser supervisorOf, List<Role> roles) {
        Invitation invitation = fixtures.directory().invite(library.admin(), new NewPerson(name + " " + library.number(),
                name.toLowerCase().replace(' ', '.') + library.number() + "@coverage.example", null, roles, branch.id(),
                circulation.id(), null, supervisorOf == null ? null : supervisorOf.personId()));
        fixtures.directory().acceptInvitation(invitation.token(), Fixtures.PASSWORD);
        return fixtures.directory().currentUser(invitation.personId()).orElseThrow();
    }
}

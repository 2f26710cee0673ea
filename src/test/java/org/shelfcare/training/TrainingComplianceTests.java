package org.shelfcare.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The compliance view with other branches, filters and history: a clerk at Main who also works at
 * East counts under both; filters by branch, department, training and status narrow the page, the
 * API and the CSV alike (bad values 400, another library's ids 404); the history shows, month by
 * month, what was complete then, for the viewer's scope.
 */
@IntegrationTest
class TrainingComplianceTests extends TrainingTestBase {

    CurrentUser clerk;
    CurrentUser youth;
    UUID main;
    UUID east;
    UUID circulation;
    UUID children;
    UUID deEscalation;
    LocalDate today;

    @BeforeEach
    void library() throws Exception {
        openLibrary("Compliance Library", "Wendy Wellness", "Sam Supervisor");
        main = settings.addUnit(admin, LibrarySettings.UnitKind.BRANCH, "Main " + library.number()).id();
        east = settings.addUnit(admin, LibrarySettings.UnitKind.BRANCH, "East " + library.number()).id();
        circulation = settings.addUnit(admin, LibrarySettings.UnitKind.DEPARTMENT, "Circulation " + library.number()).id();
        children = settings.addUnit(admin, LibrarySettings.UnitKind.DEPARTMENT, "Youth " + library.number()).id();
        clerk = person("Cleo Clerk", main, circulation, supervisor);
        jdbc.sql("INSERT INTO person_branch (person_id, branch_id) VALUES (?, ?)").params(clerk.personId(), east).update();
        youth = person("Yuri Youth", east, children, null);
        today = LocalDate.now(admin.zone());

        deEscalation = item("DE_ESCALATION");
        api("POST", admin, "/api/v1/training/requirements", "{\"itemId\": \"" + deEscalation
                + "\", \"audience\": \"DEPARTMENT\", \"value\": \"" + circulation + "\", \"intervalMonths\": 24}", 201);
        api("POST", admin, "/api/v1/training/requirements", "{\"itemId\": \"" + deEscalation
                + "\", \"audience\": \"DEPARTMENT\", \"value\": \"" + children + "\", \"intervalMonths\": 24}", 201);
        // the clerk's expired six months ago; the youth librarian's is three months old
        record(clerk, today.minusMonths(30));
        record(youth, today.minusMonths(3));
    }

    private CurrentUser person(String name, UUID branch, UUID department, @Nullable CurrentUser boss) {
        Invitation invitation = directory.invite(admin, new NewPerson(name, name.toLowerCase(Locale.ROOT).replace(' ', '.')
                + library.number() + "@compliance.example", null, List.of(), branch, department, null,
                boss == null ? null : boss.personId()));
        directory.acceptInvitation(invitation.token(), Fixtures.PASSWORD);
        return directory.currentUser(invitation.personId()).orElseThrow();
    }

    @Test
    void peopleCountUnderEachOfTheirBranchesAndFiltersNarrowTheApi() throws Exception {
        JsonNode all = api("GET", lead, "/api/v1/training/compliance", null, 200);
        assertThat(all.get("people").asInt()).isEqualTo(5);
        assertThat(rates(all.get("byItem"))).containsExactly("De-escalation/null=1/2");
        assertThat(rates(all.get("byBranch"))).containsExactly("De-escalation/East " + library.number() + "=1/2",
                "De-escalation/Main " + library.number() + "=0/1");
        assertThat(all.get("overdue")).hasSize(1);
        assertThat(all.get("overdue").get(0).get("otherBranches").toString()).contains("East " + library.number());

        JsonNode atMain = api("GET", lead, "/api/v1/training/compliance?branch=" + main, null, 200);
        assertThat(atMain.get("people").asInt()).isEqualTo(1);
        assertThat(rates(atMain.get("byBranch"))).containsExactly("De-escalation/Main " + library.number() + "=0/1");
        JsonNode atEast = api("GET", lead, "/api/v1/training/compliance?branch=" + east, null, 200);
        assertThat(atEast.get("people").asInt()).isEqualTo(2);
        assertThat(rates(atEast.get("byBranch"))).containsExactly("De-escalation/East " + library.number() + "=1/2");

        JsonNode inYouth = api("GET", lead, "/api/v1/training/compliance?department=" + children, null, 200);
        assertThat(names(inYouth.get("listed"))).containsExactly("Yuri Youth=DONE");
        assertThat(inYouth.get("overdue")).isEmpty();

        JsonNode done = api("GET", lead, "/api/v1/training/compliance?status=DONE", null, 200);
        assertThat(names(done.get("listed"))).containsExactly("Yuri Youth=DONE");
        assertThat(rates(done.get("byItem"))).as("the status narrows the lists, not the figures")
                .containsExactly("De-escalation/null=1/2");
        JsonNode overdue = api("GET", lead, "/api/v1/training/compliance?status=OVERDUE&item=" + deEscalation, null, 200);
        assertThat(names(overdue.get("listed"))).containsExactly("Cleo Clerk=OVERDUE");
        assertThat(overdue.get("filters").get("status").asString()).isEqualTo("OVERDUE");
        JsonNode otherTraining = api("GET", lead, "/api/v1/training/compliance?item=" + item("BOMB_THREAT"), null, 200);
        assertThat(otherTraining.get("byItem")).isEmpty();

        assertThat(api("GET", lead, "/api/v1/training/compliance?branch=nowhere&status=LATE", null, 400).toString())
                .contains("#/branch", "#/status");
        UUID elsewhere = settings.addUnit(outsider, LibrarySettings.UnitKind.BRANCH, "Elsewhere").id();
        api("GET", lead, "/api/v1/training/compliance?branch=" + elsewhere, null, 404);
        UUID theirs = training.catalog(outsider).get(0).id();
        api("GET", lead, "/api/v1/training/compliance?item=" + theirs, null, 404);
        api("GET", clerk, "/api/v1/training/compliance?branch=" + main, null, 403);

        // a supervisor sees their team only, filters and history included
        JsonNode team = api("GET", supervisor, "/api/v1/training/compliance?branch=" + east, null, 200);
        assertThat(team.get("people").asInt()).isEqualTo(1);
        assertThat(names(team.get("listed"))).containsExactly("Cleo Clerk=OVERDUE");
        assertThat(team.get("history").get(0).get("required").asInt()).isEqualTo(1);
    }

    @Test
    void theHistoryShowsWhatWasCompleteAtTheEndOfEachMonth() throws Exception {
        JsonNode history = api("GET", admin, "/api/v1/training/compliance", null, 200).get("history");
        assertThat(history).hasSize(TrainingCompliance.HISTORY_MONTHS);
        List<String> months = new ArrayList<>();
        history.forEach(m -> months.add(m.get("month").asString() + "=" + m.get("complete").asInt() + "/"
                + m.get("required").asInt()));
        java.time.YearMonth now = java.time.YearMonth.from(today);
        // the clerk's counted until it expired six months ago; the youth librarian's from three months ago
        assertThat(months.get(0)).isEqualTo(now.minusMonths(11) + "=1/2");
        assertThat(months.get(6)).isEqualTo(now.minusMonths(5) + "=0/2");
        assertThat(months.get(11)).isEqualTo(now + "=1/2");
        assertThat(history.get(11).get("asOf").asString()).isEqualTo(today.toString());
        assertThat(history.get(10).get("asOf").asString()).isEqualTo(now.minusMonths(1).atEndOfMonth().toString());

        String html = page(lead, "/training/compliance");
        assertThat(html).contains("<caption>Completion at the end of each month</caption>",
                "with today's requirements and today's people", "<th scope=\"col\">Month</th>",
                "count under each of their branches");
    }

    @Test
    void theFiltersAreAGetFormKeptInTheAddressAndTheCsvFollowsThem() throws Exception {
        String html = page(lead, "/training/compliance?branch=" + east + "&status=OVERDUE");
        assertThat(html).contains("<form method=\"get\" action=\"/training/compliance\"",
                "<option value=\"" + east + "\" selected>", "<option value=\"OVERDUE\" selected>",
                "People: Overdue", "Cleo Clerk", "Also works at: East " + library.number(),
                "/training/compliance.csv?branch=" + east + "&amp;status=OVERDUE").doesNotContain("Yuri Youth</th>");

        MockHttpServletResponse bad = mvc.perform(MockMvcRequestBuilders.get("/training/compliance?status=LATE&branch=" + east)
                .with(Fixtures.as(lead)).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Choose a status: OVERDUE, NEVER_DONE, DUE_SOON or DONE.",
                "<option value=\"" + east + "\" selected>", "aria-invalid=\"true\"");

        String csv = mvc.perform(MockMvcRequestBuilders.get("/training/compliance.csv?status=DONE")
                .with(Fixtures.as(lead))).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("People,De-escalation,Youth " + library.number() + ",Yuri Youth,,,Done,")
                .contains("Branch,De-escalation,East " + library.number() + ",,2,1", "Branch,De-escalation,Main "
                        + library.number() + ",,1,0")
                .contains("History,," + java.time.YearMonth.from(today) + ",,2,1")
                .doesNotContain("Cleo Clerk");
        String atMain = mvc.perform(MockMvcRequestBuilders.get("/training/compliance.csv?branch=" + main)
                .with(Fixtures.as(lead))).andReturn().getResponse().getContentAsString();
        assertThat(atMain).contains("Overdue,De-escalation,Circulation " + library.number() + ",Cleo Clerk")
                .doesNotContain("East " + library.number());
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/training/compliance.csv?branch=" + UUID.randomUUID())
                .with(Fixtures.as(lead))).andReturn().getResponse().getStatus()).isEqualTo(404);

        String spanish = mvc.perform(MockMvcRequestBuilders.get("/training/compliance").with(Fixtures.as(lead))
                .header("Accept-Language", "es")).andReturn().getResponse().getContentAsString();
        assertThat(spanish).contains("Cumplimiento al final de cada mes", "Todas las sucursales");
    }

    private static List<String> rates(JsonNode rates) {
        List<String> out = new ArrayList<>();
        rates.forEach(r -> out.add(r.get("itemTitle").asString() + "/" + (r.get("unit").isNull() ? "null"
                : r.get("unit").asString()) + "=" + r.get("complete").asInt() + "/" + r.get("required").asInt()));
        return out;
    }

    private static List<String> names(JsonNode people) {
        List<String> out = new ArrayList<>();
        people.forEach(p -> out.add(p.get("personName").asString() + "=" + p.get("status").asString()));
        return out;
    }

    private void record(CurrentUser person, LocalDate on) throws Exception {
        api("POST", person, "/api/v1/training/completions", "{\"itemId\": \"" + deEscalation + "\", \"completedOn\": \""
                + on + "\"}", 201);
    }
}

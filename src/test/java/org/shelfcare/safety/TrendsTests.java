package org.shelfcare.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incident trends count the library's submitted incidents by type, branch and month: never drafts,
 * never another library's incidents, never the reports about the viewer; the page, the CSV and the
 * API agree, and none of them carries anything from the care track.
 */
@IntegrationTest
class TrendsTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired SafetyManagement safety;
    @Autowired LibrarySettings settings;

    Fixtures.Library library;
    CurrentUser lead;
    CurrentUser subjectLead;
    CurrentUser reporter;
    CurrentUser care;
    CurrentUser affected;
    String branchName;
    YearMonth earlier;
    YearMonth later;

    @BeforeEach
    void incidents() {
        library = fixtures.library("Trends Library");
        lead = library.person("Tia Trends", Role.SAFETY_LEAD);
        subjectLead = library.person("Sid Subject", Role.SAFETY_LEAD);
        reporter = library.person("Rae Reporter");
        care = library.person("Cleo Care", Role.CARE_CONTACT);
        affected = library.person("Affie Affected");
        branchName = "Northgate " + library.number();
        UUID branch = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, branchName).id();
        later = YearMonth.now(lead.zone()).minusMonths(1);
        earlier = later.minusMonths(1);

        UUID harassment = report("HARASSMENT", earlier, branch, List.of(subjectLead.personId()), true);
        safety.addCareNote(care, harassment, "Sealed care words about Affie");
        report("HARASSMENT", later, null, List.of(), true);
        report("BOMB_THREAT", later, branch, List.of(), true);
        report("THEFT_OR_DAMAGE", later, branch, List.of(), false); // a draft: never counted
        report("MEDICAL", later.minusMonths(14), branch, List.of(), true); // before the default period

        Fixtures.Library other = fixtures.library("Other Trends Library");
        CurrentUser stranger = other.person("Otto Other");
        safety.report(stranger, IncidentDraft.of("BOMB_THREAT", at(later), "Elsewhere"), true);
    }

    private UUID report(String type, YearMonth month, @Nullable UUID branch, List<UUID> subjects, boolean submit) {
        IncidentDraft draft = IncidentDraft.of(type, at(month), "Trends incident");
        draft = new IncidentDraft(draft.type(), draft.occurredAt(), branch, null, draft.description(), null, null,
                draft.actions(), null, null, null, List.of(), subjects, List.of(affected.personId()));
        return safety.report(reporter, draft, submit);
    }

    private Instant at(YearMonth month) {
        return month.atDay(15).atTime(12, 0).atZone(lead.zone()).toInstant();
    }

    @Test
    void countsSubmittedIncidentsOfTheLibraryByTypeBranchAndMonth() throws Exception {
        JsonNode trends = api(lead, "/api/v1/safety/trends", 200);
        assertThat(trends.get("total").asLong()).isEqualTo(3);
        assertThat(trends.get("from").asString()).isEqualTo(later.minusMonths(11).toString());
        assertThat(trends.get("to").asString()).isEqualTo(later.toString());
        assertThat(counts(trends.get("byType"), "code")).containsExactlyInAnyOrder("HARASSMENT=2", "BOMB_THREAT=1");
        assertThat(counts(trends.get("byBranch"), "name")).containsExactlyInAnyOrder(branchName + "=2", "No branch given=1");
        assertThat(trends.get("byMonth")).hasSize(12);
        assertThat(counts(trends.get("byMonth"), "month")).contains(earlier + "=1", later + "=2",
                later.minusMonths(11) + "=0");
        assertThat(trends.toString()).doesNotContain("Affie", "Sealed care words", "affected", "Trends incident");

        JsonNode longer = api(lead, "/api/v1/safety/trends?from=" + later.minusMonths(14) + "&to=" + later, 200);
        assertThat(longer.get("total").asLong()).isEqualTo(4);
        assertThat(longer.get("byMonth")).hasSize(15);

        // the report about a safety lead is not counted in their own trends
        assertThat(api(subjectLead, "/api/v1/safety/trends", 200).get("total").asLong()).isEqualTo(2);
        assertThat(api(library.admin(), "/api/v1/safety/trends", 200).get("total").asLong()).isEqualTo(3);
    }

    @Test
    void anotherLibrarysAdminSeesOnlyTheirOwnLibrarysEmptyTrends() throws Exception {
        CurrentUser otherAdmin = fixtures.library("Third Trends Library").admin();
        JsonNode trends = api(otherAdmin, "/api/v1/safety/trends", 200);
        assertThat(trends.get("total").asLong()).isZero();
        assertThat(trends.get("byType")).isEmpty();
        assertThat(trends.get("byBranch")).isEmpty();
        assertThat(page(otherAdmin, "/safety/trends")).contains("No incidents were reported in this period.")
                .doesNotContain("<caption>");
        assertThat(csv(otherAdmin, "/safety/trends.csv").getContentAsString()).doesNotContain("BOMB", "Bomb");
    }

    @Test
    void thePageShowsAccessibleTablesInThePersonsLanguage() throws Exception {
        String html = page(lead, "/safety/trends");
        assertThat(html).contains("<caption>Incidents by type</caption>", "<caption>Incidents by branch</caption>",
                "<caption>Incidents by month</caption>", "scope=\"col\"", "scope=\"row\"", branchName,
                "Harassment", "/safety/trends.csv?from=" + later.minusMonths(11) + "&amp;to=" + later)
                .doesNotContain("Affie", "Sealed care words", "Theft");
        assertThat(page(lead, "/safety")).contains("href=\"/safety/trends\"");
        assertThat(page(reporter, "/safety")).doesNotContain("href=\"/safety/trends\"");

        directory.setLocale(lead.personId(), Locale.forLanguageTag("es"));
        assertThat(page(lead, "/safety/trends")).contains("<caption>Incidentes por tipo</caption>", "Sin sucursal indicada");
        String bad = page(lead, "/safety/trends?from=2026-13&to=2026-01");
        assertThat(bad).contains("Escriba un mes en formato AAAA-MM").doesNotContain("<caption>");
    }

    @Test
    void theCsvHoldsTheSameCountsAndNoCareData() throws Exception {
        MockHttpServletResponse response = csv(lead, "/safety/trends.csv");
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains("incident-trends-" + later.minusMonths(11) + "-to-" + later + ".csv");
        List<String> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(response.getContentAsString(), CSVFormat.RFC4180)) {
            parser.forEach(record -> lines.add(String.join(",", record.toList())));
        }
        assertThat(lines.get(0)).isEqualTo("Type,Branch,Month,Incidents");
        assertThat(lines).contains("Harassment,,,2", "Bomb threat,,,1", "," + branchName + ",,2",
                ",No branch given,,1", ",," + earlier + ",1", ",," + later + ",2");
        assertThat(response.getContentAsString()).doesNotContainIgnoringCase("affected")
                .doesNotContainIgnoringCase("care").doesNotContainIgnoringCase("check-in")
                .doesNotContain("Affie", "Sealed care words", "Theft", "Trends incident");
    }

    @Test
    void badPeriodsAnswerProblemDetailsInThePersonsLanguage() throws Exception {
        assertThat(api(lead, "/api/v1/safety/trends?from=2026-13", 400).get("errors").get(0).get("pointer").asString())
                .isEqualTo("#/from");
        assertThat(api(lead, "/api/v1/safety/trends?from=2026-05&to=2026-04", 400).toString())
                .contains("The end month cannot be before the start month.");
        assertThat(api(lead, "/api/v1/safety/trends?from=2023-01&to=2025-12", 200).get("byMonth")).hasSize(36);
        assertThat(api(lead, "/api/v1/safety/trends?from=2023-01&to=2026-01", 400).toString())
                .contains("at most 36 months");
        assertThat(csv(lead, "/safety/trends.csv?from=2026-05&to=2026-04").getStatus()).isEqualTo(400);

        directory.setLocale(lead.personId(), Locale.forLanguageTag("es"));
        assertThat(api(lead, "/api/v1/safety/trends?to=nope", 400).toString())
                .contains("Escriba un mes en formato AAAA-MM");
    }

    private static List<String> counts(JsonNode rows, String key) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add((r.get(key).isNull() ? "null" : r.get(key).asString()) + "=" + r.get("count").asLong()));
        return out;
    }

    private JsonNode api(CurrentUser person, String path, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }

    private String page(CurrentUser person, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse csv(CurrentUser person, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))).andReturn().getResponse();
    }
}

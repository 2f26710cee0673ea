package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.privacy.SealedText;
import org.shelfcare.support.DatabaseDump;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A working agreement that is not shared is its author's alone: a colleague, their own supervisor,
 * the admin and the operator get 404 through pages and the API, and so does another library even
 * for a shared one. The agreement and statuses never leak into another library's colleague list.
 */
@IntegrationTest
class BoundariesPrivacyTests {

    private static final String MARKER = "juniper-private boundary";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Boundaries boundaries;
    @Autowired SealedText sealedText;
    @Autowired DatabaseDump databaseDump;

    Fixtures.Library library;
    CurrentUser supervisor;
    CurrentUser owner;

    @BeforeEach
    void people() {
        library = fixtures.library("Private Boundaries Library");
        supervisor = library.person("Sam Supervisor", Role.SUPERVISOR);
        owner = library.reportOf(supervisor, "Orla Owner");
    }

    private void write(boolean shared) {
        boundaries.save(owner, new AgreementDraft(Map.of(DayOfWeek.MONDAY, new AgreementDraft.Hours("09:00", "17:00")),
                List.of("EMAIL"), MARKER, MARKER, MARKER, shared));
    }

    @Test
    void anUnsharedAgreementIs404ForEveryoneElse() throws Exception {
        write(false);
        CurrentUser colleague = library.reportOf(supervisor, "Cleo Colleague");
        CurrentUser operator = library.operator("Oto Operator");
        assertThat(operator.has(Role.OPERATOR)).isTrue();

        Map<String, CurrentUser> others = Map.of("colleague", colleague, "supervisor", supervisor, "admin",
                library.admin(), "operator", operator, "wellness lead", library.person("Wes Wellness", Role.WELLNESS_LEAD));
        for (Map.Entry<String, CurrentUser> other : others.entrySet()) {
            for (String path : List.of("/wellbeing/boundaries/" + owner.personId(),
                    "/api/v1/wellbeing/boundaries/" + owner.personId())) {
                MockHttpServletResponse response = mvc.perform(get(path).with(Fixtures.as(other.getValue()))).andReturn()
                        .getResponse();
                assertThat(response.getStatus()).as("%s on %s", other.getKey(), path).isEqualTo(404);
                assertThat(response.getContentAsString()).doesNotContain(MARKER);
            }
            String profile = mvc.perform(get("/people/" + owner.personId()).with(Fixtures.as(other.getValue())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(profile).doesNotContain(MARKER).doesNotContain("/wellbeing/boundaries/" + owner.personId());
            String own = mvc.perform(get("/api/v1/wellbeing/boundaries").with(Fixtures.as(other.getValue()))).andReturn()
                    .getResponse().getContentAsString();
            assertThat(own).as("%s's own agreement", other.getKey()).doesNotContain(MARKER);
        }
        // the author reads their own, shared or not
        assertThat(mvc.perform(get("/wellbeing/boundaries/" + owner.personId()).with(Fixtures.as(owner))).andReturn()
                .getResponse().getContentAsString()).contains(MARKER);
    }

    @Test
    void anotherLibrarySeesNeitherASharedAgreementNorAStatus() throws Exception {
        write(true);
        boundaries.setStatus(owner, "AT_CAPACITY");
        Fixtures.Library neighbour = fixtures.library("Neighbour Boundaries Library");
        CurrentUser outsider = neighbour.admin();
        for (String path : List.of("/wellbeing/boundaries/" + owner.personId(),
                "/api/v1/wellbeing/boundaries/" + owner.personId(), "/people/" + owner.personId())) {
            MockHttpServletResponse response = mvc.perform(get(path).with(Fixtures.as(outsider))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).doesNotContain(MARKER);
        }
        assertThat(mvc.perform(get("/people").with(Fixtures.as(outsider))).andReturn().getResponse().getContentAsString())
                .doesNotContain(owner.name()).doesNotContain("At capacity");
        // while a colleague of the same library reads it
        assertThat(mvc.perform(get("/wellbeing/boundaries/" + owner.personId()).with(Fixtures.as(supervisor))).andReturn()
                .getResponse().getContentAsString()).contains(MARKER);
    }

    @Test
    void theTextsAreSealedAndAbsentFromADump() throws Exception {
        write(true);
        Map<String, Object> row = jdbc.sql("SELECT * FROM wellbeing_agreement WHERE person_id = ?")
                .param(owner.personId()).query().singleRow();
        assertThat(row.toString()).doesNotContain(MARKER).contains("MONDAY 09:00-17:00");
        assertThat(String.valueOf(row.get("how_to_work_with_me"))).isNotBlank();
        assertThat(databaseDump.dump("wellbeing_agreement")).contains(owner.personId().toString()).doesNotContain(MARKER);
        assertThat(boundaries.sharedAgreement(supervisor, owner.personId()).howToWorkWithMe()).isEqualTo(MARKER);
    }

    @Test
    void onceTheAuthorsKeyIsDestroyedTheTextsCannotBeRead() throws Exception {
        write(true);
        sealedText.destroyKeysOf(library.id(), owner.personId());
        WorkingAgreement agreement = boundaries.sharedAgreement(supervisor, owner.personId());
        assertThat(agreement.howToWorkWithMe()).isEmpty();
        assertThat(agreement.hours().get(0).working()).as("the hours are not private text").isTrue();
        assertThat(mvc.perform(get("/wellbeing/boundaries").with(Fixtures.as(owner))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(MARKER);
    }
}

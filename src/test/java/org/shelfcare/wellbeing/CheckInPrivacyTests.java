package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.privacy.SealedText;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A check-in is its owner's alone: their colleague, their own supervisor, the library's admin and
 * the instance operator all get 404; the note is stored sealed, is absent from database dumps, and
 * is gone for good once the person's key is destroyed.
 */
@IntegrationTest
class CheckInPrivacyTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired WellbeingManagement wellbeing;
    @Autowired SealedText sealedText;
    @Autowired org.shelfcare.support.DatabaseDump databaseDump;

    Fixtures.Library library;
    CurrentUser supervisor;
    CurrentUser owner;

    @BeforeEach
    void people() {
        library = fixtures.library("Private Check-in Library");
        supervisor = library.person("Sofia Supervisor", Role.SUPERVISOR);
        owner = library.reportOf(supervisor, "Omar Owner");
    }

    @Test
    void nobodyElseReachesACheckInThroughPagesOrApi() throws Exception {
        UUID id = wellbeing.checkIn(owner, new CheckInDraft(1, 2, 5, "I am struggling this week", null));
        CurrentUser colleague = library.reportOf(supervisor, "Carla Colleague");
        CurrentUser operator = library.operator("Olga Operator");
        assertThat(operator.has(Role.OPERATOR)).isTrue();

        Map<String, CurrentUser> others = Map.of("colleague", colleague, "supervisor", supervisor,
                "admin", library.admin(), "operator", operator);
        String body = "{\"mood\":5,\"energy\":5,\"stress\":1,\"note\":\"overwritten\"}";
        for (Map.Entry<String, CurrentUser> other : others.entrySet()) {
            CurrentUser who = other.getValue();
            List<MockHttpServletRequestBuilder> requests = List.of(
                    get("/api/v1/wellbeing/checkins/" + id),
                    put("/api/v1/wellbeing/checkins/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body),
                    delete("/api/v1/wellbeing/checkins/" + id).with(csrf()),
                    get("/wellbeing/check-ins/" + id + "/edit"),
                    post("/wellbeing/check-ins/" + id).with(csrf()).param("mood", "5").param("energy", "5").param("stress", "1"),
                    get("/wellbeing/check-ins/" + id + "/delete"),
                    post("/wellbeing/check-ins/" + id + "/delete").with(csrf()));
            for (MockHttpServletRequestBuilder request : requests) {
                MockHttpServletResponse response = mvc.perform(request.with(Fixtures.as(who))).andReturn().getResponse();
                assertThat(response.getStatus()).as("%s", other.getKey()).isEqualTo(404);
                assertThat(response.getContentAsString()).doesNotContain("struggling");
            }
            String list = mvc.perform(get("/api/v1/wellbeing/checkins").with(Fixtures.as(who))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(list).as("%s's own list", other.getKey()).doesNotContain(id.toString()).doesNotContain("struggling");
            String home = mvc.perform(get("/wellbeing").with(Fixtures.as(who))).andReturn().getResponse().getContentAsString();
            assertThat(home).as("%s's own page", other.getKey()).doesNotContain(id.toString()).doesNotContain("struggling");
        }

        CheckIn unchanged = wellbeing.checkIn(owner, id);
        assertThat(unchanged.note()).isEqualTo("I am struggling this week");
        assertThat(unchanged.mood()).isEqualTo(1);
    }

    @Test
    void theTableHoldsNoPlaintextNote() {
        String marker = "TABLE-MARKER-" + UUID.randomUUID();
        UUID id = wellbeing.checkIn(owner, new CheckInDraft(3, 4, 2, marker, null));

        Map<String, Object> row = jdbc.sql("SELECT * FROM wellbeing_checkin WHERE id = ?").param(id).query().singleRow();
        assertThat(row.toString()).doesNotContain(marker);
        String stored = String.valueOf(row.get("note"));
        assertThat(stored).isNotBlank().doesNotContain(marker)
                .doesNotContain(Base64.getEncoder().encodeToString(marker.getBytes(StandardCharsets.UTF_8)));
        assertThat(((Number) row.get("mood")).intValue()).as("scores are plain, for the person's own trends").isEqualTo(3);
        assertThat(wellbeing.checkIn(owner, id).note()).isEqualTo(marker);
    }

    @Test
    void aMarkerInANoteIsAbsentFromADatabaseDump() throws Exception {
        String marker = "DUMP-MARKER-" + UUID.randomUUID();
        UUID id = wellbeing.checkIn(owner, new CheckInDraft(2, 2, 4, marker, null));
        String sealed = jdbc.sql("SELECT note FROM wellbeing_checkin WHERE id = ?").param(id).query(String.class).single();

        String dump = databaseDump.dump("wellbeing_checkin");

        assertThat(dump).as("the dump holds the check-in").contains(id.toString()).contains(sealed);
        assertThat(dump).doesNotContain(marker)
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(Base64.getEncoder().encodeToString(marker.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void afterTheKeyIsDestroyedTheCheckInStaysButItsNoteCannotBeRead() throws Exception {
        UUID id = wellbeing.checkIn(owner, new CheckInDraft(4, 3, 2, "words that will be lost", null));
        UUID withoutNote = wellbeing.checkIn(owner, new CheckInDraft(5, 5, 1, null, null));

        sealedText.destroyKeysOf(library.id(), owner.personId());

        String home = mvc.perform(get("/wellbeing").with(Fixtures.as(owner))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("This note can no longer be read.", "Mood: 4 (Good)", "Mood: 5 (Very good)")
                .doesNotContain("words that will be lost");
        assertThat(home.split("This note can no longer be read.", -1)).as("only the check-in that had a note").hasSize(2);
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/wellbeing/checkins/" + id).with(Fixtures.as(owner)))
                .andReturn().getResponse().getContentAsString());
        assertThat(api.get("noteReadable").asBoolean()).isFalse();
        assertThat(api.get("note").isNull()).isTrue();
        assertThat(wellbeing.checkIn(owner, withoutNote).noteUnreadable()).isFalse();
        MockHttpServletResponse edit = mvc.perform(get("/wellbeing/check-ins/" + id + "/edit").with(Fixtures.as(owner)))
                .andReturn().getResponse();
        assertThat(edit.getStatus()).isEqualTo(200);
        assertThat(edit.getContentAsString()).contains("This note can no longer be read.");
    }

}

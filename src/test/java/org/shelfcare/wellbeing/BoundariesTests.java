package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.ColleagueStatus;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.SampleLibraryCreated;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The working agreement and the capacity status, as staff and their colleagues meet them in pages and the API. */
@IntegrationTest
class BoundariesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired Boundaries boundaries;
    @Autowired Breaks breaks;
    @Autowired ColleagueStatuses colleagueStatuses;
    @Autowired SampleBoundaries sample;

    Fixtures.Library library;
    CurrentUser bea;
    CurrentUser colleague;

    @BeforeEach
    void people() {
        library = fixtures.library("Boundaries Library");
        bea = library.person("Bea Boundaries");
        colleague = library.person("Cal Colleague");
    }

    private static AgreementDraft draft(Map<DayOfWeek, AgreementDraft.Hours> hours, boolean shared) {
        return new AgreementDraft(hours, List.of("CHAT", "EMAIL"), "Within a day", "Tuesday mornings: programme planning",
                "Ask me <b>anything</b>", shared);
    }

    // ---- validation ------------------------------------------------------------------------------

    @Test
    void hoursThatEndBeforeTheyStartAreRejectedPerDayAndNothingIsSaved() {
        Map<DayOfWeek, AgreementDraft.Hours> hours = Map.of(
                DayOfWeek.MONDAY, new AgreementDraft.Hours("17:00", "09:00"),
                DayOfWeek.TUESDAY, new AgreementDraft.Hours("09:00", "17:00"),
                DayOfWeek.WEDNESDAY, new AgreementDraft.Hours("22:00", "06:00"),
                DayOfWeek.THURSDAY, new AgreementDraft.Hours("09:00", ""),
                DayOfWeek.FRIDAY, new AgreementDraft.Hours("nine", "17:00"),
                DayOfWeek.SATURDAY, new AgreementDraft.Hours("10:00", "10:00"));
        InvalidInput invalid = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                () -> boundaries.save(bea, draft(hours, true)));
        assertThat(invalid.errors()).extracting(InvalidInput.FieldError::field).containsExactly(
                "workingHours/MONDAY/end", "workingHours/WEDNESDAY/end", "workingHours/THURSDAY/end",
                "workingHours/FRIDAY/start", "workingHours/SATURDAY/end");
        assertThat(invalid.errors()).extracting(InvalidInput.FieldError::messageCode).containsExactly(
                "wellbeing.boundaries.endBeforeStart", "wellbeing.boundaries.endBeforeStart",
                "wellbeing.boundaries.timeMissing", "wellbeing.boundaries.badTime", "wellbeing.boundaries.sameTimes");
        assertThat(boundaries.agreement(bea).written()).as("nothing half-written").isFalse();
    }

    @Test
    void thePageExplainsEachBadDayAndKeepsEverythingTyped() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/wellbeing/boundaries").with(Fixtures.as(bea)).with(csrf())
                .param("start[MONDAY]", "17:00").param("end[MONDAY]", "09:00")
                .param("start[TUESDAY]", "08:30").param("end[TUESDAY]", "16:30")
                .param("channels", "CHAT").param("channels", "PHONE")
                .param("protectedTime", "Tuesday mornings: programme planning")
                .param("howToWorkWithMe", "Ask me anything, kindly").param("shared", "true"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("On Monday your hours end (09:00) before they start (17:00). Working hours cannot run past midnight")
                .contains("href=\"#hours-MONDAY-end\"")
                .contains("value=\"17:00\"").contains("value=\"09:00\"").contains("value=\"08:30\"").contains("value=\"16:30\"")
                .contains("Tuesday mornings: programme planning").contains("Ask me anything, kindly");
        assertThat(page).containsPattern("id=\"channel-CHAT\" name=\"channels\" value=\"CHAT\" checked")
                .containsPattern("id=\"channel-PHONE\" name=\"channels\" value=\"PHONE\" checked")
                .containsPattern("id=\"shared\" name=\"shared\" value=\"true\" checked");
        assertThat(boundaries.agreement(bea).written()).isFalse();
        assertThat(page).as("nothing is shared while the form is rejected")
                .contains("Private: only you can see your working agreement.");

        // the same in Spanish
        String es = mvc.perform(post("/wellbeing/boundaries").with(Fixtures.as(bea)).with(csrf()).locale(Locale.forLanguageTag("es"))
                .header("Accept-Language", "es").param("start[FRIDAY]", "18:00").param("end[FRIDAY]", "08:00"))
                .andReturn().getResponse().getContentAsString();
        assertThat(es).contains("El viernes tu horario termina (08:00) antes de empezar (18:00).");
    }

    @Test
    void theApiAnswers400WithAPointerPerDay() throws Exception {
        MockHttpServletResponse response = mvc.perform(put("/api/v1/wellbeing/boundaries").with(Fixtures.as(bea)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"workingHours":{"MONDAY":{"start":"18:00","end":"09:00"}},"channels":["CHAT"]}"""))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo("#/workingHours/MONDAY/end");
        assertThat(problem.get("errors").get(0).get("detail").asString()).contains("On Monday your hours end (09:00)");
    }

    @Test
    void quietHoursStayWithNotificationsAndTheBoundariesPageLinksThere() throws Exception {
        String page = mvc.perform(get("/wellbeing/boundaries").with(Fixtures.as(bea))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/notifications/preferences\"")
                .contains("ShelfCare's notifications and emails respect them");
        assertThat(mvc.perform(get("/notifications/preferences").with(Fixtures.as(bea))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        // quiet hours that wrap midnight are valid there
        assertThat(mvc.perform(put("/api/v1/notifications/preferences").with(Fixtures.as(bea)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"quietHours":{"enabled":true,"start":"21:00","end":"06:30","days":["MONDAY","TUESDAY"]}}"""))
                .andReturn().getResponse().getStatus()).isIn(200, 204);
    }

    // ---- saving and sharing ----------------------------------------------------------------------

    @Test
    void aSavedAgreementIsPrivateUntilSharedAndMarkupIsText() throws Exception {
        Map<DayOfWeek, AgreementDraft.Hours> hours = Map.of(DayOfWeek.TUESDAY, new AgreementDraft.Hours("08:30", "16:00"));
        WorkingAgreement saved = boundaries.save(bea, draft(hours, false));
        assertThat(saved.hours().get(1)).isEqualTo(new WorkingDay(DayOfWeek.TUESDAY, LocalTime.of(8, 30), LocalTime.of(16, 0)));
        assertThat(boundaries.agreement(bea).hours().get(0).working()).isFalse();
        assertThat(boundaries.agreement(bea).channels()).containsExactlyInAnyOrder(ContactChannel.CHAT, ContactChannel.EMAIL);

        String path = "/wellbeing/boundaries/" + bea.personId();
        assertThat(mvc.perform(get(path).with(Fixtures.as(colleague))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/wellbeing/boundaries/" + bea.personId()).with(Fixtures.as(colleague)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/people/" + bea.personId()).with(Fixtures.as(colleague))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(path);

        boundaries.save(bea, draft(hours, true));
        String page = mvc.perform(get(path).with(Fixtures.as(colleague))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Working agreement of " + bea.name()).contains("08:30 to 16:00")
                .contains("Tuesday mornings: programme planning").contains("Ask me &lt;b&gt;anything&lt;/b&gt;")
                .doesNotContain("<b>anything</b>");
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/wellbeing/boundaries/" + bea.personId())
                .with(Fixtures.as(colleague))).andReturn().getResponse().getContentAsString());
        assertThat(api.get("workingHours").get("TUESDAY").get("start").asString()).isEqualTo("08:30");
        assertThat(api.get("workingHours").get("MONDAY").isNull()).isTrue();
        assertThat(api.get("howToWorkWithMe").asString()).isEqualTo("Ask me <b>anything</b>");
        assertThat(mvc.perform(get("/people/" + bea.personId()).with(Fixtures.as(colleague))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"" + path + "\"").contains("How to work with them (working agreement)");

        // unsharing hides it again
        boundaries.save(bea, draft(hours, false));
        assertThat(mvc.perform(get(path).with(Fixtures.as(colleague))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theAgreementRoundTripsThroughTheApi() throws Exception {
        JsonNode empty = json.readTree(mvc.perform(get("/api/v1/wellbeing/boundaries").with(Fixtures.as(bea))).andReturn()
                .getResponse().getContentAsString());
        assertThat(empty.get("shared").asBoolean()).isFalse();
        assertThat(empty.get("updatedAt").isNull()).isTrue();
        MockHttpServletResponse saved = mvc.perform(put("/api/v1/wellbeing/boundaries").with(Fixtures.as(bea)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"workingHours":{"MONDAY":{"start":"09:00","end":"17:00"},"SUNDAY":null},"channels":["IN_PERSON"],
                         "responseExpectations":"Same day","shared":true}""")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(200);
        JsonNode mine = json.readTree(mvc.perform(get("/api/v1/wellbeing/boundaries").with(Fixtures.as(bea))).andReturn()
                .getResponse().getContentAsString());
        assertThat(mine.get("workingHours").get("MONDAY").get("end").asString()).isEqualTo("17:00");
        assertThat(mine.get("channels").get(0).asString()).isEqualTo("IN_PERSON");
        assertThat(mine.get("responseExpectations").asString()).isEqualTo("Same day");
        assertThat(mine.get("shared").asBoolean()).isTrue();
    }

    // ---- the capacity status ---------------------------------------------------------------------

    @Test
    void aStatusShowsBesideTheNameUntilCleared() throws Exception {
        assertThat(colleagueList()).doesNotContain("colleague-status");
        assertThat(mvc.perform(post("/wellbeing/status").with(Fixtures.as(bea)).with(csrf()).param("status", "FOCUSED")
                .param("from", "/wellbeing")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/wellbeing");
        assertThat(colleagueList()).contains("<span class=\"colleague-status\">Focused</span>");
        assertThat(mvc.perform(get("/people/" + bea.personId()).with(Fixtures.as(colleague))).andReturn().getResponse()
                .getContentAsString()).contains("<p class=\"colleague-status\">Focused</p>");

        JsonNode status = json.readTree(mvc.perform(put("/api/v1/wellbeing/status").with(Fixtures.as(bea)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"AT_CAPACITY\"}")).andReturn().getResponse()
                .getContentAsString());
        assertThat(status.get("status").asString()).isEqualTo("AT_CAPACITY");
        assertThat(status.get("shownToColleagues").asString()).isEqualTo("At capacity");
        assertThat(colleagueList()).contains("At capacity");

        assertThat(mvc.perform(put("/api/v1/wellbeing/status").with(Fixtures.as(bea)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SLEEPY\"}")).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        mvc.perform(post("/wellbeing/status").with(Fixtures.as(bea)).with(csrf()).param("status", ""));
        assertThat(colleagueList()).doesNotContain("colleague-status");
        assertThat(boundaries.status(bea).status()).isNull();
    }

    @Test
    void aLibraryThatSwitchedWellbeingOffShowsNoStatus() throws Exception {
        boundaries.setStatus(bea, "FOCUSED");
        mvc.perform(patch("/api/v1/organization/settings").with(Fixtures.as(library.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"modules\":{\"wellbeing\":false}}"));
        assertThat(colleagueList()).doesNotContain("Focused");
    }

    // ---- breaks and the status they show ---------------------------------------------------------

    @Test
    void aShownBreakSaysWhenThePersonIsBackAndExpiresByItself() {
        boundaries.setStatus(bea, "FOCUSED");
        Instant start = Instant.parse("2026-11-28T20:00:00Z");
        CurrentBreak started = breaks.startAt(bea, "BOX_BREATHING", 15, true, start);
        assertThat(started.endsAt()).isEqualTo(Instant.parse("2026-11-28T20:15:00Z"));

        CurrentUser viewer = new CurrentUser(colleague.personId(), colleague.organizationId(), colleague.name(), null, null,
                colleague.roles(), Locale.US, java.time.ZoneId.of("America/Chicago"), false);
        ColleagueStatus.Shown during = colleagueStatuses.shownAt(viewer, List.of(bea.personId()), Locale.US,
                start.plus(5, ChronoUnit.MINUTES)).get(bea.personId());
        assertThat(during.labelKey()).isEqualTo("wellbeing.status.backAt");
        assertThat(during.labelArgs()).containsExactly("2:15 PM");
        ColleagueStatus.Shown spanish = colleagueStatuses.shownAt(viewer, List.of(bea.personId()),
                Locale.forLanguageTag("es"), start.plus(5, ChronoUnit.MINUTES)).get(bea.personId());
        assertThat(spanish.labelArgs()).containsExactly("14:15");

        ColleagueStatus.Shown after = colleagueStatuses.shownAt(viewer, List.of(bea.personId()), Locale.US,
                start.plus(15, ChronoUnit.MINUTES)).get(bea.personId());
        assertThat(after.labelKey()).as("the set status shows again once the break is over").isEqualTo("wellbeing.status.FOCUSED");
        assertThat(boundaries.statusAt(bea, start.plus(16, ChronoUnit.MINUTES)).currentBreak()).isNull();
    }

    @Test
    void aBreakKeptPrivateShowsNothingAndEndingEarlyClearsTheStatus() throws Exception {
        breaks.start(bea, "MINDFUL_WALKING", 10, false);
        assertThat(colleagueList()).doesNotContain("On a break");
        assertThat(breaks.current(bea)).isPresent();

        MockHttpServletResponse started = mvc.perform(post("/api/v1/wellbeing/breaks").with(Fixtures.as(bea)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"practice\":\"BOX_BREATHING\",\"minutes\":5,\"showStatus\":true}"))
                .andReturn().getResponse();
        assertThat(started.getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(started.getContentAsString());
        assertThat(body.get("practice").asString()).isEqualTo("BOX_BREATHING");
        assertThat(Instant.parse(body.get("endsAt").asString())).isEqualTo(Instant.parse(body.get("startedAt").asString())
                .plus(5, ChronoUnit.MINUTES));
        assertThat(colleagueList()).contains("On a break, back at");
        assertThat(json.readTree(mvc.perform(get("/api/v1/wellbeing/breaks/current").with(Fixtures.as(bea))).andReturn()
                .getResponse().getContentAsString()).get("practice").asString()).as("the new break replaced the walk")
                .isEqualTo("BOX_BREATHING");

        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/wellbeing/breaks/current").with(Fixtures.as(bea)).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(204);
        assertThat(colleagueList()).doesNotContain("On a break");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/wellbeing/breaks/current").with(Fixtures.as(bea)).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/wellbeing/breaks/current").with(Fixtures.as(bea))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void breakInputIsCheckedAndThePageKeepsIt() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (String body : List.of("{\"practice\":\"NAPPING\"}", "{\"practice\":\"RESET\",\"minutes\":0}",
                "{\"practice\":\"RESET\",\"minutes\":61}")) {
            statuses.add(mvc.perform(post("/api/v1/wellbeing/breaks").with(Fixtures.as(bea)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus());
        }
        assertThat(statuses).containsExactly(400, 400, 400);
        JsonNode reset = json.readTree(mvc.perform(post("/api/v1/wellbeing/breaks").with(Fixtures.as(bea)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"practice\":\"RESET\"}")).andReturn().getResponse()
                .getContentAsString());
        assertThat(reset.get("minutes").asInt()).as("the practice's own length").isEqualTo(15);
        assertThat(reset.get("showStatus").asBoolean()).as("shown unless the person says no").isTrue();

        String page = mvc.perform(post("/wellbeing/breaks").with(Fixtures.as(colleague)).with(csrf())
                .param("practice", "MINDFUL_WALKING").param("minutes", "ninety")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Please choose a break of 1 to 60 minutes.").contains("value=\"ninety\"");
        assertThat(breaks.current(colleague)).isEmpty();
    }

    @Test
    void practicesHaveStepsInBothLanguages() throws Exception {
        JsonNode en = json.readTree(mvc.perform(get("/api/v1/wellbeing/breaks").with(Fixtures.as(bea))).andReturn()
                .getResponse().getContentAsString());
        assertThat(en.get("items")).hasSize(4);
        assertThat(en.get("items").get(0).get("code").asString()).isEqualTo("BOX_BREATHING");
        assertThat(en.get("items").get(0).get("steps").get(1).asString()).contains("count slowly to four");
        JsonNode es = json.readTree(mvc.perform(get("/api/v1/wellbeing/breaks").with(Fixtures.as(bea))
                .header("Accept-Language", "es")).andReturn().getResponse().getContentAsString());
        assertThat(es.get("items").get(3).get("title").asString()).isEqualTo("Escucha intencional");
        for (BreakPractice practice : BreakPractice.values()) {
            assertThat(BreakPractice.SLUGS).contains(practice.slug());
            String page = mvc.perform(get("/wellbeing/breaks/" + practice.slug()).with(Fixtures.as(bea))).andReturn()
                    .getResponse().getContentAsString();
            assertThat(page).contains("<ol class=\"break-steps\">").doesNotContain("wellbeing.breaks.");
        }
    }

    // ---- the sample library ----------------------------------------------------------------------

    @Test
    void theSampleLibraryGetsSharedAgreementsAndStatuses() throws Exception {
        List<UUID> people = new ArrayList<>();
        people.add(library.admin().personId());
        for (int i = 1; i < 25; i++) {
            people.add(i == 2 ? bea.personId() : library.person("Sample " + i).personId());
        }
        // the listener runs after the event's transaction, on its own thread
        sample.on(new SampleLibraryCreated(library.id(), library.admin().personId(), people, List.of(), List.of()));
        for (int wait = 0; wait < 100 && boundaries.status(bea).status() == null; wait++) {
            Thread.sleep(100);
        }

        WorkingAgreement agreement = boundaries.sharedAgreement(colleague, bea.personId());
        assertThat(agreement.shared()).isTrue();
        assertThat(agreement.hours().get(DayOfWeek.SATURDAY.ordinal()).start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(agreement.hours().get(DayOfWeek.MONDAY.ordinal()).working()).isFalse();
        assertThat(boundaries.status(bea).status()).isEqualTo(CapacityStatus.FOCUSED);
        assertThat(colleagueList()).contains("At capacity").contains("Available");
    }

    private String colleagueList() throws Exception {
        MockHttpServletRequestBuilder request = get("/people").with(Fixtures.as(colleague));
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

}

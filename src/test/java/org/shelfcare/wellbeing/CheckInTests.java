package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checking in, looking back, changing and deleting, as a staff member meets it in pages and the API. */
@IntegrationTest
class CheckInTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    Fixtures.Library library;
    CurrentUser ana;

    @BeforeEach
    void people() {
        library = fixtures.library("Check-in Library");
        ana = library.person("Ana Circulation");
    }

    // ---- API -----------------------------------------------------------------------------------------

    @Test
    void checkInThroughTheApiThenListChangeAndDelete() throws Exception {
        LocalDate today = LocalDate.now(ana.zone());
        String older = create(ana, """
                {"mood":2,"energy":1,"stress":5,"note":"Long line at the desk","date":"%s"}""".formatted(today.minusDays(3)));
        String newer = create(ana, """
                {"mood":4,"energy":3,"stress":2}""");

        JsonNode one = read(mvc.perform(get("/api/v1/wellbeing/checkins/" + older).with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200);
        assertThat(one.get("mood").asInt()).isEqualTo(2);
        assertThat(one.get("energy").asInt()).isEqualTo(1);
        assertThat(one.get("stress").asInt()).isEqualTo(5);
        assertThat(one.get("note").asString()).isEqualTo("Long line at the desk");
        assertThat(one.get("noteReadable").asBoolean()).isTrue();
        assertThat(one.get("date").asString()).isEqualTo(today.minusDays(3).toString());

        JsonNode list = read(mvc.perform(get("/api/v1/wellbeing/checkins").with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200);
        assertThat(ids(list)).containsExactly(newer, older);
        assertThat(list.get("nextCursor").isNull()).isTrue();
        assertThat(list.get("items").get(0).get("date").asString()).as("the date defaults to today").isEqualTo(today.toString());
        JsonNode ranged = read(mvc.perform(get("/api/v1/wellbeing/checkins").param("from", today.minusDays(5).toString())
                .param("to", today.minusDays(1).toString()).with(Fixtures.as(ana))).andReturn().getResponse(), 200);
        assertThat(ids(ranged)).containsExactly(older);

        MockHttpServletResponse changed = mvc.perform(put("/api/v1/wellbeing/checkins/" + older).with(Fixtures.as(ana))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"mood":3,"energy":3,"stress":3,"note":"Better after a break"}""")).andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(204);
        JsonNode after = read(mvc.perform(get("/api/v1/wellbeing/checkins/" + older).with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200);
        assertThat(after.get("stress").asInt()).isEqualTo(3);
        assertThat(after.get("note").asString()).isEqualTo("Better after a break");
        assertThat(after.get("date").asString()).as("no date keeps the date").isEqualTo(today.minusDays(3).toString());

        assertThat(mvc.perform(delete("/api/v1/wellbeing/checkins/" + older).with(Fixtures.as(ana)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(get("/api/v1/wellbeing/checkins/" + older).with(Fixtures.as(ana))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void badInputAnswers400WithAPointerPerField() throws Exception {
        LocalDate tomorrow = LocalDate.now(ana.zone()).plusDays(1);
        JsonNode problem = read(postJson(ana, """
                {"mood":6,"energy":0,"note":"%s","date":"%s"}""".formatted("x".repeat(1001), tomorrow)), 400);
        assertThat(pointers(problem)).containsExactlyInAnyOrder("#/mood", "#/energy", "#/stress", "#/note", "#/date");
        assertThat(problem.toString()).contains("That date is in the future.", "Please keep this to 1,000 characters or fewer.");

        assertThat(pointers(read(postJson(ana, """
                {"mood":3,"energy":3,"stress":3,"date":"last tuesday"}"""), 400))).containsExactly("#/date");
        assertThat(pointers(read(mvc.perform(get("/api/v1/wellbeing/checkins").param("from", "soon")
                .with(Fixtures.as(ana))).andReturn().getResponse(), 400))).containsExactly("#/from");
        // exactly 1,000 characters is fine, even of emoji
        assertThat(postJson(ana, """
                {"mood":3,"energy":3,"stress":3,"note":"%s"}""".formatted("📚".repeat(1000))).getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM wellbeing_checkin WHERE person_id = ?").param(ana.personId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void todayIsTodayInThePersonsTimeZone() throws Exception {
        // 25 hours apart: these two are never on the same date
        jdbc.sql("UPDATE person SET time_zone = 'Pacific/Kiritimati' WHERE id = ?").param(ana.personId()).update();
        CurrentUser ben = library.person("Ben Pages");
        jdbc.sql("UPDATE person SET time_zone = 'Pacific/Pago_Pago' WHERE id = ?").param(ben.personId()).update();
        LocalDate anasToday = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));

        String id = create(ana, "{\"mood\":5,\"energy\":5,\"stress\":1}");
        assertThat(read(mvc.perform(get("/api/v1/wellbeing/checkins/" + id).with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200).get("date").asString()).isEqualTo(anasToday.toString());
        assertThat(pointers(read(postJson(ben, """
                {"mood":3,"energy":3,"stress":3,"date":"%s"}""".formatted(anasToday)), 400))).containsExactly("#/date");
    }

    // ---- pages ---------------------------------------------------------------------------------------

    @Test
    void checkInOnThePageSeveralTimesADayAndSeeTheTrend() throws Exception {
        String home = page(get("/wellbeing"));
        assertThat(home).contains("Only you can see your check-ins. Your supervisor and admins cannot, and they are never part of any report.",
                "<legend>Mood</legend>", "<legend>Stress (5 means the most stress)</legend>",
                "Careful: here a higher number means more stress.", "Very stressed", "No check-ins in this period yet.",
                "value=\"" + LocalDate.now(ana.zone()) + "\"");

        MockHttpServletResponse saved = mvc.perform(post("/wellbeing/check-in").with(Fixtures.as(ana)).with(csrf())
                .param("mood", "2").param("energy", "2").param("stress", "4")
                .param("note", "<script>alert('x')</script> rough morning")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/wellbeing");
        mvc.perform(post("/wellbeing/check-in").with(Fixtures.as(ana)).with(csrf())
                .param("mood", "4").param("energy", "3").param("stress", "2").param("note", "")).andReturn();

        home = page(get("/wellbeing"));
        assertThat(home).contains("&lt;script&gt;alert('x')&lt;/script&gt; rough morning")
                .doesNotContain("<script>alert");
        assertThat(home).contains("<table class=\"trend-table\">", "(average of 2)", "<td>3.0</td>",
                "<svg class=\"trend-chart\"", "aria-labelledby=\"trend-chart-title trend-chart-desc\"",
                "Mood: 2 (Low)", "Stress: 4 (A lot of stress)", "Mood: 4 (Good)");
        assertThat(home.indexOf("Mood: 4 (Good)")).as("newest first").isLessThan(home.indexOf("Mood: 2 (Low)"));
        assertThat(home).doesNotContainIgnoringCase("streak").doesNotContainIgnoringCase("missed")
                .doesNotContain("style=");

        assertThat(page(get("/wellbeing").param("days", "90"))).contains("Your last 90 days", "(average of 2)");
    }

    @Test
    void aMistakeIsExplainedAndWhatWasChosenStays() throws Exception {
        LocalDate tomorrow = LocalDate.now(ana.zone()).plusDays(1);
        MockHttpServletResponse response = mvc.perform(post("/wellbeing/check-in").with(Fixtures.as(ana)).with(csrf())
                .param("mood", "4").param("energy", "2").param("note", "kept words").param("date", tomorrow.toString()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("id=\"error-summary\"", "<a href=\"#stress\">Please choose a number from 1 to 5.</a>",
                "That date is in the future. Please choose today or an earlier day.", "kept words",
                "value=\"" + tomorrow + "\"");
        assertThat(page).containsPattern("id=\"mood-4\"[^>]*checked").containsPattern("id=\"energy-2\"[^>]*checked");
        assertThat(jdbc.sql("SELECT count(*) FROM wellbeing_checkin WHERE person_id = ?").param(ana.personId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void changeAndDeleteOnThePages() throws Exception {
        String id = create(ana, "{\"mood\":1,\"energy\":2,\"stress\":5,\"note\":\"hard shift\"}");

        String edit = page(get("/wellbeing/check-ins/" + id + "/edit"));
        assertThat(edit).contains("Change a check-in", "hard shift").containsPattern("id=\"stress-5\"[^>]*checked");
        MockHttpServletResponse changed = mvc.perform(post("/wellbeing/check-ins/" + id).with(Fixtures.as(ana)).with(csrf())
                .param("mood", "3").param("energy", "3").param("stress", "3").param("note", "").param("date",
                        LocalDate.now(ana.zone()).minusDays(1).toString())).andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(302);
        JsonNode after = read(mvc.perform(get("/api/v1/wellbeing/checkins/" + id).with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200);
        assertThat(after.get("mood").asInt()).isEqualTo(3);
        assertThat(after.get("note").isNull()).as("an emptied note is removed").isTrue();

        String confirm = page(get("/wellbeing/check-ins/" + id + "/delete"));
        assertThat(confirm).contains("Delete this check-in?", "It cannot be brought back.", "Delete the check-in");
        assertThat(mvc.perform(post("/wellbeing/check-ins/" + id + "/delete").with(Fixtures.as(ana)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/wellbeing");
        assertThat(page(get("/wellbeing"))).doesNotContain(id);
    }

    @Test
    void theCheckInPageIsInSpanishToo() throws Exception {
        String page = page(get("/wellbeing/check-in").header(HttpHeaders.ACCEPT_LANGUAGE, "es"));
        assertThat(page).contains("Registro de bienestar", "Estado de ánimo", "Estrés (5 significa el mayor estrés)",
                "Solo usted puede ver sus registros de bienestar.");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private String create(CurrentUser person, String body) throws Exception {
        return read(postJson(person, body), 201).get("id").asString();
    }

    private MockHttpServletResponse postJson(CurrentUser person, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/wellbeing/checkins").with(Fixtures.as(person)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private JsonNode read(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(Fixtures.as(ana)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> pointers(JsonNode problem) {
        List<String> pointers = new ArrayList<>();
        problem.get("errors").forEach(error -> pointers.add(error.get("pointer").asString()));
        return pointers;
    }
}

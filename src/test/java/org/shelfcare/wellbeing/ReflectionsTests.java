package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Beginning and ending the day, gratitude notes and affirmations, as staff meet them in pages and the API. */
@IntegrationTest
class ReflectionsTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired Reflections reflections;
    @Autowired MessageSource messages;

    Fixtures.Library library;
    CurrentUser ana;

    @BeforeEach
    void people() {
        library = fixtures.library("Reflections Library");
        ana = library.person("Ana Circulation");
    }

    // ---- API -----------------------------------------------------------------------------------------

    @Test
    void joyLogThroughTheApiNewestFirstThenChangeAndDelete() throws Exception {
        LocalDate today = LocalDate.now(ana.zone());
        String older = create(ana, "joy", """
                {"text":"A child read her first chapter book aloud","date":"%s"}""".formatted(today.minusDays(2)));
        String newer = create(ana, "joy", """
                {"text":"The new shelving is up"}""");

        JsonNode one = read(mvc.perform(get("/api/v1/wellbeing/joy/" + older).with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200);
        assertThat(one.get("text").asString()).isEqualTo("A child read her first chapter book aloud");
        assertThat(one.get("readable").asBoolean()).isTrue();
        assertThat(one.get("date").asString()).isEqualTo(today.minusDays(2).toString());

        JsonNode list = read(mvc.perform(get("/api/v1/wellbeing/joy").with(Fixtures.as(ana))).andReturn().getResponse(),
                200);
        assertThat(ids(list)).containsExactly(newer, older);
        assertThat(list.get("items").get(0).get("date").asString()).as("the date defaults to today")
                .isEqualTo(today.toString());
        assertThat(ids(read(mvc.perform(get("/api/v1/wellbeing/gratitude").with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200))).as("the joy log is not the gratitude notes").isEmpty();

        assertThat(mvc.perform(put("/api/v1/wellbeing/joy/" + older).with(Fixtures.as(ana)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Story time went well\"}")).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        JsonNode after = read(mvc.perform(get("/api/v1/wellbeing/joy/" + older).with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200);
        assertThat(after.get("text").asString()).isEqualTo("Story time went well");
        assertThat(after.get("date").asString()).as("no date keeps it").isEqualTo(today.minusDays(2).toString());

        assertThat(mvc.perform(delete("/api/v1/wellbeing/joy/" + older).with(Fixtures.as(ana)).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(get("/api/v1/wellbeing/joy/" + older).with(Fixtures.as(ana))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void oneIntentionADayChangedOnlyThatDay() throws Exception {
        LocalDate today = LocalDate.now(ana.zone());
        String id = create(ana, "intentions", "{\"text\":\"Take my full lunch break\"}");
        MockHttpServletResponse second = postJson(ana, "intentions", "{\"text\":\"Another one\"}");
        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(mvc.perform(put("/api/v1/wellbeing/intentions/" + id).with(Fixtures.as(ana)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Leave on time\"}")).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(reflections.todaysIntention(ana).orElseThrow().text()).isEqualTo("Leave on time");

        String yesterday = create(ana, "intentions", """
                {"text":"Ask for help with the holds shelf","date":"%s"}""".formatted(today.minusDays(1)));
        MockHttpServletResponse late = mvc.perform(put("/api/v1/wellbeing/intentions/" + yesterday).with(Fixtures.as(ana))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"changed later\"}")).andReturn()
                .getResponse();
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("An intention can be changed only on its own day.");
    }

    @Test
    void badInputIsRefusedWithPointers() throws Exception {
        LocalDate tomorrow = LocalDate.now(ana.zone()).plusDays(1);
        JsonNode empty = read(postJson(ana, "gratitude", "{\"text\":\"   \",\"date\":\"" + tomorrow + "\"}"), 400);
        assertThat(pointers(empty)).containsExactlyInAnyOrder("#/text", "#/date");
        assertThat(read(postJson(ana, "intentions", "{\"text\":\"" + "a".repeat(501) + "\"}"), 400).toString())
                .contains("#/text", "500");
        assertThat(pointers(read(postJson(ana, "joy", "{\"text\":\"" + "a".repeat(2_001) + "\"}"), 400)))
                .containsExactly("#/text");
        assertThat(postJson(ana, "joy", "{\"text\":\"" + "a".repeat(2_000) + "\"}").getStatus()).isEqualTo(201);
        assertThat(pointers(read(postJson(ana, "gratitude", "{\"text\":\"" + "a".repeat(1_001) + "\"}"), 400)))
                .containsExactly("#/text");
        assertThat(pointers(read(postJson(ana, "joy", "{\"text\":\"ok\",\"date\":\"soon\"}"), 400)))
                .containsExactly("#/date");
        assertThat(reflections.reflections(ana, ReflectionKind.GRATITUDE)).isEmpty();
    }

    // ---- pages ---------------------------------------------------------------------------------------

    @Test
    void todayShowsTheAffirmationTheFormsAndWhoCanSeeThem() throws Exception {
        String today = page(ana, get("/wellbeing/today"));
        assertThat(today).contains("Intention and joy", "Affirmation of the day",
                reflections.affirmationOfToday(ana, Locale.ENGLISH),
                "Only you can see this. Nobody at your library can read it, admins included.",
                "What is your intention for today?", "What brought you Library Joy today?",
                "href=\"/wellbeing/joy\"", "href=\"/wellbeing/gratitude\"")
                .doesNotContainIgnoringCase("streak").doesNotContainIgnoringCase("missed")
                .as("the Joy Wall and kudos are one step away").contains("href=\"/wellbeing/wall\"", "href=\"/wellbeing/kudos\"");

        MockHttpServletResponse saved = mvc.perform(post("/wellbeing/intentions").with(Fixtures.as(ana)).with(csrf())
                .param("text", "<b>Breathe</b> before the story time")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/wellbeing/today");
        today = page(ana, get("/wellbeing/today"));
        assertThat(today).contains("&lt;b&gt;Breathe&lt;/b&gt; before the story time", "Change my intention")
                .doesNotContain("<b>Breathe");
    }

    @Test
    void theJoyLogPageKeepsWhatWasTypedOnErrorsAndDeletesAfterConfirmation() throws Exception {
        String tooLong = "x".repeat(2_001);
        MockHttpServletResponse refused = mvc.perform(post("/wellbeing/joy").with(Fixtures.as(ana)).with(csrf())
                .param("text", tooLong).param("date", LocalDate.now(ana.zone()).plusDays(3).toString())).andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains(tooLong, "Please keep this to 2,000 characters or fewer.",
                "That date is in the future.", "href=\"#text\"");

        mvc.perform(post("/wellbeing/joy").with(Fixtures.as(ana)).with(csrf()).param("text", "A quiet, kind afternoon")
                .param("date", LocalDate.now(ana.zone()).toString())).andReturn();
        String log = page(ana, get("/wellbeing/joy"));
        assertThat(log).contains("Your Library Joy log", "A quiet, kind afternoon");
        Reflection entry = reflections.reflections(ana, ReflectionKind.JOY).get(0);

        String confirm = page(ana, get("/wellbeing/joy/" + entry.id() + "/delete"));
        assertThat(confirm).contains("Delete this entry?", "A quiet, kind afternoon");
        MockHttpServletResponse deleted = mvc.perform(post("/wellbeing/joy/" + entry.id() + "/delete")
                .with(Fixtures.as(ana)).with(csrf())).andReturn().getResponse();
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/wellbeing/joy");
        assertThat(reflections.reflections(ana, ReflectionKind.JOY)).isEmpty();
    }

    @Test
    void gratitudeNotesAndTheSpanishPage() throws Exception {
        mvc.perform(post("/wellbeing/gratitude").with(Fixtures.as(ana)).with(csrf()).param("text", "Thanks to Ben for covering")
                .param("date", LocalDate.now(ana.zone()).toString())).andReturn();
        assertThat(page(ana, get("/wellbeing/gratitude"))).contains("Your gratitude notes", "Thanks to Ben for covering");

        String spanish = page(ana, get("/wellbeing/today").header(HttpHeaders.ACCEPT_LANGUAGE, "es"));
        assertThat(spanish).contains("Intención y alegría", "¿Qué le trajo Alegría en la biblioteca hoy?",
                "Solo usted puede ver esto. Nadie de su biblioteca puede leerlo, tampoco los administradores.",
                "Notas de gratitud");
    }

    // ---- affirmations --------------------------------------------------------------------------------

    @Test
    void curatedAffirmationsInBothLanguagesOneADayTheSameForEveryone() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            Set<String> distinct = new HashSet<>();
            for (int i = 1; i <= Reflections.CURATED_AFFIRMATIONS; i++) {
                String text = messages.getMessage("wellbeing.affirmation." + i, null, "", locale);
                assertThat(text).isNotBlank();
                distinct.add(text);
            }
            assertThat(distinct).hasSizeGreaterThanOrEqualTo(20);
        }
        assertThat(messages.getMessage("wellbeing.affirmation.1", null, Locale.forLanguageTag("es")))
                .isNotEqualTo(messages.getMessage("wellbeing.affirmation.1", null, Locale.ENGLISH));
        LocalDate day = LocalDate.of(2026, 3, 14);
        CurrentUser ben = library.person("Ben Shelver");
        assertThat(reflections.affirmationOf(ana, day, Locale.ENGLISH))
                .isEqualTo(reflections.affirmationOf(ben, day, Locale.ENGLISH))
                .isNotEqualTo(reflections.affirmationOf(ana, day.plusDays(1), Locale.ENGLISH));
    }

    @Test
    void aLibrarysOwnAffirmationsJoinTheRotationForThatLibraryOnly() throws Exception {
        CurrentUser lead = library.person("Lena Lead", Role.WELLNESS_LEAD);
        assertThat(mvc.perform(post("/api/v1/wellbeing/affirmations").with(Fixtures.as(ana)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Staff cannot add\"}")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(pointers(read(mvc.perform(post("/api/v1/wellbeing/affirmations").with(Fixtures.as(lead)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\"}")).andReturn().getResponse(), 400)))
                .containsExactly("#/text");

        String own = "Our branch closes at six, and so may you.";
        MockHttpServletResponse added = mvc.perform(post("/wellbeing/affirmations").with(Fixtures.as(lead)).with(csrf())
                .param("text", own)).andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo("/wellbeing/affirmations");
        assertThat(page(lead, get("/wellbeing/affirmations"))).contains(own, "They are not private.");
        JsonNode list = read(mvc.perform(get("/api/v1/wellbeing/affirmations").with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200);
        assertThat(list.get("items").get(0).get("text").asString()).isEqualTo(own);

        LocalDate start = LocalDate.of(2026, 1, 1);
        List<String> cycle = new ArrayList<>();
        for (int i = 0; i <= Reflections.CURATED_AFFIRMATIONS; i++) {
            cycle.add(reflections.affirmationOf(ana, start.plusDays(i), Locale.ENGLISH));
        }
        assertThat(cycle).contains(own);
        CurrentUser elsewhere = fixtures.library("Another Library").person("Otto Other");
        for (int i = 0; i <= Reflections.CURATED_AFFIRMATIONS; i++) {
            assertThat(reflections.affirmationOf(elsewhere, start.plusDays(i), Locale.ENGLISH)).isNotEqualTo(own);
        }

        String id = list.get("items").get(0).get("id").asString();
        assertThat(page(lead, get("/wellbeing/affirmations/" + id + "/delete"))).contains("Delete this affirmation?", own);
        mvc.perform(post("/wellbeing/affirmations/" + id + "/delete").with(Fixtures.as(lead)).with(csrf())).andReturn();
        assertThat(reflections.libraryAffirmations(ana)).isEmpty();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private String create(CurrentUser person, String kind, String body) throws Exception {
        return read(postJson(person, kind, body), 201).get("id").asString();
    }

    private MockHttpServletResponse postJson(CurrentUser person, String kind, String body) throws Exception {
        return mvc.perform(post("/api/v1/wellbeing/" + kind).with(Fixtures.as(person)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private JsonNode read(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }

    private String page(CurrentUser person, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(Fixtures.as(person)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
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

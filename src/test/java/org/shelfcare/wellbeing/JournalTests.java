package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writing, finding, changing, deleting and exporting journal entries, and the library's own prompts. */
@IntegrationTest
class JournalTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired Journal journal;

    Fixtures.Library library;
    CurrentUser ana;

    @BeforeEach
    void people() {
        library = fixtures.library("Journal Library");
        ana = library.person("Ana Reference");
    }

    @Test
    void writeThroughTheApiThenSearchChangeAndDelete() throws Exception {
        String first = create(ana, """
                {"title":"Story time","body":"The toddlers sang along today.","tags":["Joy","desk"]}""");
        String second = create(ana, """
                {"body":"A long shift at the reference desk.","promptId":"hardShift-2","tags":["shift"]}""");

        JsonNode one = read(mvc.perform(get("/api/v1/wellbeing/journal/" + second).with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200);
        assertThat(one.get("body").asString()).isEqualTo("A long shift at the reference desk.");
        assertThat(one.get("prompt").asString()).isEqualTo("What helped, even a little, during a difficult moment today?");
        assertThat(one.get("readable").asBoolean()).isTrue();

        JsonNode all = read(mvc.perform(get("/api/v1/wellbeing/journal").with(Fixtures.as(ana))).andReturn().getResponse(), 200);
        assertThat(ids(all)).as("newest first").containsExactly(second, first);
        assertThat(all.get("nextCursor").isNull()).isTrue();
        assertThat(ids(read(mvc.perform(get("/api/v1/wellbeing/journal").param("q", "TODDLERS").with(Fixtures.as(ana)))
                .andReturn().getResponse(), 200))).as("search ignores case").containsExactly(first);
        assertThat(ids(read(mvc.perform(get("/api/v1/wellbeing/journal").param("q", "joy").with(Fixtures.as(ana)))
                .andReturn().getResponse(), 200))).as("search looks in tags").containsExactly(first);
        assertThat(ids(read(mvc.perform(get("/api/v1/wellbeing/journal").param("tag", "shift").with(Fixtures.as(ana)))
                .andReturn().getResponse(), 200))).containsExactly(second);

        MockHttpServletResponse changed = mvc.perform(put("/api/v1/wellbeing/journal/" + first).with(Fixtures.as(ana))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"Story time, again","body":"They asked for one more song.","tags":[]}""")).andReturn()
                .getResponse();
        assertThat(changed.getStatus()).isEqualTo(204);
        JsonNode after = read(mvc.perform(get("/api/v1/wellbeing/journal/" + first).with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200);
        assertThat(after.get("title").asString()).isEqualTo("Story time, again");
        assertThat(after.get("tags").size()).isZero();

        assertThat(mvc.perform(delete("/api/v1/wellbeing/journal/" + first).with(Fixtures.as(ana)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(get("/api/v1/wellbeing/journal/" + first).with(Fixtures.as(ana))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void badInputAnswersPointersAndTheFormKeepsWhatWasTyped() throws Exception {
        JsonNode empty = read(mvc.perform(post("/api/v1/wellbeing/journal").with(Fixtures.as(ana)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"Only a title","body":"   "}""")).andReturn().getResponse(), 400);
        assertThat(empty.toString()).contains("/body");
        String longBody = "x".repeat(Journal.BODY_MAX + 1);
        JsonNode tooLong = read(mvc.perform(post("/api/v1/wellbeing/journal").with(Fixtures.as(ana)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"" + longBody + "\",\"tags\":"
                        + tags(11) + "}")).andReturn().getResponse(), 400);
        assertThat(tooLong.toString()).contains("/body", "/tags");
        JsonNode badPrompt = read(mvc.perform(post("/api/v1/wellbeing/journal").with(Fixtures.as(ana)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"body":"fine","promptId":"no-such-prompt"}""")).andReturn().getResponse(), 400);
        assertThat(badPrompt.toString()).contains("/promptId");

        MockHttpServletResponse form = mvc.perform(post("/wellbeing/journal/new").with(Fixtures.as(ana)).with(csrf())
                .param("title", "<b>Kept title</b>").param("body", "").param("tags", "one, two")).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("Please fill this in.", "&lt;b>Kept title&lt;/b>", "one, two")
                .doesNotContain("<b>Kept title");
        assertThat(journal.entries(ana, null, null)).isEmpty();
    }

    @Test
    void pagesShowTheJournalWithMarkupAsText() throws Exception {
        String empty = page("/wellbeing/journal");
        assertThat(empty).contains("Nobody at your library can read your journal, admins included.",
                "Write your first entry", "What brought you library joy today?", "/wellbeing/journal/new?prompt=joy-1");

        String writePage = page("/wellbeing/journal/new?prompt=gratitude-2");
        assertThat(writePage).contains("Who made your work a little easier this week?", "value=\"gratitude-2\"");

        MockHttpServletResponse saved = mvc.perform(post("/wellbeing/journal/new").with(Fixtures.as(ana)).with(csrf())
                .param("title", "<script>alert(1)</script>").param("body", "Thank you, <i>Marta</i>, for covering.")
                .param("tags", "thanks, team").param("promptId", "gratitude-2")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        String location = saved.getRedirectedUrl();
        assertThat(location).startsWith("/wellbeing/journal/");

        String view = page(location);
        assertThat(view).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Thank you, &lt;i&gt;Marta&lt;/i&gt;, for covering.",
                "Who made your work a little easier this week?", "thanks", "team")
                .doesNotContain("<script>alert(1)</script>", "<i>Marta</i>");
        String list = page("/wellbeing/journal?q=marta");
        assertThat(list).contains("Thank you, &lt;i&gt;Marta&lt;/i&gt;").doesNotContain("Write your first entry");
        assertThat(page("/wellbeing/journal?q=nothing-like-this")).contains("No entries match your search.");
        assertThat(page("/wellbeing/journal?tag=team")).contains("Marta");

        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(page("/wellbeing/journal/" + id + "/edit")).contains("Thank you, &lt;i&gt;Marta&lt;/i&gt;, for covering.");
        MockHttpServletResponse tooLong = mvc.perform(post("/wellbeing/journal/" + id).with(Fixtures.as(ana)).with(csrf())
                .param("title", "t".repeat(Journal.TITLE_MAX + 1)).param("body", "Changed words")).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(200);
        assertThat(tooLong.getContentAsString()).contains("Please keep this to 200 characters or fewer.", "Changed words");
        assertThat(page("/wellbeing/journal/" + id + "/delete")).contains("Delete this journal entry?");
        assertThat(mvc.perform(post("/wellbeing/journal/" + id + "/delete").with(Fixtures.as(ana)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/wellbeing/journal");
        assertThat(journal.entries(ana, null, null)).isEmpty();
    }

    @Test
    void exportGivesEverythingAsMarkdownInAZipAndAsJson() throws Exception {
        journal.write(ana, new JournalDraft("First day", "I found the <b>stacks</b> calm.", List.of("calm"), null));
        journal.write(ana, new JournalDraft(null, "No title, just words.", List.of(), "walking-1"));

        MockHttpServletResponse zip = mvc.perform(get("/wellbeing/journal/export.zip").with(Fixtures.as(ana))).andReturn()
                .getResponse();
        assertThat(zip.getStatus()).isEqualTo(200);
        assertThat(zip.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains(".zip");
        assertThat(zip.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        Map<String, String> files = unzip(zip.getContentAsByteArray());
        assertThat(files).hasSize(2);
        String first = files.entrySet().stream().filter(e -> e.getKey().endsWith("first-day.md")).findFirst().orElseThrow()
                .getValue();
        assertThat(first).startsWith("# First day\n").contains("Tags: calm", "I found the <b>stacks</b> calm.", "Date: ");
        assertThat(files.values()).anyMatch(md -> md.contains("No title, just words.") && md.contains("Prompt: "));

        for (String path : List.of("/wellbeing/journal/export.json", "/api/v1/wellbeing/journal/export")) {
            MockHttpServletResponse response = mvc.perform(get(path).with(Fixtures.as(ana))).andReturn().getResponse();
            assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains(".json");
            assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
            JsonNode export = read(response, 200);
            assertThat(export.get("entries").size()).isEqualTo(2);
            assertThat(export.toString()).contains("I found the <b>stacks</b> calm.", "No title, just words.");
        }
    }

    @Test
    void wellnessLeadsAddAndDeleteTheLibrarysOwnPrompts() throws Exception {
        CurrentUser lead = library.person("Lena Lead", Role.WELLNESS_LEAD);
        MockHttpServletResponse added = mvc.perform(post("/wellbeing/journal/prompts").with(Fixtures.as(lead)).with(csrf())
                .param("text", "Which <em>regular</em> made you smile this week?")).andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo("/wellbeing/journal/prompts");
        assertThat(mvc.perform(post("/wellbeing/journal/prompts").with(Fixtures.as(lead)).with(csrf()).param("text", " "))
                .andReturn().getResponse().getContentAsString()).contains("Please fill this in.");

        JournalPrompt own = journal.ownPrompts(ana).get(0);
        String list = page("/wellbeing/journal");
        assertThat(list).contains("From your library", "Which &lt;em&gt;regular&lt;/em&gt; made you smile this week?");
        assertThat(journal.ownPrompts(fixtures.library("Elsewhere Library").admin())).isEmpty();

        String entry = create(ana, "{\"body\":\"Mr. Lopez and his crossword.\",\"promptId\":\"" + own.id() + "\"}");
        JsonNode prompts = read(mvc.perform(get("/api/v1/wellbeing/journal/prompts").with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200);
        assertThat(prompts.get("items").size()).isEqualTo(Journal.TOPICS.size() * Journal.PROMPTS_PER_TOPIC + 1);
        assertThat(mvc.perform(delete("/api/v1/wellbeing/journal/prompts/" + own.id()).with(Fixtures.as(ana)).with(csrf()))
                .andReturn().getResponse().getStatus()).as("staff cannot delete prompts").isEqualTo(403);

        assertThat(mvc.perform(get("/wellbeing/journal/prompts/" + own.id() + "/delete").with(Fixtures.as(lead)))
                .andReturn().getResponse().getContentAsString()).contains("Delete this prompt?");
        assertThat(mvc.perform(post("/wellbeing/journal/prompts/" + own.id() + "/delete").with(Fixtures.as(lead)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/wellbeing/journal/prompts");
        assertThat(journal.ownPrompts(ana)).isEmpty();
        assertThat(read(mvc.perform(get("/api/v1/wellbeing/journal/" + entry).with(Fixtures.as(ana))).andReturn()
                .getResponse(), 200).get("prompt").asString()).as("the entry keeps the prompt it answered")
                .isEqualTo("Which <em>regular</em> made you smile this week?");
    }

    @Test
    void theJournalSpeaksSpanish() throws Exception {
        String page = mvc.perform(get("/wellbeing/journal").header(HttpHeaders.ACCEPT_LANGUAGE, "es")
                .with(Fixtures.as(ana))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Diario personal", "alegría en la biblioteca");
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(Fixtures.as(ana))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String create(CurrentUser who, String body) throws Exception {
        return read(mvc.perform(post("/api/v1/wellbeing/journal").with(Fixtures.as(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse(), 201).get("id").asString();
    }

    private JsonNode read(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String tags(int count) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tags.add("\"tag" + i + "\"");
        }
        return "[" + String.join(",", tags) + "]";
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}

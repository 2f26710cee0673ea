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
 * A journal entry is its owner's alone: their colleague, their own supervisor, the library's admin
 * and the instance operator all get 404; title, body and tags are stored sealed, are absent from
 * database dumps, and are gone for good once the person's key is destroyed.
 */
@IntegrationTest
class JournalPrivacyTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired Journal journal;
    @Autowired SealedText sealedText;
    @Autowired org.shelfcare.support.DatabaseDump databaseDump;

    Fixtures.Library library;
    CurrentUser supervisor;
    CurrentUser owner;

    @BeforeEach
    void people() {
        library = fixtures.library("Private Journal Library");
        supervisor = library.person("Sara Supervisor", Role.SUPERVISOR);
        owner = library.reportOf(supervisor, "Oscar Owner");
    }

    @Test
    void nobodyElseReachesAnEntryThroughPagesOrApi() throws Exception {
        UUID id = journal.write(owner, new JournalDraft("Hard week", "I am thinking of leaving", List.of("worries"), null));
        CurrentUser colleague = library.reportOf(supervisor, "Clara Colleague");
        CurrentUser operator = library.operator("Otto Operator");
        assertThat(operator.has(Role.OPERATOR)).isTrue();

        Map<String, CurrentUser> others = Map.of("colleague", colleague, "supervisor", supervisor,
                "admin", library.admin(), "operator", operator);
        String body = "{\"body\":\"overwritten\"}";
        for (Map.Entry<String, CurrentUser> other : others.entrySet()) {
            CurrentUser who = other.getValue();
            List<MockHttpServletRequestBuilder> requests = List.of(
                    get("/api/v1/wellbeing/journal/" + id),
                    put("/api/v1/wellbeing/journal/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body),
                    delete("/api/v1/wellbeing/journal/" + id).with(csrf()),
                    get("/wellbeing/journal/" + id),
                    get("/wellbeing/journal/" + id + "/edit"),
                    post("/wellbeing/journal/" + id).with(csrf()).param("body", "overwritten"),
                    get("/wellbeing/journal/" + id + "/delete"),
                    post("/wellbeing/journal/" + id + "/delete").with(csrf()));
            for (MockHttpServletRequestBuilder request : requests) {
                MockHttpServletResponse response = mvc.perform(request.with(Fixtures.as(who))).andReturn().getResponse();
                assertThat(response.getStatus()).as("%s", other.getKey()).isEqualTo(404);
                assertThat(response.getContentAsString()).doesNotContain("leaving");
            }
            for (String own : List.of("/api/v1/wellbeing/journal", "/api/v1/wellbeing/journal?q=thinking",
                    "/api/v1/wellbeing/journal/export", "/wellbeing/journal", "/wellbeing/journal?q=thinking",
                    "/wellbeing/journal/export.json")) {
                String response = mvc.perform(get(own).with(Fixtures.as(who))).andReturn().getResponse().getContentAsString();
                assertThat(response).as("%s's own %s", other.getKey(), own).doesNotContain(id.toString())
                        .doesNotContain("leaving").doesNotContain("Hard week");
            }
        }

        JournalEntry unchanged = journal.entry(owner, id);
        assertThat(unchanged.body()).isEqualTo("I am thinking of leaving");
        assertThat(unchanged.tags()).containsExactly("worries");
    }

    @Test
    void theTableHoldsNoPlaintext() {
        String marker = "TABLE-MARKER-" + UUID.randomUUID();
        UUID id = journal.write(owner, new JournalDraft("title " + marker, "body " + marker, List.of("tag-" + marker.substring(0, 20)),
                "gratitude-1"));

        Map<String, Object> row = jdbc.sql("SELECT * FROM wellbeing_journal_entry WHERE id = ?").param(id).query().singleRow();
        String everything = row.toString();
        assertThat(everything).doesNotContain(marker).doesNotContain(marker.substring(0, 20))
                .doesNotContain("What is one small thing")
                .doesNotContain(Base64.getEncoder().encodeToString(marker.getBytes(StandardCharsets.UTF_8)));
        for (String column : List.of("title", "body", "tags", "prompt")) {
            assertThat(String.valueOf(row.get(column))).as(column).isNotBlank().isNotEqualTo("null");
        }
        JournalEntry opened = journal.entry(owner, id);
        assertThat(opened.title()).isEqualTo("title " + marker);
        assertThat(opened.body()).isEqualTo("body " + marker);
    }

    @Test
    void aMarkerInAnEntryIsAbsentFromADatabaseDump() throws Exception {
        String marker = "DUMP-MARKER-" + UUID.randomUUID();
        UUID id = journal.write(owner, new JournalDraft(marker, "Today " + marker + " happened", List.of("dump"), null));
        String sealed = jdbc.sql("SELECT body FROM wellbeing_journal_entry WHERE id = ?").param(id).query(String.class).single();

        String dump = databaseDump.dump("wellbeing_journal_entry");

        assertThat(dump).as("the dump holds the entry").contains(id.toString()).contains(sealed);
        assertThat(dump).doesNotContain(marker)
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(Base64.getEncoder().encodeToString(marker.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void afterTheKeyIsDestroyedEntriesCannotBeReadAndThePageSaysSoCalmly() throws Exception {
        UUID id = journal.write(owner, new JournalDraft("Lost title", "words that will be lost", List.of("gone"), null));

        sealedText.destroyKeysOf(library.id(), owner.personId());

        assertThat(journal.entry(owner, id).unreadable()).isTrue();
        assertThat(journal.entry(owner, id).body()).isNull();
        String list = mvc.perform(get("/wellbeing/journal").with(Fixtures.as(owner))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("This entry can no longer be read").doesNotContain("words that will be lost", "Lost title");
        MockHttpServletResponse view = mvc.perform(get("/wellbeing/journal/" + id).with(Fixtures.as(owner))).andReturn()
                .getResponse();
        assertThat(view.getStatus()).isEqualTo(200);
        assertThat(view.getContentAsString()).contains("This entry can no longer be read").doesNotContain("words that will be lost");
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/wellbeing/journal/" + id).with(Fixtures.as(owner)))
                .andReturn().getResponse().getContentAsString());
        assertThat(api.get("readable").asBoolean()).isFalse();
        assertThat(api.get("body").isNull()).isTrue();
        assertThat(mvc.perform(get("/wellbeing/journal/export.zip").with(Fixtures.as(owner))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/wellbeing/journal/" + id + "/edit").with(Fixtures.as(owner))).andReturn().getResponse()
                .getContentAsString()).contains("This entry can no longer be read");
    }

}

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
 * Intentions, joy entries and gratitude notes are their owner's alone: their colleague, their own
 * supervisor, the library's admin and the instance operator all get 404; the text is stored
 * sealed, is absent from database dumps, and is gone for good once the person's key is destroyed.
 */
@IntegrationTest
class ReflectionsPrivacyTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired Reflections reflections;
    @Autowired SealedText sealedText;
    @Autowired org.shelfcare.support.DatabaseDump databaseDump;

    Fixtures.Library library;
    CurrentUser supervisor;
    CurrentUser owner;

    @BeforeEach
    void people() {
        library = fixtures.library("Private Reflections Library");
        supervisor = library.person("Sofia Supervisor", Role.SUPERVISOR);
        owner = library.reportOf(supervisor, "Omar Owner");
    }

    @Test
    void nobodyElseReachesAReflectionThroughPagesOrApi() throws Exception {
        Map<ReflectionKind, UUID> ids = Map.of(
                ReflectionKind.INTENTION, reflections.write(owner, ReflectionKind.INTENTION,
                        new ReflectionDraft("zephyr-private intention to ask for help", null)),
                ReflectionKind.JOY, reflections.write(owner, ReflectionKind.JOY,
                        new ReflectionDraft("zephyr-private joy of a quiet hour", null)),
                ReflectionKind.GRATITUDE, reflections.write(owner, ReflectionKind.GRATITUDE,
                        new ReflectionDraft("zephyr-private thanks to my sister", null)));
        CurrentUser colleague = library.reportOf(supervisor, "Carla Colleague");
        CurrentUser operator = library.operator("Olga Operator");
        assertThat(operator.has(Role.OPERATOR)).isTrue();

        Map<String, CurrentUser> others = Map.of("colleague", colleague, "supervisor", supervisor,
                "admin", library.admin(), "operator", operator);
        String body = "{\"text\":\"overwritten\"}";
        for (Map.Entry<String, CurrentUser> other : others.entrySet()) {
            CurrentUser who = other.getValue();
            for (Map.Entry<ReflectionKind, UUID> entry : ids.entrySet()) {
                String slug = entry.getKey().slug();
                UUID id = entry.getValue();
                List<MockHttpServletRequestBuilder> requests = List.of(
                        get("/api/v1/wellbeing/" + slug + "/" + id),
                        put("/api/v1/wellbeing/" + slug + "/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                                .content(body),
                        delete("/api/v1/wellbeing/" + slug + "/" + id).with(csrf()),
                        get("/wellbeing/" + slug + "/" + id + "/edit"),
                        post("/wellbeing/" + slug + "/" + id).with(csrf()).param("text", "overwritten"),
                        get("/wellbeing/" + slug + "/" + id + "/delete"),
                        post("/wellbeing/" + slug + "/" + id + "/delete").with(csrf()));
                for (MockHttpServletRequestBuilder request : requests) {
                    MockHttpServletResponse response = mvc.perform(request.with(Fixtures.as(who))).andReturn().getResponse();
                    assertThat(response.getStatus()).as("%s on %s", other.getKey(), slug).isEqualTo(404);
                    assertThat(response.getContentAsString()).doesNotContain("zephyr-private");
                }
                String list = mvc.perform(get("/api/v1/wellbeing/" + slug).with(Fixtures.as(who))).andReturn()
                        .getResponse().getContentAsString();
                assertThat(list).as("%s's own %s", other.getKey(), slug).doesNotContain(id.toString())
                        .doesNotContain("zephyr-private");
                String page = mvc.perform(get("/wellbeing/" + slug).with(Fixtures.as(who))).andReturn().getResponse()
                        .getContentAsString();
                assertThat(page).as("%s's own %s page", other.getKey(), slug).doesNotContain(id.toString())
                        .doesNotContain("zephyr-private");
            }
            String today = mvc.perform(get("/wellbeing/today").with(Fixtures.as(who))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(today).doesNotContain("zephyr-private");
        }

        assertThat(reflections.reflection(owner, ReflectionKind.JOY, ids.get(ReflectionKind.JOY)).text())
                .isEqualTo("zephyr-private joy of a quiet hour");
        assertThat(reflections.reflections(owner, ReflectionKind.GRATITUDE)).hasSize(1);
        assertThat(reflections.todaysIntention(owner).orElseThrow().text()).isEqualTo("zephyr-private intention to ask for help");
    }

    @Test
    void anIdOfOneKindIsNotReachableAsAnother() throws Exception {
        UUID joy = reflections.write(owner, ReflectionKind.JOY, new ReflectionDraft("a kind word", null));
        assertThat(mvc.perform(get("/api/v1/wellbeing/gratitude/" + joy).with(Fixtures.as(owner))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theTableHoldsNoPlaintext() {
        String marker = "TABLE-MARKER-" + UUID.randomUUID();
        for (ReflectionKind kind : ReflectionKind.values()) {
            UUID id = reflections.write(owner, kind, new ReflectionDraft(marker + " " + kind, null));
            Map<String, Object> row = jdbc.sql("SELECT * FROM wellbeing_reflection WHERE id = ?").param(id).query()
                    .singleRow();
            assertThat(row.toString()).doesNotContain(marker);
            assertThat(String.valueOf(row.get("body"))).isNotBlank().doesNotContain(marker)
                    .doesNotContain(Base64.getEncoder().encodeToString(marker.getBytes(StandardCharsets.UTF_8)));
            assertThat(reflections.reflection(owner, kind, id).text()).isEqualTo(marker + " " + kind);
        }
    }

    @Test
    void aMarkerIsAbsentFromADatabaseDump() throws Exception {
        String marker = "DUMP-MARKER-" + UUID.randomUUID();
        UUID id = reflections.write(owner, ReflectionKind.JOY, new ReflectionDraft(marker, null));
        UUID note = reflections.write(owner, ReflectionKind.GRATITUDE, new ReflectionDraft(marker, null));
        String sealed = jdbc.sql("SELECT body FROM wellbeing_reflection WHERE id = ?").param(id).query(String.class)
                .single();

        String dump = databaseDump.dump("wellbeing_reflection");

        assertThat(dump).as("the dump holds the entries").contains(id.toString()).contains(note.toString())
                .contains(sealed);
        assertThat(dump).doesNotContain(marker)
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(Base64.getEncoder().encodeToString(marker.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void afterTheKeyIsDestroyedEntriesStayButCannotBeRead() throws Exception {
        UUID joy = reflections.write(owner, ReflectionKind.JOY, new ReflectionDraft("words that will be lost", null));
        reflections.write(owner, ReflectionKind.INTENTION, new ReflectionDraft("an intention that will be lost", null));

        sealedText.destroyKeysOf(library.id(), owner.personId());

        MockHttpServletResponse log = mvc.perform(get("/wellbeing/joy").with(Fixtures.as(owner))).andReturn().getResponse();
        assertThat(log.getStatus()).isEqualTo(200);
        assertThat(log.getContentAsString()).contains("This entry can no longer be read.")
                .doesNotContain("words that will be lost");
        String today = mvc.perform(get("/wellbeing/today").with(Fixtures.as(owner))).andReturn().getResponse()
                .getContentAsString();
        assertThat(today).contains("This entry can no longer be read.").doesNotContain("an intention that will be lost");
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/wellbeing/joy/" + joy).with(Fixtures.as(owner)))
                .andReturn().getResponse().getContentAsString());
        assertThat(api.get("readable").asBoolean()).isFalse();
        assertThat(api.get("text").isNull()).isTrue();
        MockHttpServletResponse edit = mvc.perform(get("/wellbeing/joy/" + joy + "/edit").with(Fixtures.as(owner)))
                .andReturn().getResponse();
        assertThat(edit.getStatus()).isEqualTo(200);
        assertThat(edit.getContentAsString()).contains("This entry can no longer be read.");
    }

}

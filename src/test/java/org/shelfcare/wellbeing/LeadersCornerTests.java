package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaders' corner as a library meets it: a director, a branch manager who reports to her, a
 * library assistant on the branch manager's team, a colleague on another team, and another library.
 */
@IntegrationTest
class LeadersCornerTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired LeadersCorner corner;

    Fixtures.Library library;
    CurrentUser director;
    CurrentUser manager;
    CurrentUser assistant;
    CurrentUser otherTeam;
    CurrentUser wellnessLead;
    CurrentUser stranger;

    @BeforeEach
    void library() {
        library = fixtures.library("Leaders Library");
        director = library.person("Dana Director", Role.SUPERVISOR);
        manager = library.reportOf(director, "Mo Manager", Role.SUPERVISOR);
        assistant = library.reportOf(manager, "Ari Assistant");
        CurrentUser otherManager = library.person("Oli Othermanager", Role.SUPERVISOR);
        otherTeam = library.reportOf(otherManager, "Tess Otherteam");
        wellnessLead = library.person("Wren Wellness", Role.WELLNESS_LEAD);
        stranger = fixtures.library("Leaders Elsewhere").admin();
    }

    private UUID share(CurrentUser author, String body, String audience) {
        return corner.write(author, new LeaderPostDraft(null, body, audience));
    }

    private static List<String> bodies(List<LeaderPost> posts) {
        return posts.stream().map(LeaderPost::body).toList();
    }

    @Test
    void aTeamPostReachesDirectAndIndirectReportsAndNobodyElse() {
        UUID fromDirector = share(director, "I am taking all my vacation this year.", "TEAM");
        UUID fromManager = share(manager, "A hard week; the river walk helped.", "TEAM");

        assertThat(bodies(corner.visible(assistant))).as("the assistant's supervisor and her supervisor")
                .containsExactly("A hard week; the river walk helped.", "I am taking all my vacation this year.");
        assertThat(bodies(corner.visible(manager))).as("the manager sees the director's and her own")
                .containsExactly("A hard week; the river walk helped.", "I am taking all my vacation this year.");
        assertThat(corner.visible(otherTeam)).as("a colleague outside the team").isEmpty();
        assertThat(corner.visible(wellnessLead)).isEmpty();
        assertThat(corner.visible(library.admin())).as("the admin is not on the team either").isEmpty();

        assertThat(corner.post(assistant, fromDirector).authorName()).startsWith("Dana Director");
        for (CurrentUser outsider : List.of(otherTeam, library.admin(), stranger)) {
            assertThatThrownBy(() -> corner.post(outsider, fromManager)).isInstanceOf(ErrorResponseException.class)
                    .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(404));
        }
    }

    @Test
    void aLibraryWidePostReachesEveryoneInTheLibraryButNotAnotherLibrary() {
        UUID id = share(wellnessLead, "I ate lunch away from the desk three times this week.", "LIBRARY");

        for (CurrentUser reader : List.of(director, manager, assistant, otherTeam, library.admin())) {
            assertThat(bodies(corner.visible(reader))).contains("I ate lunch away from the desk three times this week.");
        }
        assertThat(corner.visible(stranger)).isEmpty();
        assertThatThrownBy(() -> corner.post(stranger, id)).isInstanceOf(ErrorResponseException.class)
                .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(404));
    }

    @Test
    void theHomeShowsTheNewestFewFromTheReadersLeadersButNotTheirOwn() {
        for (int i = 1; i <= 4; i++) {
            share(director, "Director note " + i, "TEAM");
        }
        share(manager, "Manager note", "TEAM");

        assertThat(bodies(corner.fromMyLeaders(assistant))).hasSize(LeadersCorner.ON_HOME)
                .containsExactly("Manager note", "Director note 4", "Director note 3");
        assertThat(bodies(corner.fromMyLeaders(manager))).as("not her own post")
                .containsExactly("Director note 4", "Director note 3", "Director note 2");
    }

    @Test
    void onlyTheAuthorChangesOrDeletesAndOnlyLeadersPost() {
        UUID id = share(manager, "First draft", "TEAM");

        assertThatThrownBy(() -> corner.change(assistant, id, new LeaderPostDraft(null, "Hijacked", "LIBRARY")))
                .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(403));
        assertThatThrownBy(() -> corner.delete(director, id))
                .as("the director cannot see a team post of her report's team").isInstanceOf(ErrorResponseException.class)
                .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(404));
        assertThatThrownBy(() -> corner.write(assistant, new LeaderPostDraft(null, "Me too", "TEAM")))
                .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(403));

        LeaderPost changed = corner.change(manager, id, new LeaderPostDraft("Second thoughts", "Better now", "LIBRARY"));
        assertThat(changed.title()).isEqualTo("Second thoughts");
        assertThat(bodies(corner.visible(otherTeam))).as("now library-wide").containsExactly("Better now");

        corner.delete(manager, id);
        assertThat(corner.visible(assistant)).isEmpty();
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndNothingStored() {
        assertThatThrownBy(() -> corner.write(manager, new LeaderPostDraft(null, "   ", "TEAM")))
                .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).errors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("body"));
        assertThatThrownBy(() -> corner.write(manager,
                new LeaderPostDraft("t".repeat(121), "b".repeat(1_001), "EVERYONE")))
                .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).errors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("title", "body", "audience"));
        assertThat(corner.visible(manager)).isEmpty();

        assertThat(corner.post(manager, corner.write(manager, new LeaderPostDraft(null, "b".repeat(1_000), null)))
                .audience()).as("a supervisor's post is for the team unless they choose").isEqualTo(LeaderAudience.TEAM);
        assertThat(corner.post(wellnessLead, corner.write(wellnessLead, new LeaderPostDraft(null, "hello", null)))
                .audience()).isEqualTo(LeaderAudience.LIBRARY);
    }

    @Test
    void pagesShowThePostOnTheReportsHomeAsTextAndKeepWhatWasTyped() throws Exception {
        String listed = mvc.perform(get("/wellbeing/leaders").with(Fixtures.as(assistant)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("No reflections here yet.").doesNotContain("Share a reflection");

        MockHttpServletResponse refused = mvc.perform(post("/wellbeing/leaders").with(Fixtures.as(manager)).with(csrf())
                .param("title", "Kept title").param("body", "").param("audience", "TEAM")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Please write your reflection first.").contains("Kept title");

        MockHttpServletResponse posted = mvc.perform(post("/wellbeing/leaders").with(Fixtures.as(manager)).with(csrf())
                .param("title", "").param("body", "Closing shifts <b>are</b> long").param("audience", "TEAM"))
                .andReturn().getResponse();
        assertThat(posted.getStatus()).isEqualTo(302);

        String home = mvc.perform(get("/wellbeing").with(Fixtures.as(assistant)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("From your leaders").contains("Closing shifts &lt;b&gt;are&lt;/b&gt; long")
                .doesNotContain("<b>are</b>");
        String otherHome = mvc.perform(get("/wellbeing").with(Fixtures.as(otherTeam)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(otherHome).contains("Nothing from your leaders yet.").doesNotContain("Closing shifts");
    }

    @Test
    void theApiWritesListsChangesAndDeletes() throws Exception {
        String id = read(mvc.perform(post("/api/v1/wellbeing/leaders").with(Fixtures.as(manager)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Phones off after six\",\"body\":\"I stopped answering email at night.\"}"))
                .andReturn().getResponse(), 201).get("id").asString();

        JsonNode list = read(mvc.perform(get("/api/v1/wellbeing/leaders").with(Fixtures.as(assistant))).andReturn()
                .getResponse(), 200);
        assertThat(list.get("items")).hasSize(1);
        JsonNode item = list.get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(id);
        assertThat(item.get("audience").asString()).isEqualTo("TEAM");
        assertThat(item.get("mine").asBoolean()).isFalse();
        assertThat(item.get("authorId").asString()).isEqualTo(manager.personId().toString());

        JsonNode bad = read(mvc.perform(put("/api/v1/wellbeing/leaders/" + id).with(Fixtures.as(manager)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"\",\"audience\":\"WORLD\"}")).andReturn()
                .getResponse(), 400);
        List<String> pointers = new ArrayList<>();
        bad.get("errors").forEach(e -> pointers.add(e.get("pointer").asString()));
        assertThat(pointers).containsExactly("#/body", "#/audience");

        assertThat(mvc.perform(put("/api/v1/wellbeing/leaders/" + id).with(Fixtures.as(manager)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Still true.\",\"audience\":\"LIBRARY\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(read(mvc.perform(get("/api/v1/wellbeing/leaders/" + id).with(Fixtures.as(otherTeam))).andReturn()
                .getResponse(), 200).get("body").asString()).isEqualTo("Still true.");
        assertThat(mvc.perform(get("/api/v1/wellbeing/leaders/" + id).with(Fixtures.as(stranger))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        assertThat(mvc.perform(delete("/api/v1/wellbeing/leaders/" + id).with(Fixtures.as(manager)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(get("/api/v1/wellbeing/leaders/" + id).with(Fixtures.as(manager))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    private JsonNode read(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }
}

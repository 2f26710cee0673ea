package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Joy Wall as staff meet it: sharing a joy entry with a branch, a department or the library,
 * named or anonymous (refused under k), withdrawing it, reacting, and hiding by wellness leads
 * with a reason the author sees.
 */
@IntegrationTest
class JoyWallTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired LibrarySettings settings;
    @Autowired JdbcClient jdbc;

    JoyWallSupport joy;
    Fixtures.Library library;
    UUID eastside;
    UUID riverside;
    UUID youth;
    CurrentUser ana;
    CurrentUser ben;
    CurrentUser river;
    CurrentUser lead;

    @BeforeEach
    void library() {
        joy = new JoyWallSupport(mvc, json, directory, settings);
        library = fixtures.library("Joy Wall Library");
        eastside = joy.unit(library, LibrarySettings.UnitKind.BRANCH, "Eastside");
        riverside = joy.unit(library, LibrarySettings.UnitKind.BRANCH, "Riverside");
        youth = joy.unit(library, LibrarySettings.UnitKind.DEPARTMENT, "Youth Services");
        ana = joy.person(library, "Ana Eastside", eastside, youth);
        ben = joy.person(library, "Ben Eastside", eastside, youth);
        joy.person(library, "Cai Eastside", eastside, null);
        joy.person(library, "Dee Eastside", eastside, null);
        joy.person(library, "Eli Eastside", eastside, null);
        river = joy.person(library, "Rosa Riverside", riverside, null);
        lead = joy.person(library, "Lee Lead", riverside, null, Role.WELLNESS_LEAD);
    }

    @Test
    void aNamedBranchPostIsSeenByThatBranchAndTheLeadOnly() throws Exception {
        String entry = joy.joy(ana, "The teen gaming club cleaned up without being asked");
        String post = joy.share(ana, entry, "BRANCH", false);

        JsonNode benSees = joy.wall(ben, "BRANCH").get("items");
        assertThat(benSees).hasSize(1);
        assertThat(benSees.get(0).get("id").asString()).isEqualTo(post);
        assertThat(benSees.get(0).get("author").get("name").asString()).isEqualTo(ana.name());
        assertThat(benSees.get(0).get("unitName").asString()).startsWith("Eastside");
        assertThat(benSees.get(0).get("text").asString()).isEqualTo("The teen gaming club cleaned up without being asked");
        assertThat(JoyWallSupport.ids(joy.wall(lead, "BRANCH"))).as("leads look after every branch").containsExactly(post);
        assertThat(JoyWallSupport.ids(joy.wall(river, "BRANCH"))).as("another branch").isEmpty();
        assertThat(JoyWallSupport.ids(joy.wall(ben, "LIBRARY"))).as("not the library wall").isEmpty();
        assertThat(joy.status(river, PUT, "/api/v1/wellbeing/joy/wall/" + post + "/reactions/HEART", null)).isEqualTo(404);
        assertThat(joy.status(river, GET, "/api/v1/wellbeing/joy/wall?scope=BRANCH&unitId=" + eastside, null))
                .isEqualTo(404);

        JsonNode share = joy.call(ana, GET, "/api/v1/wellbeing/joy/" + entry + "/share", null, 200);
        assertThat(share.get("audience").asString()).isEqualTo("BRANCH");
        assertThat(share.get("anonymous").asBoolean()).isFalse();
        assertThat(joy.page(ben, "/wellbeing/wall?scope=BRANCH")).contains("The teen gaming club cleaned up", ana.name());
        assertThat(joy.page(ana, "/wellbeing/joy")).contains("Shared with Eastside", "Everyone at Eastside",
                "Withdraw from the Joy Wall");
        assertThat(joy.status(ana, POST, "/api/v1/wellbeing/joy/" + entry + "/share",
                "{\"audience\":\"LIBRARY\",\"anonymous\":false}")).as("one post an entry").isEqualTo(409);
    }

    @Test
    void anonymousPostsNeedAnAudienceOfAtLeastK() throws Exception {
        String entry = joy.joy(ana, "Story time had twenty toddlers");
        MockHttpServletResponse refused = joy.api(ana, POST, "/api/v1/wellbeing/joy/" + entry + "/share",
                "{\"audience\":\"DEPARTMENT\",\"anonymous\":true}");
        JsonNode problem = joy.read(refused, 400);
        assertThat(problem.toString()).contains("Only 2 people can see this wall", "at least 5", "#/anonymous");
        assertThat(postsOf(library.id())).as("nothing stored").isZero();

        MockHttpServletResponse page = joy.form(ana, "/wellbeing/joy/" + entry + "/share", "where",
                "DEPARTMENT:" + youth, "anonymous", "true");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Only 2 people can see this wall")
                .as("the choice is kept").contains("value=\"DEPARTMENT:" + youth + "\" checked");

        joy.share(ana, entry, "BRANCH", true);
        assertThat(postsOf(library.id())).as("Eastside has 5 people").isEqualTo(1);
        JsonNode seen = joy.wall(ben, "BRANCH").get("items").get(0);
        assertThat(seen.get("anonymous").asBoolean()).isTrue();
        assertThat(seen.get("author").isNull()).isTrue();
        assertThat(seen.get("yours").asBoolean()).isFalse();
        assertThat(joy.wall(ana, "BRANCH").get("items").get(0).get("yours").asBoolean()).as("the author knows").isTrue();
        assertThat(joy.page(ana, "/wellbeing/joy")).contains("Shared anonymously with Eastside");
    }

    @Test
    void sharingPicksOnlyTheirOwnEntriesAndUnits() throws Exception {
        String entry = joy.joy(ana, "A quiet, kind afternoon");
        assertThat(joy.status(ben, POST, "/api/v1/wellbeing/joy/" + entry + "/share",
                "{\"audience\":\"LIBRARY\",\"anonymous\":false}")).as("someone else's entry").isEqualTo(404);
        assertThat(joy.status(ana, POST, "/api/v1/wellbeing/joy/" + entry + "/share",
                "{\"audience\":\"BRANCH\",\"unitId\":\"" + riverside + "\",\"anonymous\":false}"))
                .as("a branch she does not work at").isEqualTo(403);
        UUID otherBranch = joy.unit(fixtures.library("Other Joy Library"), LibrarySettings.UnitKind.BRANCH, "Far");
        assertThat(joy.status(ana, POST, "/api/v1/wellbeing/joy/" + entry + "/share",
                "{\"audience\":\"BRANCH\",\"unitId\":\"" + otherBranch + "\",\"anonymous\":false}"))
                .as("another library's branch").isEqualTo(404);
        assertThat(joy.read(joy.api(ana, POST, "/api/v1/wellbeing/joy/" + entry + "/share",
                "{\"audience\":\"GALAXY\",\"anonymous\":false}"), 400).toString()).contains("#/audience");
        assertThat(joy.read(joy.api(river, POST, "/api/v1/wellbeing/joy/" + joy.joy(river, "x") + "/share",
                "{\"audience\":\"DEPARTMENT\",\"anonymous\":false}"), 400).toString())
                .contains("You are not in a department yet");
        assertThat(postsOf(library.id())).isZero();
    }

    @Test
    void withdrawingOrDeletingTheEntryRemovesThePost() throws Exception {
        String entry = joy.joy(ana, "The book sale raised enough for new picture books");
        String post = joy.share(ana, entry, "LIBRARY", true);
        joy.call(ben, PUT, "/api/v1/wellbeing/joy/wall/" + post + "/reactions/CELEBRATE", null, 200);
        assertThat(joy.status(ben, DELETE, "/api/v1/wellbeing/joy/" + entry + "/share", null)).isEqualTo(404);

        assertThat(joy.pageStatus(ana, "/wellbeing/joy/" + entry + "/share/withdraw")).isEqualTo(200);
        assertThat(joy.status(ana, DELETE, "/api/v1/wellbeing/joy/" + entry + "/share", null)).isEqualTo(204);
        assertThat(JoyWallSupport.ids(joy.wall(ben, "LIBRARY"))).isEmpty();
        assertThat(joy.status(ana, GET, "/api/v1/wellbeing/joy/" + entry + "/share", null)).isEqualTo(404);
        assertThat(joy.status(ana, DELETE, "/api/v1/wellbeing/joy/" + entry + "/share", null)).isEqualTo(404);
        assertThat(joy.call(ana, GET, "/api/v1/wellbeing/joy/" + entry, null, 200).get("text").asString())
                .as("the private entry stays").isEqualTo("The book sale raised enough for new picture books");

        joy.share(ana, entry, "LIBRARY", false);
        MockHttpServletResponse deleted = joy.form(ana, "/wellbeing/joy/" + entry + "/delete");
        assertThat(deleted.getStatus()).isEqualTo(302);
        assertThat(JoyWallSupport.ids(joy.wall(ben, "LIBRARY"))).as("deleting the entry withdraws it").isEmpty();
        assertThat(postsOf(library.id())).isZero();
    }

    @Test
    void reactionsToggleOnePerPersonAndKind() throws Exception {
        String post = joy.share(ana, joy.joy(ana, "A patron brought us cookies"), "LIBRARY", false);
        String path = "/api/v1/wellbeing/joy/wall/" + post + "/reactions/";
        joy.call(ben, PUT, path + "HEART", null, 200);
        JsonNode twice = joy.call(ben, PUT, path + "HEART", null, 200);
        assertThat(twice.get("reactions").get("HEART").asInt()).isEqualTo(1);
        assertThat(twice.get("mine").toString()).contains("HEART");
        JsonNode two = joy.call(river, PUT, path + "HEART", null, 200);
        assertThat(two.get("reactions").get("HEART").asInt()).isEqualTo(2);
        assertThat(joy.call(ben, DELETE, path + "HEART", null, 200).get("reactions").get("HEART").asInt()).isEqualTo(1);
        assertThat(joy.status(ben, PUT, path + "SHRUG", null)).isEqualTo(404);

        MockHttpServletResponse form = joy.form(ben, "/wellbeing/wall/" + post + "/reactions/ME_TOO");
        assertThat(form.getStatus()).isEqualTo(302);
        assertThat(JoyWallSupport.location(form)).endsWith("/wellbeing/wall?scope=LIBRARY#post-" + post);
        MockHttpServletResponse htmx = joy.htmx(ben, "/wellbeing/wall/" + post + "/reactions/ME_TOO");
        assertThat(htmx.getStatus()).isEqualTo(200);
        assertThat(htmx.getContentAsString()).as("only the reactions, toggled off again").contains("id=\"reactions-" + post)
                .doesNotContain("<html").contains("Me too <span>0</span>");
        assertThat(joy.page(ben, "/wellbeing/wall")).contains("Love it <span>1</span>");
    }

    @Test
    void leadsHideWithAReasonTheAuthorSeesAndUnhide() throws Exception {
        String entry = joy.joy(ana, "Someone <b>finally</b> fixed the copier");
        String post = joy.share(ana, entry, "LIBRARY", true);
        String hide = "/api/v1/wellbeing/joy/wall/" + post + "/hide";
        assertThat(joy.status(ben, POST, hide, "{\"reason\":\"no\"}")).isEqualTo(403);
        assertThat(joy.read(joy.api(lead, POST, hide, "{\"reason\":\"  \"}"), 400).toString()).contains("#/reason");
        assertThat(joy.status(lead, POST, hide, "{\"reason\":\"" + "x".repeat(501) + "\"}")).isEqualTo(400);
        assertThat(joy.pageStatus(ben, "/wellbeing/wall/" + post + "/hide")).isEqualTo(403);
        MockHttpServletResponse empty = joy.form(lead, "/wellbeing/wall/" + post + "/hide", "reason", "");
        assertThat(empty.getContentAsString()).contains("Please give a reason");
        assertThat(joy.form(lead, "/wellbeing/wall/" + post + "/hide", "reason",
                "Names a colleague who did not agree to it").getStatus()).isEqualTo(302);

        assertThat(JoyWallSupport.ids(joy.wall(ben, "LIBRARY"))).isEmpty();
        assertThat(joy.status(ben, PUT, "/api/v1/wellbeing/joy/wall/" + post + "/reactions/HEART", null)).isEqualTo(404);
        JsonNode leadSees = joy.wall(lead, "LIBRARY").get("items").get(0);
        assertThat(leadSees.get("hidden").asBoolean()).isTrue();
        assertThat(joy.call(ana, GET, "/api/v1/wellbeing/joy/" + entry + "/share", null, 200).get("hiddenReason")
                .asString()).isEqualTo("Names a colleague who did not agree to it");
        assertThat(joy.page(ana, "/wellbeing/joy")).contains("hid this post from the wall",
                "Names a colleague who did not agree to it");

        assertThat(joy.status(ben, POST, "/api/v1/wellbeing/joy/wall/" + post + "/unhide", null)).isEqualTo(404);
        assertThat(joy.status(lead, POST, "/api/v1/wellbeing/joy/wall/" + post + "/unhide", null)).isEqualTo(204);
        assertThat(JoyWallSupport.ids(joy.wall(ben, "LIBRARY"))).containsExactly(post);
        assertThat(joy.page(ben, "/wellbeing/wall")).as("markup is shown as text")
                .contains("Someone &lt;b&gt;finally&lt;/b&gt; fixed the copier").doesNotContain("<b>finally</b>");
    }

    @Test
    void anotherLibrarySeesNothing() throws Exception {
        String post = joy.share(ana, joy.joy(ana, "Our own news"), "LIBRARY", false);
        CurrentUser stranger = fixtures.library("Stranger Joy Library").admin();
        assertThat(JoyWallSupport.ids(joy.wall(stranger, "LIBRARY"))).isEmpty();
        assertThat(joy.status(stranger, PUT, "/api/v1/wellbeing/joy/wall/" + post + "/reactions/HEART", null))
                .isEqualTo(404);
        assertThat(joy.status(stranger, POST, "/api/v1/wellbeing/joy/wall/" + post + "/hide", "{\"reason\":\"x\"}"))
                .isEqualTo(404);
        assertThat(joy.pageStatus(stranger, "/wellbeing/wall/" + post + "/hide")).isEqualTo(404);
        assertThat(joy.page(stranger, "/wellbeing/wall")).doesNotContain("Our own news");
    }

    private int postsOf(UUID orgId) {
        return jdbc.sql("SELECT count(*) FROM wellbeing_wall_post WHERE org_id = ?").param(orgId).query(Integer.class)
                .single();
    }
}

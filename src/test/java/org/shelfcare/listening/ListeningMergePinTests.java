package org.shelfcare.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Moderators merge duplicate questions (and undo it) and pin the question discussed now; held
 * questions reach moderators live and nobody else; the export checks who asks before what they ask.
 */
@IntegrationTest
class ListeningMergePinTests extends ListeningApiTest {

    UUID eastside;
    CurrentUser lead;
    CurrentUser ana;
    CurrentUser ben;
    CurrentUser cai;
    CurrentUser dee;
    CurrentUser stranger;

    @BeforeEach
    void library() {
        library = fixtures.library("Merge Library");
        eastside = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "Eastside " + SEQUENCE.incrementAndGet()).id();
        lead = person("Lee Lead", eastside, null, Role.WELLNESS_LEAD);
        ana = person("Ana Asker", eastside, null);
        ben = person("Ben Duplicate", eastside, null);
        cai = person("Cai Named", eastside, null);
        dee = person("Dee Voter", eastside, null);
        stranger = fixtures.library("Merge Stranger Library").admin();
    }

    private record Asked(String id, String editToken) {}

    private Asked anonymously(CurrentUser person, String session, String text) throws Exception {
        JsonNode asked = call(person, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions",
                json.writeValueAsString(Map.of("text", text, "anonymous", true)), 201);
        return new Asked(asked.get("id").asString(), asked.get("editToken").asString());
    }

    private String named(CurrentUser person, String session, String text) throws Exception {
        return call(person, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions",
                json.writeValueAsString(Map.of("text", text, "anonymous", false)), 201).get("id").asString();
    }

    private JsonNode item(CurrentUser viewer, String session, String id) throws Exception {
        for (JsonNode item : call(viewer, HttpMethod.GET, "/api/v1/listening/sessions/" + session + "/questions", null, 200)
                .get("items")) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("not listed: " + id);
    }

    private MvcResult stream(CurrentUser person, String topics) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/stream").param("topics", topics)
                .with(Fixtures.as(person)).accept(MediaType.TEXT_EVENT_STREAM)).andReturn();
    }

    private static String topic(String session) {
        return "listening.session." + session;
    }

    @Test
    void aModeratorMergesADuplicateItsVotesCountOnceAndTheMergeCanBeUndone() throws Exception {
        String session = session(lead, "Breaks town hall");
        String original = ask(ana, session, "Can we have longer breaks?");
        Asked duplicate = anonymously(ben, session, "Longer breaks please");
        String other = named(cai, session, "Can the staff room get a kettle?");
        call(dee, HttpMethod.POST, "/api/v1/listening/questions/" + original + "/votes", null, 201);
        call(ana, HttpMethod.POST, "/api/v1/listening/questions/" + duplicate.id() + "/votes", null, 201);
        call(cai, HttpMethod.POST, "/api/v1/listening/questions/" + duplicate.id() + "/votes", null, 201);
        MvcResult live = stream(dee, topic(session));
        assertThat(live.getRequest().isAsyncStarted()).isTrue();
        String merge = "/api/v1/listening/questions/" + duplicate.id() + "/merge";
        String into = json.writeValueAsString(Map.of("into", original));

        // who may merge
        assertThat(status(dee, HttpMethod.POST, merge, into)).as("staff").isEqualTo(403);
        assertThat(status(stranger, HttpMethod.POST, merge, into)).as("another library").isEqualTo(404);
        assertThat(api(lead, HttpMethod.POST, merge, "{\"into\":\"" + duplicate.id() + "\"}").getContentAsString())
                .contains("cannot be merged into itself");
        assertThat(status(lead, HttpMethod.POST, merge, "{}")).isEqualTo(400);
        String elsewhere = ask(ana, session(lead, "Another session"), "Elsewhere");
        assertThat(status(lead, HttpMethod.POST, merge, "{\"into\":\"" + elsewhere + "\"}")).isEqualTo(400);

        assertThat(call(lead, HttpMethod.POST, merge, into, 200).get("votes").asInt()).isEqualTo(3);

        // gone from everyone's list; its votes count on the original, which says how many came from the merge
        assertThat(ids(call(dee, HttpMethod.GET, "/api/v1/listening/sessions/" + session + "/questions", null, 200)))
                .containsExactly(original, other);
        assertThat(ids(call(lead, HttpMethod.GET, "/api/v1/listening/sessions/" + session + "/questions", null, 200)))
                .doesNotContain(duplicate.id());
        JsonNode seen = item(dee, session, original);
        assertThat(seen.get("votes").asInt()).isEqualTo(3);
        assertThat(seen.get("mergedVotes").asInt()).isEqualTo(2);
        assertThat(seen.get("merged")).as("only moderators see what was merged").isEmpty();
        assertThat(item(lead, session, original).get("merged").get(0).get("text").asString())
                .isEqualTo("Longer breaks please");
        assertThat(page(dee, "/listening/sessions/" + session)).contains("2 of them from merged questions")
                .doesNotContain("Longer breaks please");
        assertThat(page(lead, "/listening/sessions/" + session)).contains("Merged into this question:",
                "Longer breaks please", "Undo the merge");

        // one vote per person over the original and what was merged into it
        assertThat(item(ana, session, original).get("voted").asBoolean()).as("voted for the duplicate").isTrue();
        assertThat(status(ana, HttpMethod.POST, "/api/v1/listening/questions/" + original + "/votes", null)).isEqualTo(409);
        assertThat(status(ben, HttpMethod.POST, "/api/v1/listening/questions/" + duplicate.id() + "/votes", null))
                .as("the merged question takes no votes").isEqualTo(409);
        assertThat(status(cai, HttpMethod.DELETE, "/api/v1/listening/questions/" + original + "/votes", null))
                .as("withdrawing on the original withdraws the vote on the duplicate").isEqualTo(204);
        assertThat(item(dee, session, original).get("votes").asInt()).isEqualTo(2);
        assertThat(call(ben, HttpMethod.POST, "/api/v1/listening/questions/" + original + "/votes", null, 201)
                .get("votes").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM listening_vote WHERE voter_hash LIKE ?").param("%" + ana.personId() + "%")
                .query(Integer.class).single()).as("votes stay hashes").isZero();

        // the anonymous asker sees where it went with their secret, and can no longer change it
        String own = "/api/v1/listening/questions/" + duplicate.id() + "/own";
        MockHttpServletResponse mine = mvc.perform(MockMvcRequestBuilders.get(own).with(Fixtures.as(ben))
                .header("X-Edit-Token", duplicate.editToken()).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        JsonNode ownJson = json.readTree(mine.getContentAsString());
        assertThat(ownJson.get("status").asString()).isEqualTo("MERGED");
        assertThat(ownJson.get("mergedInto").get("id").asString()).isEqualTo(original);
        assertThat(ownJson.get("mergedInto").get("text").asString()).isEqualTo("Can we have longer breaks?");
        assertThat(mvc.perform(MockMvcRequestBuilders.delete(own).with(Fixtures.as(ben))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .header("X-Edit-Token", duplicate.editToken()).accept(MediaType.APPLICATION_JSON)).andReturn()
                .getResponse().getStatus()).isEqualTo(409);
        assertThat(form(ben, "/listening/questions/" + duplicate.id() + "/own", "editToken", duplicate.editToken())
                .getContentAsString()).contains("Merged into another question", "Can we have longer breaks?");

        // merging again, or merging into a question that others went into, is refused
        assertThat(status(lead, HttpMethod.POST, merge, into)).isEqualTo(409);
        assertThat(status(lead, HttpMethod.POST, "/api/v1/listening/questions/" + original + "/merge",
                json.writeValueAsString(Map.of("into", other)))).isEqualTo(409);
        assertThat(status(lead, HttpMethod.POST, "/api/v1/listening/questions/" + duplicate.id() + "/hide",
                "{\"reason\":\"DUPLICATE\"}")).as("unmerge first").isEqualTo(409);

        // the live stream tells the pages, without names
        String events = live.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(events).contains("data:{\"id\":\"" + duplicate.id() + "\",\"votes\":2,\"status\":\"MERGED\"}")
                .contains("data:{\"id\":\"" + original + "\",\"votes\":3,\"status\":\"VISIBLE\"}")
                .doesNotContain(ben.name()).doesNotContain(ben.personId().toString());

        // undo: back with its own votes
        assertThat(status(dee, HttpMethod.DELETE, merge, null)).isEqualTo(403);
        assertThat(status(lead, HttpMethod.DELETE, merge, null)).isEqualTo(204);
        assertThat(status(lead, HttpMethod.DELETE, merge, null)).isEqualTo(409);
        assertThat(item(dee, session, duplicate.id()).get("votes").asInt()).as("ana's vote").isEqualTo(1);
        assertThat(item(dee, session, original).get("votes").asInt()).as("dee's and ben's").isEqualTo(2);
        assertThat(item(dee, session, original).get("mergedVotes").asInt()).isZero();
    }

    @Test
    void aNamedAskerSeesOnTheirQuestionWhereItWasMergedAndThePageMergesWithAConfirmation() throws Exception {
        String session = session(lead, "Rota town hall");
        String original = ask(ana, session, "Can the rota come out earlier?");
        String duplicate = named(cai, session, "Rota two weeks ahead?");

        MockHttpServletResponse missing = form(lead, "/listening/questions/" + duplicate + "/merge");
        assertThat(missing.getStatus()).isEqualTo(200);
        assertThat(missing.getContentAsString()).contains("Choose the question to merge into.");

        MockHttpServletResponse merged = form(lead, "/listening/questions/" + duplicate + "/merge", "into", original);
        assertThat(merged.getStatus()).isEqualTo(302);
        assertThat(merged.getRedirectedUrl()).endsWith("#question-" + original);
        assertThat(page(cai, "/listening/questions/" + duplicate + "/own"))
                .contains("A host merged this question into a similar one", "Can the rota come out earlier?")
                .doesNotContain("Withdraw the question");
        assertThat(page(cai, "/listening/sessions/" + session)).doesNotContain("Rota two weeks ahead?");

        MockHttpServletResponse spanish = mvc.perform(MockMvcRequestBuilders.get("/listening/sessions/" + session)
                .with(Fixtures.as(lead)).header("Accept-Language", "es").accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(spanish.getContentAsString()).contains("Fusionadas con esta pregunta:", "Deshacer la fusión");

        assertThat(form(lead, "/listening/questions/" + duplicate + "/unmerge").getStatus()).isEqualTo(302);
        assertThat(page(cai, "/listening/sessions/" + session)).contains("Rota two weeks ahead?");
    }

    @Test
    void aModeratorPinsTheQuestionDiscussedNowAndEveryoneSeesItLive() throws Exception {
        String session = session(lead, "Pinned town hall");
        String first = ask(ana, session, "What happens to the late shift?");
        String second = ask(ben, session, "Will the café reopen?");
        String pinned = "/api/v1/listening/sessions/" + session + "/pinned";
        MvcResult live = stream(dee, topic(session));

        assertThat(call(dee, HttpMethod.GET, pinned, null, 200).get("id").isNull()).isTrue();
        assertThat(status(dee, HttpMethod.PUT, pinned, "{\"questionId\":\"" + first + "\"}")).isEqualTo(403);
        assertThat(status(stranger, HttpMethod.GET, pinned, null)).isEqualTo(404);
        assertThat(status(stranger, HttpMethod.PUT, pinned, "{\"questionId\":\"" + first + "\"}")).isEqualTo(404);
        assertThat(status(lead, HttpMethod.PUT, pinned, "{}")).isEqualTo(400);
        String elsewhere = ask(ana, session(lead, "Elsewhere"), "Elsewhere");
        assertThat(status(lead, HttpMethod.PUT, pinned, "{\"questionId\":\"" + elsewhere + "\"}")).isEqualTo(400);

        assertThat(status(lead, HttpMethod.PUT, pinned, "{\"questionId\":\"" + first + "\"}")).isEqualTo(204);
        assertThat(status(lead, HttpMethod.PUT, pinned, "{\"questionId\":\"" + second + "\"}")).as("replaces").isEqualTo(204);
        JsonNode now = call(dee, HttpMethod.GET, pinned, null, 200);
        assertThat(now.get("id").asString()).isEqualTo(second);
        assertThat(now.get("text").asString()).isEqualTo("Will the café reopen?");
        assertThat(item(dee, session, second).get("pinned").asBoolean()).isTrue();
        assertThat(item(dee, session, first).get("pinned").asBoolean()).isFalse();
        String staffPage = page(dee, "/listening/sessions/" + session);
        int pinnedBox = staffPage.indexOf("id=\"pinned\"");
        assertThat(staffPage.substring(pinnedBox, staffPage.indexOf("</section>", pinnedBox)))
                .contains("Now discussing", "Will the café reopen?").doesNotContain("Unpin");
        assertThat(page(dee, "/listening/sessions/" + session + "/present")).contains("pinned-text", "Will the café reopen?");
        assertThat(page(lead, "/listening/sessions/" + session)).contains("Unpin");

        String events = live.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(events).contains("event:pinned\ndata:{\"id\":\"" + second + "\",\"text\":\"Will the café reopen?\"}");

        // hiding the pinned question unpins it
        call(lead, HttpMethod.POST, "/api/v1/listening/questions/" + second + "/hide", "{\"reason\":\"OFF_TOPIC\"}", 204);
        assertThat(call(dee, HttpMethod.GET, pinned, null, 200).get("id").isNull()).isTrue();
        assertThat(status(lead, HttpMethod.PUT, pinned, "{\"questionId\":\"" + second + "\"}"))
                .as("not visible").isEqualTo(409);

        assertThat(form(lead, "/listening/sessions/" + session + "/pin", "questionId", first).getStatus()).isEqualTo(302);
        assertThat(call(dee, HttpMethod.GET, pinned, null, 200).get("id").asString()).isEqualTo(first);
        assertThat(status(dee, HttpMethod.DELETE, pinned, null)).isEqualTo(403);
        assertThat(status(lead, HttpMethod.DELETE, pinned, null)).isEqualTo(204);
        assertThat(call(dee, HttpMethod.GET, pinned, null, 200).get("id").isNull()).isTrue();
        assertThat(live.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("event:pinned\ndata:{\"id\":null,\"text\":null}");

        call(lead, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/close", null, 204);
        assertThat(status(lead, HttpMethod.PUT, pinned, "{\"questionId\":\"" + first + "\"}")).as("closed").isEqualTo(409);
    }

    @Test
    void aHeldQuestionReachesTheModeratorsLiveAndNobodyElse() throws Exception {
        String session = call(lead, HttpMethod.POST, "/api/v1/listening/sessions",
                "{\"title\":\"Moderated live\",\"startsAt\":\"" + soon() + "\",\"moderated\":true}", 201).get("id").asString();
        MvcResult moderators = stream(lead, topic(session) + ".moderation");
        assertThat(moderators.getRequest().isAsyncStarted()).isTrue();
        MvcResult staff = stream(dee, topic(session));
        assertThat(stream(dee, topic(session) + ".moderation").getResponse().getStatus())
                .as("staff may not follow the moderators' topic").isEqualTo(404);
        assertThat(stream(stranger, topic(session) + ".moderation").getResponse().getStatus()).isEqualTo(404);
        assertThat(page(lead, "/listening/sessions/" + session)).contains(topic(session) + ".moderation");
        assertThat(page(dee, "/listening/sessions/" + session)).doesNotContain(topic(session) + ".moderation");

        String held = ask(ana, session, "Is the merger final?");

        String toModerators = moderators.getResponse().getContentAsString();
        assertThat(toModerators).contains("event:held\ndata:{\"id\":\"" + held + "\",\"votes\":0,\"status\":\"HELD\"}")
                .doesNotContain(ana.name()).doesNotContain(ana.personId().toString());
        assertThat(staff.getResponse().getContentAsString()).doesNotContain(held);

        call(lead, HttpMethod.POST, "/api/v1/listening/questions/" + held + "/approve", null, 204);
        assertThat(staff.getResponse().getContentAsString()).contains("data:{\"id\":\"" + held + "\",\"votes\":0,\"status\":\"VISIBLE\"}");
    }

    @Test
    void theExportChecksWhoAsksBeforeTheFormat() throws Exception {
        String session = session(lead, "Export order");
        String path = "/api/v1/listening/sessions/" + session + "/export?format=xls";
        assertThat(status(stranger, HttpMethod.GET, path, null)).as("another library").isEqualTo(404);
        assertThat(status(dee, HttpMethod.GET, path, null)).as("not a host").isEqualTo(403);
        assertThat(status(lead, HttpMethod.GET, path, null)).as("a host, a bad format").isEqualTo(400);
    }
}

package org.shelfcare.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.privacy.AuditEntry;
import org.shelfcare.privacy.AuditLog;
import org.shelfcare.privacy.AuditQuery;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * Playbooks: the shipped steps (the DHS/CISA bomb threat checklist with its source) read by
 * everyone in their language and kept per library by safety leads and admins; ticking steps off on
 * an incident's record, each tick and untick with who and when, closed to the report's subject and
 * to other libraries; the operational review on the factual record; the leaders' message to staff.
 */
@IntegrationTest
class PlaybooksTests extends SafetyApiTest {

    @Autowired DirectoryManagement directory;
    @Autowired AuditLog audit;

    Fixtures.Library library;
    CurrentUser admin;
    CurrentUser reporter;
    CurrentUser lead;
    CurrentUser care;
    CurrentUser affected;
    CurrentUser subject;

    @BeforeEach
    void library() {
        library = fixtures.library("Playbook Library");
        admin = library.admin();
        reporter = library.person("Rita Reporter");
        lead = library.person("Sol Safety", Role.SAFETY_LEAD);
        care = library.person("Cam Care", Role.CARE_CONTACT);
        affected = library.person("Ava Affected");
        subject = library.person("Sam Subject", Role.SAFETY_LEAD);
    }

    private String bombThreat() throws Exception {
        return call(reporter, HttpMethod.POST, "/api/v1/safety/incidents", json.writeValueAsString(Map.of(
                "type", "BOMB_THREAT", "occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString(),
                "description", "A caller said \"there is a bomb in the book drop\" and hung up.",
                "affectedPersonIds", List.of(affected.personId().toString()),
                "subjectPersonIds", List.of(subject.personId().toString()))), 201).get("id").asString();
    }

    @Test
    void everyoneReadsTheShippedPlaybooksInTheirLanguageAndLeadsKeepTheLibrarysOwn() throws Exception {
        JsonNode bomb = call(reporter, HttpMethod.GET, "/api/v1/safety/playbooks/BOMB_THREAT", null, 200);
        assertThat(bomb.get("custom").asBoolean()).isFalse();
        assertThat(bomb.get("source").asString()).contains("CISA", "DHS Bomb Threat Checklist");
        assertThat(texts(bomb)).hasSize(8);
        assertThat(texts(bomb).get(0)).contains("Do not hang up");
        assertThat(texts(bomb).get(3)).contains("Where is the bomb located?");
        assertThat(texts(call(reporter, HttpMethod.GET, "/api/v1/safety/playbooks/THREAT_OF_VIOLENCE", null, 200)))
                .anySatisfy(step -> assertThat(step).contains("De-escalate only if it is safe"));
        assertThat(pageText(reporter, "/safety/playbooks")).contains("Bomb threat", "Do not hang up",
                "Source: CISA").doesNotContain("Change the playbook for");

        directory.setLocale(reporter.personId(), Locale.forLanguageTag("es"));
        assertThat(pageText(reporter, "/safety/playbooks")).contains("Protocolos", "No cuelgue",
                "¿Dónde está la bomba?");

        assertThat(status(reporter, HttpMethod.PUT, "/api/v1/safety/playbooks/BOMB_THREAT")).isEqualTo(403);
        JsonNode ours = call(lead, HttpMethod.PUT, "/api/v1/safety/playbooks/BOMB_THREAT", """
                {"source":"Our bomb threat plan, 2026","steps":[
                  {"id":"2","text":"Pass a note to the branch manager (ext. 210); they call 911 from another phone."},
                  {"id":"1","text":"Stay calm and keep the caller talking."},
                  {"text":"Meet at the far side of the parking lot."}]}""", 200);
        assertThat(ours.get("custom").asBoolean()).isTrue();
        assertThat(ours.get("steps").get(0).get("id").asString()).isEqualTo("2");
        assertThat(ours.get("steps").get(2).get("id").asString()).isNotBlank();
        assertThat(pageText(reporter, "/safety/playbooks")).contains("ext. 210", "Our bomb threat plan, 2026",
                "Pasos de su biblioteca");

        MockHttpServletResponse empty = api(admin, HttpMethod.PUT, "/api/v1/safety/playbooks/BOMB_THREAT",
                "{\"steps\":[{\"text\":\"Call 911.\"},{\"text\":\"  \"}]}");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(json.readTree(empty.getContentAsString()).get("errors").get(0).get("pointer").asString())
                .isEqualTo("#/step-1");
        assertThat(empty.getContentAsString()).contains("Write step 2, or remove it.");

        String custom = call(lead, HttpMethod.POST, "/api/v1/safety/incident-types", "{\"labelEn\":\"Drug use\"}", 201)
                .get("code").asString();
        assertThat(call(reporter, HttpMethod.GET, "/api/v1/safety/playbooks/" + custom, null, 200).get("steps")
                .isEmpty()).isTrue();
        assertThat(status(reporter, HttpMethod.GET, "/api/v1/safety/playbooks/NO_SUCH_TYPE")).isEqualTo(404);

        JsonNode reset = call(admin, HttpMethod.DELETE, "/api/v1/safety/playbooks/BOMB_THREAT", null, 200);
        assertThat(reset.get("custom").asBoolean()).isFalse();
        assertThat(texts(reset)).hasSize(8);

        Fixtures.Library other = fixtures.library("Other Playbook Library");
        assertThat(status(other.admin(), HttpMethod.GET, "/api/v1/safety/playbooks/" + custom)).isEqualTo(404);
        assertThat(status(other.admin(), HttpMethod.PUT, "/api/v1/safety/playbooks/" + custom)).isEqualTo(404);
    }

    @Test
    void theEditPageMovesAddsAndRemovesStepsOnTheFormAndKeepsWhatWasTyped() throws Exception {
        String edit = pageText(lead, "/safety/playbooks/CHALLENGING_PATRON");
        assertThat(edit).contains("Step 5", "Ask a colleague to stay nearby");
        assertThat(page(reporter, "/safety/playbooks/CHALLENGING_PATRON")).isEqualTo(403);

        // moving step 2 up puts it first and keeps the typed words of step 1, without saving
        MockHttpServletResponse moved = form(lead, "/safety/playbooks/CHALLENGING_PATRON", "action", "up:1",
                "stepId", "1", "stepText", "Safety first, typed again.", "stepId", "2", "stepText", "De-escalate, with a comma, if safe.");
        assertThat(moved.getStatus()).isEqualTo(200);
        String body = moved.getContentAsString();
        assertThat(body.indexOf("De-escalate, with a comma, if safe.")).isLessThan(body.indexOf("Safety first, typed again."));
        assertThat(texts(call(lead, HttpMethod.GET, "/api/v1/safety/playbooks/CHALLENGING_PATRON", null, 200))).hasSize(5);

        // removing asks first; the answer removes it from the form only
        MockHttpServletResponse asked = form(lead, "/safety/playbooks/CHALLENGING_PATRON", "action", "remove:0",
                "stepId", "1", "stepText", "Safety first.", "stepId", "2", "stepText", "Call the manager.");
        assertThat(asked.getContentAsString()).contains("Remove step 1?", "Yes, remove step 1", "Safety first.");
        MockHttpServletResponse removed = form(lead, "/safety/playbooks/CHALLENGING_PATRON", "action", "removeConfirmed:0",
                "stepId", "1", "stepText", "Safety first.", "stepId", "2", "stepText", "Call the manager.");
        assertThat(removed.getContentAsString()).contains("Call the manager.").doesNotContain(">Safety first.<");

        // an empty new step is refused, in the person's language, with everything typed kept
        directory.setLocale(lead.personId(), Locale.forLanguageTag("es"));
        MockHttpServletResponse refused = form(lead, "/safety/playbooks/CHALLENGING_PATRON", "action", "save",
                "source", "Nuestro plan", "stepId", "2", "stepText", "Llame a la gerente (ext. 210).", "stepId", "",
                "stepText", "");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Escriba el paso 2 o quítelo.", "Llame a la gerente (ext. 210).",
                "Nuestro plan");

        MockHttpServletResponse saved = form(lead, "/safety/playbooks/CHALLENGING_PATRON", "action", "save",
                "source", "Nuestro plan", "stepId", "2", "stepText", "Llame a la gerente (ext. 210).");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/safety/playbooks#playbook-CHALLENGING_PATRON");
        JsonNode stored = call(lead, HttpMethod.GET, "/api/v1/safety/playbooks/CHALLENGING_PATRON", null, 200);
        assertThat(texts(stored)).containsExactly("Llame a la gerente (ext. 210).");
        assertThat(stored.get("steps").get(0).get("id").asString()).isEqualTo("2");

        // going back to the shipped steps asks first
        assertThat(form(lead, "/safety/playbooks/CHALLENGING_PATRON", "action", "reset", "stepId", "2", "stepText", "x")
                .getContentAsString()).contains("Sí, volver");
        form(lead, "/safety/playbooks/CHALLENGING_PATRON", "action", "resetConfirmed");
        assertThat(texts(call(lead, HttpMethod.GET, "/api/v1/safety/playbooks/CHALLENGING_PATRON", null, 200))).hasSize(5);
    }

    @Test
    void stepsAreTickedOffOnTheRecordWithWhoAndWhenNeverBySubjectsOrOtherLibraries() throws Exception {
        String id = bombThreat();
        String base = "/api/v1/safety/incidents/" + id + "/playbook";

        JsonNode ticked = call(lead, HttpMethod.POST, base + "/steps/3", "{\"done\":true}", 200);
        assertThat(ticked.get("steps").get(2).get("done").asBoolean()).isTrue();
        assertThat(ticked.get("steps").get(2).get("byName").asString()).isEqualTo(lead.name());
        call(lead, HttpMethod.POST, base + "/steps/3", null, 200);
        call(reporter, HttpMethod.POST, base + "/steps/2", "{\"done\":true}", 200);
        JsonNode unticked = call(admin, HttpMethod.POST, base + "/steps/2", "{\"done\":false}", 200);
        assertThat(unticked.get("steps").get(1).get("done").asBoolean()).isFalse();

        JsonNode state = call(reporter, HttpMethod.GET, base, null, 200);
        List<String> log = new ArrayList<>();
        state.get("log").forEach(t -> log.add(t.get("byName").asString() + ":" + t.get("stepId").asString() + ":"
                + t.get("done").asBoolean()));
        assertThat(log).containsExactly(lead.name() + ":3:true", reporter.name() + ":2:true", admin.name() + ":2:false");

        // the record keeps the words that were ticked when the playbook changes later
        call(lead, HttpMethod.PUT, "/api/v1/safety/playbooks/BOMB_THREAT",
                "{\"steps\":[{\"id\":\"3\",\"text\":\"Write down the caller's exact words (our wording).\"}]}", 200);
        JsonNode after = call(lead, HttpMethod.GET, base, null, 200);
        assertThat(after.get("steps").get(0).get("done").asBoolean()).isTrue();
        assertThat(after.get("log").get(0).get("stepText").asString()).contains("Copy the caller ID");

        String record = pageText(lead, "/safety/incidents/" + id);
        assertThat(record).contains("Playbook log", "1 of 1 steps done.", "Ticked by " + lead.name(), "Copy the caller ID");

        assertThat(status(subject, HttpMethod.GET, base)).isEqualTo(404);
        assertThat(status(subject, HttpMethod.POST, base + "/steps/3")).isEqualTo(404);
        assertThat(status(care, HttpMethod.POST, base + "/steps/3")).isEqualTo(404);
        assertThat(status(lead, HttpMethod.POST, base + "/steps/99")).isEqualTo(404);
        Fixtures.Library other = fixtures.library("Other Tick Library");
        assertThat(status(other.admin(), HttpMethod.GET, base)).isEqualTo(404);
        assertThat(status(other.admin(), HttpMethod.POST, base + "/steps/3")).isEqualTo(404);

        // pages follow the ticks live: those who read the record may, others not even see it exists
        String topic = Playbooks.topic(UUID.fromString(id));
        assertThat(streamStatus(lead, topic)).isEqualTo(200);
        assertThat(streamStatus(reporter, topic)).isEqualTo(200);
        assertThat(streamStatus(subject, topic)).isEqualTo(404);
        assertThat(streamStatus(affected, topic)).isEqualTo(404);
        assertThat(streamStatus(other.admin(), topic)).isEqualTo(404);
        assertThat(streamStatus(lead, "safety.incident.not-an-id.playbook")).isEqualTo(404);
        // the page redraws only its playbook when asked by the live script
        String part = mvc.perform(get("/safety/incidents/" + id)
                .header("HX-Request", "true").header("HX-Target", "playbook-live").with(Fixtures.as(lead)))
                .andReturn().getResponse().getContentAsString();
        assertThat(part).contains("Playbook log").doesNotContain("<html");

        String draft = call(reporter, HttpMethod.POST, "/api/v1/safety/incidents", "{\"draft\":true,\"type\":\"BOMB_THREAT\"}",
                201).get("id").asString();
        assertThat(status(reporter, HttpMethod.POST, "/api/v1/safety/incidents/" + draft + "/playbook/steps/1"))
                .isEqualTo(409);

        List<AuditEntry> reads = audit.entries(admin, new AuditQuery(AuditLog.RECORD_READ, null, UUID.fromString(id),
                null, null), null, 50).items();
        assertThat(reads).extracting(AuditEntry::actorId).contains(reporter.personId(), lead.personId());
    }

    private int streamStatus(CurrentUser person, String topic) throws Exception {
        return mvc.perform(get("/api/v1/stream")
                .param("topics", topic).with(Fixtures.as(person))
                .accept(MediaType.TEXT_EVENT_STREAM)).andReturn().getResponse().getStatus();
    }

    @Test
    void theOperationalReviewIsOnTheFactualRecordNotTheCareTrack() throws Exception {
        String id = bombThreat();
        String review = "/api/v1/safety/incidents/" + id + "/review";
        assertThat(call(reporter, HttpMethod.GET, review, null, 200).get("scheduledAt").isNull()).isTrue();

        MockHttpServletResponse missing = api(lead, HttpMethod.PUT, review, "{\"findings\":\"x\"}");
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("#/scheduledAt", "Choose the date and time of the review.");
        assertThat(status(reporter, HttpMethod.PUT, review)).isEqualTo(403);
        assertThat(status(subject, HttpMethod.PUT, review)).isEqualTo(404);
        assertThat(status(subject, HttpMethod.GET, review)).isEqualTo(404);

        call(lead, HttpMethod.PUT, review, """
                {"scheduledAt":"2030-01-15T15:00:00Z","findings":"The caller ID was copied; the evacuation took 9 minutes.",
                 "changes":"Add the meeting point to the playbook."}""", 200);
        JsonNode read = call(reporter, HttpMethod.GET, review, null, 200);
        assertThat(read.get("scheduledAt").asString()).startsWith("2030-01-15T15:00");
        assertThat(read.get("updatedByName").asString()).isEqualTo(lead.name());
        assertThat(pageText(reporter, "/safety/incidents/" + id)).contains("Operational review",
                "the evacuation took 9 minutes", "Add the meeting point to the playbook.");
        assertThat(pageText(care, "/safety/incidents/" + id + "/care")).doesNotContain("evacuation took 9 minutes");

        // the page form keeps what was typed when the time is missing
        MockHttpServletResponse refused = form(lead, "/safety/incidents/" + id + "/review", "scheduledAt", "",
                "findings", "Nobody knew the meeting point.", "changes", "Drill in March.");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Choose the date and time of the review.",
                "Nobody knew the meeting point.", "Drill in March.");
        assertThat(form(lead, "/safety/incidents/" + id + "/review", "scheduledAt", "2030-02-01T09:30", "findings",
                "Nobody knew the meeting point.").getRedirectedUrl()).isEqualTo("/safety/incidents/" + id + "#review");
        assertThat(call(admin, HttpMethod.GET, review, null, 200).get("findings").asString())
                .isEqualTo("Nobody knew the meeting point.");

        call(admin, HttpMethod.DELETE, review, null, 204);
        assertThat(call(lead, HttpMethod.GET, review, null, 200).get("scheduledAt").isNull()).isTrue();
    }

    @Test
    void leadsGetACompassionateMessageForStaffThatNamesNoOne() throws Exception {
        String id = bombThreat();
        call(lead, HttpMethod.PUT, "/api/v1/safety/incidents/" + id + "/review",
                "{\"scheduledAt\":\"2030-01-15T15:00:00Z\",\"findings\":\"Secret finding\"}", 200);

        String english = call(lead, HttpMethod.GET, "/api/v1/safety/incidents/" + id + "/message?lang=en", null, 200)
                .get("text").asString();
        assertThat(english).contains("Dear colleagues,", "(Bomb threat)", "not about blaming anyone",
                "Employee Assistance Program", "988", "no one has to talk about it", "The review is planned for",
                lead.name());
        assertThat(english).doesNotContain(affected.name(), subject.name(), reporter.name(), "book drop", "Secret finding");

        String spanish = pageText(lead, "/safety/incidents/" + id + "/message?lang=es");
        assertThat(spanish).contains("Queridos compañeros y compañeras:", "(Amenaza de bomba)",
                "Programa de Asistencia al Empleado", "Copy the message");

        assertThat(status(reporter, HttpMethod.GET, "/api/v1/safety/incidents/" + id + "/message")).isEqualTo(403);
        assertThat(status(subject, HttpMethod.GET, "/api/v1/safety/incidents/" + id + "/message")).isEqualTo(404);
        assertThat(page(care, "/safety/incidents/" + id + "/message")).isEqualTo(404);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static List<String> texts(JsonNode playbook) {
        List<String> texts = new ArrayList<>();
        playbook.get("steps").forEach(step -> texts.add(step.get("text").asString()));
        return texts;
    }
}

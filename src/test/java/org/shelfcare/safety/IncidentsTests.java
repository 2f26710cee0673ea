package org.shelfcare.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * Reporting incidents and the privacy of their two tracks: the subject of a report never reads
 * it, whatever their roles; an admin who is not a care contact gets 404 on the care track; reads
 * go to the audit log, care reads to its care part; care notes are sealed; bad input answers
 * problem details in the person's language and keeps what was typed on the form.
 */
@IntegrationTest
class IncidentsTests extends SafetyApiTest {

    @Autowired DirectoryManagement directory;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser admin;
    CurrentUser reporter;
    CurrentUser lead;
    CurrentUser care;
    CurrentUser leadAndCare;
    CurrentUser affected;
    CurrentUser subject;

    @BeforeEach
    void library() {
        library = fixtures.library("Safety Library");
        admin = library.admin();
        reporter = library.person("Rita Reporter");
        lead = library.person("Sol Safety", Role.SAFETY_LEAD);
        care = library.person("Cam Care", Role.CARE_CONTACT);
        leadAndCare = library.person("Lee Both", Role.SAFETY_LEAD, Role.CARE_CONTACT);
        affected = library.person("Ava Affected");
        // the subject of a harassment report holds every role that reads reports and care tracks
        subject = library.person("Sam Subject", Role.ADMIN, Role.SAFETY_LEAD, Role.CARE_CONTACT);
    }

    private String report(CurrentUser person, Map<String, Object> body) throws Exception {
        return call(person, HttpMethod.POST, "/api/v1/safety/incidents", json.writeValueAsString(body), 201)
                .get("id").asString();
    }

    private Map<String, Object> harassment() {
        return Map.of("type", "HARASSMENT", "occurredAt", Instant.now().minus(3, ChronoUnit.HOURS).toString(),
                "description", "He said \"you will regret this\" at the desk.",
                "affectedPersonIds", List.of(affected.personId().toString()),
                "subjectPersonIds", List.of(subject.personId().toString()),
                "staffInvolvedIds", List.of(affected.personId().toString()),
                "actions", List.of("DE_ESCALATION"));
    }

    @Test
    void theFactualRecordIsReadByTheReporterLeadsAndAdminsNeverByItsSubjectAndEveryReadIsAudited() throws Exception {
        String id = report(reporter, harassment());

        for (CurrentUser reader : List.of(reporter, lead, admin)) {
            JsonNode incident = call(reader, HttpMethod.GET, "/api/v1/safety/incidents/" + id, null, 200);
            assertThat(incident.get("description").asString()).contains("you will regret this");
            assertThat(incident.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(ids(call(reader, HttpMethod.GET, "/api/v1/safety/incidents", null, 200))).contains(id);
        }
        assertThat(status(subject, HttpMethod.GET, "/api/v1/safety/incidents/" + id)).isEqualTo(404);
        assertThat(status(subject, HttpMethod.GET, "/api/v1/safety/incidents/" + id + "/notes")).isEqualTo(404);
        assertThat(status(subject, HttpMethod.GET, "/api/v1/safety/incidents/" + id + "/care")).isEqualTo(404);
        assertThat(page(subject, "/safety/incidents/" + id)).isEqualTo(404);
        assertThat(page(subject, "/safety/incidents/" + id + "/care")).isEqualTo(404);
        assertThat(ids(call(subject, HttpMethod.GET, "/api/v1/safety/incidents", null, 200))).doesNotContain(id);
        assertThat(status(affected, HttpMethod.GET, "/api/v1/safety/incidents/" + id)).isEqualTo(404);

        List<AuditEntry> reads = audit.entries(admin, new AuditQuery(AuditLog.RECORD_READ, null, UUID.fromString(id),
                null, null), null, 50).items();
        assertThat(reads).extracting(AuditEntry::actorId)
                .contains(reporter.personId(), lead.personId(), admin.personId())
                .doesNotContain(subject.personId());
    }

    @Test
    void theCareTrackIsForCareContactsOnlyAndAnAdminWhoIsNotOneGets404() throws Exception {
        String id = report(reporter, harassment());

        assertThat(status(admin, HttpMethod.GET, "/api/v1/safety/incidents/" + id + "/care")).isEqualTo(404);
        assertThat(page(admin, "/safety/incidents/" + id + "/care")).isEqualTo(404);
        assertThat(call(admin, HttpMethod.GET, "/api/v1/safety/incidents/" + id, null, 200).get("affectedPersonIds").isNull())
                .isTrue();
        assertThat(call(leadAndCare, HttpMethod.GET, "/api/v1/safety/incidents/" + id, null, 200).get("affectedPersonIds")
                .get(0).asString()).isEqualTo(affected.personId().toString());

        call(care, HttpMethod.POST, "/api/v1/safety/incidents/" + id + "/care/notes",
                "{\"text\":\"Ava is shaken; we talked at 4 pm and she wants EAP details.\"}", 201);
        JsonNode track = call(care, HttpMethod.GET, "/api/v1/safety/incidents/" + id + "/care", null, 200);
        assertThat(track.get("affected").get(0).get("name").asString()).isEqualTo(affected.name());
        assertThat(track.get("notes").get(0).get("text").asString()).contains("wants EAP details");
        assertThat(track.get("reads").get(0).get("actorId").asString()).isEqualTo(care.personId().toString());

        String stored = jdbc.sql("SELECT body FROM safety_care_note WHERE incident_id = ?").param(UUID.fromString(id))
                .query(String.class).single();
        assertThat(stored).doesNotContain("EAP");

        // the care reads are in the care part of the audit log: an admin who is not a care contact does not see them
        assertThat(audit.entries(admin, new AuditQuery(AuditLog.CARE_RECORD_READ, null, null, null, null), null, 50)
                .items()).isEmpty();
        CurrentUser adminAndCare = library.person("Ada Admin Care", Role.ADMIN, Role.CARE_CONTACT);
        assertThat(audit.entries(adminAndCare, new AuditQuery(AuditLog.CARE_RECORD_READ, null, UUID.fromString(id), null, null),
                null, 50).items()).extracting(AuditEntry::actorId).contains(care.personId());
        String carePage = pageText(care, "/safety/incidents/" + id + "/care");
        assertThat(carePage).contains(affected.name(), "wants EAP details", "Who has read this care track");
    }

    @Test
    void affectedStaffPromptCareContactsAndTheReporterCanAskForACheckInToday() throws Exception {
        String id = report(reporter, harassment());
        assertThat(notices(care, SafetyManagement.CARE_OFFER_NOTICE)).isEqualTo(1);
        assertThat(notices(leadAndCare, SafetyManagement.CARE_OFFER_NOTICE)).isEqualTo(1);
        assertThat(notices(subject, SafetyManagement.CARE_OFFER_NOTICE)).isZero();

        String reported = pageText(reporter, "/safety/incidents/" + id + "/reported");
        assertThat(reported).contains("Get help now", "988", "Yes, please check in with me today");

        call(reporter, HttpMethod.POST, "/api/v1/safety/incidents/" + id + "/check-in", null, 204);
        call(reporter, HttpMethod.POST, "/api/v1/safety/incidents/" + id + "/check-in", null, 204);
        assertThat(notices(care, SafetyManagement.CHECK_IN_NOTICE)).isEqualTo(1);
        assertThat(notices(admin, SafetyManagement.CHECK_IN_NOTICE)).isZero();
        assertThat(call(care, HttpMethod.GET, "/api/v1/safety/incidents/" + id + "/care", null, 200).get("checkIns")
                .get(0).get("name").asString()).isEqualTo(reporter.name());
        assertThat(pageText(reporter, "/safety/incidents/" + id + "/reported")).contains("You asked for a check-in");
        assertThat(status(lead, HttpMethod.POST, "/api/v1/safety/incidents/" + id + "/check-in")).isEqualTo(404);
    }

    @Test
    void badInputAnswersProblemDetailsInThePersonsLanguage() throws Exception {
        MockHttpServletResponse future = api(reporter, HttpMethod.POST, "/api/v1/safety/incidents", json.writeValueAsString(
                Map.of("type", "MEDICAL", "occurredAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                        "description", "A fall", "affectedPersonIds", List.of())));
        assertThat(future.getStatus()).isEqualTo(400);
        assertThat(future.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(future.getContentAsString()).get("errors").get(0).get("pointer").asString())
                .isEqualTo("#/occurredAt");

        directory.setLocale(reporter.personId(), Locale.forLanguageTag("es"));
        MockHttpServletResponse missing = api(reporter, HttpMethod.POST, "/api/v1/safety/incidents",
                "{\"affectedPersonIds\":[]}");
        assertThat(missing.getStatus()).isEqualTo(400);
        JsonNode errors = json.readTree(missing.getContentAsString()).get("errors");
        List<String> pointers = new ArrayList<>();
        errors.forEach(e -> pointers.add(e.get("pointer").asString()));
        assertThat(pointers).containsExactly("#/type", "#/occurredAt", "#/description");
        assertThat(missing.getContentAsString()).contains("Describa lo que ocurrió.");

        Fixtures.Library other = fixtures.library("Other Safety Library");
        String theirs = report(other.admin(), Map.of("type", "THEFT_OR_DAMAGE", "occurredAt",
                Instant.now().minus(1, ChronoUnit.DAYS).toString(), "description", "A window broken",
                "affectedPersonIds", List.of()));
        assertThat(status(admin, HttpMethod.GET, "/api/v1/safety/incidents/" + theirs)).isEqualTo(404);
        assertThat(status(admin, HttpMethod.GET, "/api/v1/safety/incidents/" + theirs + "/notes")).isEqualTo(404);
        assertThat(api(admin, HttpMethod.POST, "/api/v1/safety/incidents", json.writeValueAsString(Map.of("type", "OTHER",
                "occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(), "description", "x",
                "affectedPersonIds", List.of(other.admin().personId().toString())))).getStatus()).isEqualTo(404);
    }

    @Test
    void theFormKeepsEverythingTypedAndADraftIsFinishedLater() throws Exception {
        MockHttpServletResponse refused = form(reporter, "/safety/incidents", "action", "submit", "area", "Teen room",
                "description", "She shouted \"get out\" twice.", "actions", "POLICE_CALLED",
                "occurredAt", LocalDateTime.now(reporter.zone()).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString());
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Choose the type of incident.",
                "The date and time cannot be in the future.", "Teen room", "She shouted \"get out\" twice.");
        assertThat(refused.getContentAsString()).containsPattern("value=\"POLICE_CALLED\" checked");

        MockHttpServletResponse draft = form(reporter, "/safety/incidents", "action", "draft", "area", "Teen room",
                "description", "She shouted twice.");
        assertThat(draft.getStatus()).isEqualTo(302);
        String id = call(reporter, HttpMethod.GET, "/api/v1/safety/incidents", null, 200).get("items").get(0).get("id")
                .asString();
        assertThat(page(lead, "/safety/incidents/" + id)).isEqualTo(404);
        assertThat(pageText(reporter, "/safety/incidents/" + id + "/edit")).contains("Teen room", "She shouted twice.");

        MockHttpServletResponse submitted = form(reporter, "/safety/incidents/" + id, "action", "submit", "type",
                "CHALLENGING_PATRON", "area", "Teen room", "description", "She shouted twice.",
                "occurredAt", LocalDateTime.now(reporter.zone()).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString());
        assertThat(submitted.getRedirectedUrl()).isEqualTo("/safety/incidents/" + id + "/reported");
        assertThat(pageText(lead, "/safety/incidents/" + id)).contains("Challenging patron interaction", "Teen room");

        form(lead, "/safety/incidents/" + id + "/notes", "text", "The patron came back the next day and apologized.");
        JsonNode notes = call(reporter, HttpMethod.GET, "/api/v1/safety/incidents/" + id + "/notes", null, 200);
        assertThat(notes.get("items").get(0).get("text").asString()).contains("apologized");
        assertThat(notes.get("items").get(0).get("authorName").asString()).isEqualTo(lead.name());
        assertThat(status(reporter, HttpMethod.PATCH, "/api/v1/safety/incidents/" + id)).isEqualTo(409);
    }

    @Test
    void leadsKeepTheLibrarysIncidentTypes() throws Exception {
        JsonNode added = call(lead, HttpMethod.POST, "/api/v1/safety/incident-types",
                "{\"labelEn\":\"Drug use\",\"labelEs\":\"Consumo de drogas\"}", 201);
        assertThat(added.get("code").asString()).isEqualTo("DRUG_USE");
        call(lead, HttpMethod.PATCH, "/api/v1/safety/incident-types/MEDICAL", "{\"labelEn\":\"Medical call\"}", 200);
        call(lead, HttpMethod.PATCH, "/api/v1/safety/incident-types/FACILITY_HAZARD", "{\"retired\":true}", 200);

        String form = pageText(reporter, "/safety/incidents/new");
        assertThat(form).contains("Drug use", "Medical call", "Bomb threat").doesNotContain("Facility hazard");
        directory.setLocale(reporter.personId(), Locale.forLanguageTag("es"));
        assertThat(pageText(reporter, "/safety/incidents/new")).contains("Consumo de drogas", "Amenaza de bomba",
                "Informar de un incidente");
        assertThat(status(reporter, HttpMethod.POST, "/api/v1/safety/incident-types")).isEqualTo(403);

        assertThat(status(admin, HttpMethod.DELETE, "/api/v1/safety/incident-types/OTHER")).isEqualTo(409);
        report(reporter, Map.of("type", "DRUG_USE", "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "description", "Found a needle in the restroom.", "affectedPersonIds", List.of()));
        assertThat(status(admin, HttpMethod.DELETE, "/api/v1/safety/incident-types/DRUG_USE")).isEqualTo(409);
        assertThat(api(reporter, HttpMethod.POST, "/api/v1/safety/incidents", json.writeValueAsString(Map.of("type",
                "FACILITY_HAZARD", "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "description", "Ice",
                "affectedPersonIds", List.of()))).getStatus()).isEqualTo(400);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private long notices(CurrentUser person, String type) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE person_id = ? AND type = ?")
                .params(person.personId(), type).query(Long.class).single();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}

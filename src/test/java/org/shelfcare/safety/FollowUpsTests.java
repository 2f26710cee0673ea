package org.shelfcare.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.NotificationPreferences;
import org.shelfcare.notifications.QuietHours;
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
 * Follow-up care: submitting an incident schedules two private follow-ups per affected person at
 * the library's days; the db-scheduler job sends them when due (once, in the app and by email,
 * quiet hours respected); the person answers, declines or stops them (with undo) and sees nothing
 * of the report; only care contacts see answers and notes, and get tasks they mark done.
 */
@IntegrationTest
class FollowUpsTests extends SafetyApiTest {

    @Autowired JdbcClient jdbc;
    @Autowired CareFollowUps followUps;
    @Autowired NotificationManagement notifications;
    @Autowired AuditLog audit;
    @Autowired List<RecurringTask<?>> jobs;

    Fixtures.Library library;
    CurrentUser admin;
    CurrentUser reporter;
    CurrentUser lead;
    CurrentUser care;
    CurrentUser ava;
    CurrentUser bo;

    @BeforeEach
    void library() {
        library = fixtures.library("Follow-up Library");
        admin = library.admin();
        reporter = library.person("Rita Reporter");
        lead = library.person("Sol Safety", Role.SAFETY_LEAD);
        care = library.person("Cam Care", Role.CARE_CONTACT);
        ava = library.person("Ava Affected");
        bo = library.person("Bo Affected");
    }

    private String report(CurrentUser person, List<CurrentUser> affected) throws Exception {
        return call(person, HttpMethod.POST, "/api/v1/safety/incidents", json.writeValueAsString(Map.of(
                "type", "THREAT_OF_VIOLENCE", "occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString(),
                "description", "A patron said \"I know where you park\" at the returns desk.",
                "affectedPersonIds", affected.stream().map(p -> p.personId().toString()).toList())), 201)
                .get("id").asString();
    }

    private List<Map<String, Object>> rows(String incidentId) {
        return jdbc.sql("SELECT * FROM safety_followup WHERE incident_id = ? ORDER BY seq, person_id")
                .param(UUID.fromString(incidentId)).query().listOfRows();
    }

    /** The follow-up {@code seq} of the person, made due a minute ago and sent by the scheduler's job itself. */
    private String sendDue(String incidentId, CurrentUser person, int seq) {
        UUID id = jdbc.sql("SELECT id FROM safety_followup WHERE incident_id = ? AND person_id = ? AND seq = ?")
                .params(UUID.fromString(incidentId), person.personId(), seq).query(UUID.class).single();
        jdbc.sql("UPDATE safety_followup SET due_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), id).update();
        runTheJob();
        return id.toString();
    }

    @SuppressWarnings("unchecked")
    private void runTheJob() {
        RecurringTask<Void> task = (RecurringTask<Void>) jobs.stream()
                .filter(t -> t.getName().equals(FollowUpsConfig.TASK)).findFirst().orElseThrow();
        task.execute(task.instance(RecurringTask.INSTANCE), null);
    }

    @Test
    void anIncidentWithAffectedStaffSchedulesTwoFollowUpsEachAtTheLibrarysDays() throws Exception {
        assertThat(call(lead, HttpMethod.GET, "/api/v1/safety/followup-settings", null, 200).get("firstDays").asInt())
                .isEqualTo(7);
        call(admin, HttpMethod.PUT, "/api/v1/safety/followup-settings", "{\"firstDays\":5,\"secondDays\":21}", 200);
        Instant before = Instant.now();
        String id = report(reporter, List.of(ava, bo));

        List<Map<String, Object>> rows = rows(id);
        assertThat(rows).hasSize(4).extracting(row -> value(row, "status")).containsOnly("SCHEDULED");
        List<Instant> due = jdbc.sql("SELECT due_at FROM safety_followup WHERE incident_id = ? ORDER BY seq")
                .param(UUID.fromString(id)).query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
        Instant first = due.get(0);
        Instant second = due.get(2);
        assertThat(Duration.between(before, first).toDays()).isEqualTo(5);
        assertThat(Duration.between(before, second).toDays()).isEqualTo(21);

        // new days move the follow-ups not sent yet by the difference
        call(admin, HttpMethod.PUT, "/api/v1/safety/followup-settings", "{\"firstDays\":6,\"secondDays\":28}", 200);
        List<Instant> moved = jdbc.sql("SELECT due_at FROM safety_followup WHERE incident_id = ? ORDER BY seq")
                .param(UUID.fromString(id)).query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
        assertThat(Duration.between(first, moved.get(0))).isEqualTo(Duration.ofDays(1));
        assertThat(Duration.between(second, moved.get(2))).isEqualTo(Duration.ofDays(7));

        String none = report(reporter, List.of());
        assertThat(rows(none)).isEmpty();
        assertThat(notices(ava, CareFollowUps.FOLLOW_UP_NOTICE)).as("nothing before the day").isZero();
        assertThat(jobs).extracting(RecurringTask::getName).contains(FollowUpsConfig.TASK);
        assertThat(notifications.types()).extracting(t -> t.code())
                .contains(CareFollowUps.FOLLOW_UP_NOTICE, CareFollowUps.TASK_NOTICE);
    }

    @Test
    void settingsAreKeptByAdminsAndLeadsWithinSensibleBounds() throws Exception {
        assertThat(status(care, HttpMethod.GET, "/api/v1/safety/followup-settings")).isEqualTo(403);
        assertThat(status(reporter, HttpMethod.PUT, "/api/v1/safety/followup-settings")).isEqualTo(403);
        MockHttpServletResponse bad = api(lead, HttpMethod.PUT, "/api/v1/safety/followup-settings",
                "{\"firstDays\":0,\"secondDays\":120}");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("#/firstDays", "#/secondDays", "from 1 to 28.");
        assertThat(api(lead, HttpMethod.PUT, "/api/v1/safety/followup-settings", "{\"firstDays\":10,\"secondDays\":10}")
                .getStatus()).as("the second comes after the first").isEqualTo(400);

        MockHttpServletResponse form = form(lead, "/safety/followups/settings", "firstDays", "abc", "secondDays", "45");
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("value=\"abc\"", "value=\"45\"", "Enter a number of days from 1 to 28");
        assertThat(form(lead, "/safety/followups/settings", "firstDays", "10", "secondDays", "45").getStatus()).isEqualTo(302);
        assertThat(call(admin, HttpMethod.GET, "/api/v1/safety/followup-settings", null, 200).get("secondDays").asInt())
                .isEqualTo(45);
        assertThat(pageText(admin, "/safety/followups/settings")).contains("When follow-ups go out", "value=\"45\"");
    }

    @Test
    void theSchedulerSendsEachDueFollowUpOncePrivatelyAndQuietHoursHoldTheEmailBack() throws Exception {
        LocalTime now = LocalTime.now(bo.zone()).withSecond(0).withNano(0);
        notifications.savePreferences(bo, new NotificationPreferences(new QuietHours(true, now.minusHours(1),
                now.plusHours(1), EnumSet.allOf(java.time.DayOfWeek.class)), List.of()));
        String id = report(reporter, List.of(ava, bo));

        String avaFirst = sendDue(id, ava, 1);
        String boFirst = sendDue(id, bo, 1);
        runTheJob();
        assertThat(followUps.deliverDue(Instant.now())).as("nothing left to send").isZero();

        assertThat(notices(ava, CareFollowUps.FOLLOW_UP_NOTICE)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT link FROM notification WHERE person_id = ? AND type = ?")
                .params(ava.personId(), CareFollowUps.FOLLOW_UP_NOTICE).query(String.class).single())
                .isEqualTo("/safety/followups/" + avaFirst);
        String body = jdbc.sql("SELECT body_text FROM email_outbox WHERE recipient = ? AND subject = 'How are you doing?'")
                .param(ava.email()).query(String.class).single();
        assertThat(body).contains("I'd like to talk", "/safety/followups/" + avaFirst).doesNotContain("park");
        Instant boNotBefore = jdbc.sql("SELECT not_before FROM email_outbox WHERE recipient = ? AND subject = 'How are you doing?'")
                .param(bo.email()).query(Timestamp.class).single().toInstant();
        assertThat(boNotBefore).as("quiet hours").isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(rows(id)).filteredOn(row -> "SENT".equals(value(row, "status"))).hasSize(2);

        // the person's page asks how they are doing and shows nothing of the report
        String page = pageText(ava, "/safety/followups/" + avaFirst);
        assertThat(page).contains("How are you doing?", "I'm OK", "I'd like to talk", "Please send EAP information")
                .doesNotContain("park", "Rita Reporter", "Bo Affected", "THREAT", "Threat");
        JsonNode mine = call(ava, HttpMethod.GET, "/api/v1/safety/followups", null, 200);
        assertThat(mine.get("items")).hasSize(1);
        assertThat(mine.get("items").get(0).get("id").asString()).isEqualTo(avaFirst);
        assertThat(mine.toString()).doesNotContain("incident", "park");
        assertThat(pageText(ava, "/safety")).contains("How are you doing? 1 question(s)");

        // only their own
        assertThat(status(bo, HttpMethod.GET, "/api/v1/safety/followups/" + avaFirst)).isEqualTo(404);
        assertThat(page(bo, "/safety/followups/" + avaFirst)).isEqualTo(404);
        assertThat(status(care, HttpMethod.POST, "/api/v1/safety/followups/" + avaFirst + "/answer")).isEqualTo(404);
        String avaSecond = jdbc.sql("SELECT id FROM safety_followup WHERE incident_id = ? AND person_id = ? AND seq = 2")
                .params(UUID.fromString(id), ava.personId()).query(String.class).single();
        assertThat(status(ava, HttpMethod.GET, "/api/v1/safety/followups/" + avaSecond)).as("not sent yet").isEqualTo(404);
        assertThat(boFirst).isNotEqualTo(avaFirst);
    }

    @Test
    void askingToTalkGivesCareContactsATaskTheyMarkDoneWhileAdminsWhoAreNotCareContactsGet404() throws Exception {
        String id = report(reporter, List.of(ava, bo));
        String avaFirst = sendDue(id, ava, 1);
        String boFirst = sendDue(id, bo, 1);

        JsonNode answered = call(ava, HttpMethod.POST, "/api/v1/safety/followups/" + avaFirst + "/answer",
                "{\"answer\":\"TALK\",\"note\":\"Thursdays after 3 are best.\"}", 200);
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("answer").asString()).isEqualTo("TALK");
        call(ava, HttpMethod.POST, "/api/v1/safety/followups/" + avaFirst + "/answer",
                "{\"answer\":\"TALK\",\"note\":\"Thursdays after 3 are best.\"}", 200);
        call(bo, HttpMethod.POST, "/api/v1/safety/followups/" + boFirst + "/answer", "{\"answer\":\"OK\"}", 200);
        assertThat(jdbc.sql("SELECT note FROM safety_followup WHERE id = ?").param(UUID.fromString(avaFirst))
                .query(String.class).single()).as("sealed").doesNotContain("Thursdays");

        assertThat(notices(care, CareFollowUps.TASK_NOTICE)).as("once, for the talk request only").isEqualTo(1);
        assertThat(notices(admin, CareFollowUps.TASK_NOTICE)).isZero();
        assertThat(jdbc.sql("SELECT message_key FROM notification WHERE person_id = ? AND type = ?")
                .params(care.personId(), CareFollowUps.TASK_NOTICE).query(String.class).single())
                .isEqualTo("safety.careTask.notice");

        JsonNode tasks = call(care, HttpMethod.GET, "/api/v1/safety/care/tasks", null, 200).get("items");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("kind").asString()).isEqualTo("TALK");
        assertThat(tasks.get(0).get("person").get("name").asString()).isEqualTo(ava.name());
        String taskId = tasks.get(0).get("id").asString();

        JsonNode all = call(care, HttpMethod.GET, "/api/v1/safety/care/followups", null, 200).get("items");
        assertThat(all.toString()).contains("Thursdays after 3 are best.", "\"answer\":\"OK\"");
        String carePage = pageText(care, "/safety/incidents/" + id + "/care");
        assertThat(carePage).contains("Follow-ups per affected person", "Thursdays after 3 are best.", "Answered",
                "Scheduled", "I'd like to talk", "Mark done");
        String tasksPage = pageText(care, "/safety/care/tasks");
        assertThat(tasksPage).contains("Care tasks", "Ava Affected", "To talk", "Mark done");

        // reads are audited in the care part of the log
        assertThat(audit.careReads(care, UUID.fromString(id))).extracting(AuditEntry::actorId).contains(care.personId());
        assertThat(audit.entries(admin, new AuditQuery(AuditLog.CARE_RECORD_READ, null, null, null, null), null, 50)
                .items()).isEmpty();

        // admins who are not care contacts, leads and the people themselves get 404
        for (CurrentUser other : List.of(admin, lead, ava)) {
            assertThat(status(other, HttpMethod.GET, "/api/v1/safety/care/tasks")).isEqualTo(404);
            assertThat(status(other, HttpMethod.GET, "/api/v1/safety/care/followups")).isEqualTo(404);
            assertThat(status(other, HttpMethod.POST, "/api/v1/safety/care/tasks/" + taskId + "/done")).isEqualTo(404);
            assertThat(page(other, "/safety/care/tasks")).isEqualTo(404);
        }
        CurrentUser otherCare = fixtures.library("Other Follow-up Library").person("Oz Care", Role.CARE_CONTACT);
        assertThat(status(otherCare, HttpMethod.POST, "/api/v1/safety/care/tasks/" + taskId + "/done")).isEqualTo(404);
        assertThat(status(otherCare, HttpMethod.GET, "/api/v1/safety/followups/" + avaFirst)).isEqualTo(404);
        assertThat(call(otherCare, HttpMethod.GET, "/api/v1/safety/care/tasks", null, 200).get("items")).isEmpty();

        JsonNode done = call(care, HttpMethod.POST, "/api/v1/safety/care/tasks/" + taskId + "/done", null, 200);
        assertThat(done.get("doneAt").isNull()).isFalse();
        assertThat(done.get("doneBy").asString()).isEqualTo(care.name());
        assertThat(call(care, HttpMethod.POST, "/api/v1/safety/care/tasks/" + taskId + "/reopen", null, 200).get("doneAt")
                .isNull()).as("undo").isTrue();
        MockHttpServletResponse viaPage = form(care, "/safety/care/tasks/" + taskId + "/done", "back",
                "/safety/incidents/" + id + "/care");
        assertThat(viaPage.getRedirectedUrl()).isEqualTo("/safety/incidents/" + id + "/care");
        assertThat(form(care, "/safety/care/tasks/" + taskId + "/reopen", "back", "https://elsewhere.example/")
                .getRedirectedUrl()).isEqualTo("/safety/care/tasks");
    }

    @Test
    void askingForEapInformationShowsTheLibrarysHelpAtOnce() throws Exception {
        String id = report(reporter, List.of(ava));
        String first = sendDue(id, ava, 1);

        MockHttpServletResponse missing = form(ava, "/safety/followups/" + first, "note", "Kept what I typed");
        assertThat(missing.getStatus()).isEqualTo(200);
        assertThat(missing.getContentAsString()).contains("Choose an answer.", "Kept what I typed");
        assertThat(api(ava, HttpMethod.POST, "/api/v1/safety/followups/" + first + "/answer", "{\"answer\":\"MAYBE\"}")
                .getContentAsString()).contains("#/answer");

        MockHttpServletResponse sent = form(ava, "/safety/followups/" + first, "answer", "EAP", "note", "");
        assertThat(sent.getRedirectedUrl()).isEqualTo("/safety/followups/" + first);
        String page = pageText(ava, "/safety/followups/" + first);
        assertThat(page).contains("Your answer: Please send EAP information", "Your EAP and other help", "988");
        assertThat(call(care, HttpMethod.GET, "/api/v1/safety/care/tasks", null, 200).get("items").get(0).get("kind")
                .asString()).isEqualTo("EAP");

        // in Spanish, errors included
        fixtures.directory().setLocale(bo.personId(), java.util.Locale.forLanguageTag("es"));
        String boFirst = sendDue(report(reporter, List.of(bo)), bo, 1);
        assertThat(pageText(bo, "/safety/followups/" + boFirst)).contains("¿Cómo está?", "Me gustaría hablar",
                "Envíenme información del EAP", "Obtener ayuda ahora");
        assertThat(form(bo, "/safety/followups/" + boFirst, "note", "Gracias").getContentAsString())
                .contains("Elija una respuesta.", "Gracias");
        assertThat(api(bo, HttpMethod.POST, "/api/v1/safety/followups/" + boFirst + "/answer", "{}").getContentAsString())
                .contains("Elija una respuesta.");
    }

    @Test
    void aPersonDeclinesOrStopsTheirFollowUpsAndCanUndoIt() throws Exception {
        String id = report(reporter, List.of(ava));
        String first = sendDue(id, ava, 1);

        assertThat(call(ava, HttpMethod.POST, "/api/v1/safety/followups/" + first + "/decline", null, 200).get("status")
                .asString()).isEqualTo("DECLINED");
        assertThat(status(ava, HttpMethod.POST, "/api/v1/safety/followups/" + first + "/decline")).isEqualTo(409);
        assertThat(call(ava, HttpMethod.GET, "/api/v1/safety/followups", null, 200).get("items")).isEmpty();
        assertThat(call(ava, HttpMethod.POST, "/api/v1/safety/followups/" + first + "/undo", null, 200).get("status")
                .asString()).isEqualTo("SENT");

        assertThat(pageText(ava, "/safety/followups/" + first + "/stop")).contains("Stop these questions?", "Keep them");
        assertThat(form(ava, "/safety/followups/" + first + "/stop").getRedirectedUrl()).isEqualTo("/safety/followups/" + first);
        assertThat(rows(id)).extracting(row -> value(row, "status")).containsOnly("STOPPED");
        assertThat(pageText(ava, "/safety/followups/" + first)).contains("You stopped these questions", "Undo");

        // a stopped follow-up never goes out, even when its day comes
        jdbc.sql("UPDATE safety_followup SET due_at = ? WHERE incident_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), UUID.fromString(id)).update();
        runTheJob();
        assertThat(notices(ava, CareFollowUps.FOLLOW_UP_NOTICE)).isEqualTo(1);

        form(ava, "/safety/followups/" + first + "/undo");
        assertThat(rows(id)).extracting(row -> value(row, "status")).containsExactly("SENT", "SCHEDULED");
        runTheJob();
        assertThat(notices(ava, CareFollowUps.FOLLOW_UP_NOTICE)).as("the second comes again after the undo").isEqualTo(2);
        assertThat(call(care, HttpMethod.GET, "/api/v1/safety/incidents/" + id + "/care", null, 200)).isNotNull();
    }

    @Test
    void aPersonAsksToBeAskedAgainLater() throws Exception {
        String id = report(reporter, List.of(ava));
        String first = sendDue(id, ava, 1);
        assertThat(pageText(ava, "/safety/followups/" + first)).contains("Ask me again in 3 days");

        Instant asked = Instant.now();
        JsonNode later = call(ava, HttpMethod.POST, "/api/v1/safety/followups/" + first + "/later", null, 200);
        assertThat(later.get("status").asString()).isEqualTo("SCHEDULED");
        Instant again = Instant.parse(later.get("askAgainAt").asString());
        assertThat(Duration.between(asked, again).toHours()).isBetween(71L, 72L);
        assertThat(status(ava, HttpMethod.POST, "/api/v1/safety/followups/" + first + "/later")).isEqualTo(409);
        assertThat(call(ava, HttpMethod.GET, "/api/v1/safety/followups", null, 200).get("items"))
                .as("not waiting for an answer meanwhile").isEmpty();
        assertThat(pageText(ava, "/safety/followups/" + first)).contains("You asked to be asked again later", "Answer now instead");

        // on the day it comes back, in the app and by email, as the first time
        jdbc.sql("UPDATE safety_followup SET due_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), UUID.fromString(first)).update();
        runTheJob();
        assertThat(notices(ava, CareFollowUps.FOLLOW_UP_NOTICE)).isEqualTo(2);
        assertThat(call(ava, HttpMethod.GET, "/api/v1/safety/followups", null, 200).get("items")).hasSize(1);

        // put off on the page, then answered now after all
        assertThat(form(ava, "/safety/followups/" + first + "/later").getRedirectedUrl()).isEqualTo("/safety/followups/" + first);
        form(ava, "/safety/followups/" + first + "/undo");
        assertThat(call(ava, HttpMethod.GET, "/api/v1/safety/followups/" + first, null, 200).get("status").asString())
                .isEqualTo("SENT");
        assertThat(status(bo, HttpMethod.POST, "/api/v1/safety/followups/" + first + "/later")).as("someone else's").isEqualTo(404);
    }

    @Test
    void aCheckInRequestBecomesATaskToo() throws Exception {
        String id = report(reporter, List.of());
        call(reporter, HttpMethod.POST, "/api/v1/safety/incidents/" + id + "/check-in", null, 204);
        call(reporter, HttpMethod.POST, "/api/v1/safety/incidents/" + id + "/check-in", null, 204);
        JsonNode tasks = call(care, HttpMethod.GET, "/api/v1/safety/care/tasks", null, 200).get("items");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("kind").asString()).isEqualTo("CHECK_IN");
        assertThat(tasks.get(0).get("person").get("name").asString()).isEqualTo(reporter.name());
        assertThat(pageText(care, "/safety/incidents/" + id + "/care")).contains("A check-in today", "Mark done");
    }

    private static @Nullable Object value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value != null ? value : row.get(column.toUpperCase(java.util.Locale.ROOT));
    }

    private long notices(CurrentUser person, String type) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE person_id = ? AND type = ?")
                .params(person.personId(), type).query(Long.class).single();
    }
}

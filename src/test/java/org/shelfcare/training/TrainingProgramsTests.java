package org.shelfcare.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.programs.Attendance;
import org.shelfcare.programs.ProgramAudience;
import org.shelfcare.programs.ProgramCategory;
import org.shelfcare.programs.ProgramDraft;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.SessionPlan;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Trainings offered as programs: a lead names the program in the catalog (page and API), staff see
 * its next sessions on "My training" with a button to register, and a colleague checked in at a
 * session gets the training recorded once: verified when a lead checked them in, waiting for review
 * when a colleague facilitating the program did.
 */
@IntegrationTest
class TrainingProgramsTests extends TrainingTestBase {

    @Autowired ProgramsManagement programs;
    @Autowired Attendance attendance;

    CurrentUser facilitator;
    CurrentUser staff;
    UUID program;
    UUID session;
    UUID trauma;

    @BeforeEach
    void library() {
        library = fixtures.library("Training Programs Library");
        lead = library.person("Lena Lead", Role.WELLNESS_LEAD);
        facilitator = library.person("Fran Facilitator");
        staff = library.person("Stan Staff");
        program = programs.create(lead, new ProgramDraft("Trauma-informed practice workshop", null,
                ProgramCategory.WORKSHOP, ProgramAudience.STAFF, false, facilitator.personId(), null, null, "Room 2",
                null, null, null, null));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(15));
        session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(2)), 12)).get(0);
        trauma = item(lead, "TRAUMA_INFORMED");
    }

    @Test
    void aLeadNamesTheProgramAndStaffSeeItsSessionsOnMyTraining() throws Exception {
        String item = api("GET", lead, "/api/v1/training/catalog/" + trauma, null, 200).toString();
        assertThat(item).contains("\"programId\":null");
        JsonNode changed = api("PUT", lead, "/api/v1/training/catalog/" + trauma, "{\"title\": \"Trauma-informed practice\", "
                + "\"format\": \"IN_PERSON\", \"programId\": \"" + program + "\"}", 200);
        assertThat(changed.get("programId").asString()).isEqualTo(program.toString());

        assertThat(api("PUT", lead, "/api/v1/training/catalog/" + trauma, "{\"title\": \"Trauma-informed practice\", "
                + "\"format\": \"IN_PERSON\", \"programId\": \"workshop\"}", 400).toString()).contains("#/programId");
        UUID forPatrons = programs.create(lead, ProgramDraft.of("Storytime", ProgramCategory.OTHER, ProgramAudience.PATRONS));
        api("PUT", lead, "/api/v1/training/catalog/" + trauma, "{\"title\": \"Trauma-informed practice\", "
                + "\"format\": \"IN_PERSON\", \"programId\": \"" + forPatrons + "\"}", 400);
        CurrentUser outsider = fixtures.library("Other Training Programs Library").admin();
        UUID theirs = programs.create(outsider, ProgramDraft.of("Their workshop", ProgramCategory.WORKSHOP,
                ProgramAudience.STAFF));
        api("POST", lead, "/api/v1/training/catalog", "{\"title\": \"Borrowed\", \"format\": \"IN_PERSON\", \"programId\": \""
                + theirs + "\"}", 404);
        assertThat(api("GET", lead, "/api/v1/training/catalog/" + trauma, null, 200).get("programId").asString())
                .isEqualTo(program.toString());

        // the catalog page names the program, and its form offers staff programs only
        assertThat(page(lead, "/training/catalog")).contains("Offered as:", "/programs/" + program);
        String form = page(lead, "/training/catalog/" + trauma);
        assertThat(form).contains("Offered as a program", "<option value=\"" + program + "\" selected>")
                .doesNotContain("Storytime");
        String kept = mvc.perform(MockMvcRequestBuilders.post("/training/catalog/" + trauma).with(Fixtures.as(lead))
                .with(csrf()).param("title", "").param("format", "IN_PERSON").param("programId", program.toString()))
                .andReturn().getResponse().getContentAsString();
        assertThat(kept).contains("Enter a title.", "<option value=\"" + program + "\" selected>");

        String mine = page(staff, "/training");
        assertThat(mine).contains("Sessions you can join", "Trauma-informed practice workshop",
                "action=\"/programs/sessions/" + session + "/register\"", ">Register<");
        programs.register(staff, session);
        assertThat(page(staff, "/training")).contains("You are registered")
                .doesNotContain("action=\"/programs/sessions/" + session + "/register\"");
    }

    @Test
    void aCheckInByALeadRecordsAVerifiedCompletionOncePerSession() throws Exception {
        link();
        programs.register(staff, session);
        UUID registration = registration(staff);
        attendance.mark(lead, session, registration, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> completions(staff).size() == 1);
        // marked absent and present again: still one
        attendance.mark(lead, session, registration, false);
        attendance.mark(lead, session, registration, true);
        awaitListeners(session);

        List<Completion> completions = completions(staff);
        assertThat(completions).hasSize(1);
        assertThat(completions.get(0).status()).isEqualTo(CompletionStatus.VERIFIED);
        assertThat(completions.get(0).completedOn()).isEqualTo(LocalDate.now(staff.zone()));
        assertThat(training.myTraining(staff)).filteredOn(r -> r.item().id().equals(trauma))
                .extracting(r -> r.lastCompleted() == null ? null : r.lastCompleted().status())
                .containsExactly(CompletionStatus.VERIFIED);
    }

    @Test
    void aCheckInByTheColleagueWhoFacilitatesWaitsForAReview() throws Exception {
        link();
        programs.register(staff, session);
        attendance.mark(facilitator, session, registration(staff), true);
        await().atMost(Duration.ofSeconds(10)).until(() -> completions(staff).size() == 1);
        assertThat(completions(staff).get(0).status()).isEqualTo(CompletionStatus.PENDING);
        assertThat(training.pending(lead)).extracting(Completion::personName).contains(staff.name());
        // a program no training names records nothing
        UUID other = programs.create(lead, ProgramDraft.of("Bring Your Own Cup", ProgramCategory.GATHERING,
                ProgramAudience.STAFF));
        Instant start = Instant.now().plus(Duration.ofDays(1));
        UUID gathering = programs.addSessions(lead, other, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 20)).get(0);
        programs.register(staff, gathering);
        UUID cup = jdbc.sql("SELECT id FROM program_registration WHERE session_id = ? AND person_id = ?")
                .params(gathering, staff.personId()).query(UUID.class).single();
        attendance.mark(lead, gathering, cup, true);
        awaitListeners(gathering);
        assertThat(completions(staff)).hasSize(1);
    }

    /** Waits until every check-in event about the session has been handled (handled ones are deleted). */
    private void awaitListeners(UUID sessionId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM event_publication"
                + " WHERE event_type LIKE '%StaffCheckedIn' AND serialized_event LIKE ?").param("%" + sessionId + "%")
                .query(Integer.class).single() == 0);
    }

    private void link() {
        CatalogItem item = training.item(lead, trauma);
        training.changeItem(lead, trauma, new ItemDraft(item.title(), item.description(), item.provider(), item.link(),
                item.format().name(), null, null, program.toString()));
    }

    private UUID registration(CurrentUser person) {
        return jdbc.sql("SELECT id FROM program_registration WHERE session_id = ? AND person_id = ?")
                .params(session, person.personId()).query(UUID.class).single();
    }

    private List<Completion> completions(CurrentUser person) {
        return training.myCompletions(person).stream().filter(c -> c.itemId().equals(trauma)).toList();
    }
}

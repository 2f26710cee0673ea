package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feedback from patrons: after the session each confirmed patron registration gets one email with
 * a personal link (once, whichever node runs the job); the public page takes one anonymous answer
 * without a cookie, a script or a CSRF token; the answer joins the staff's under the same
 * anonymity rules and keeps nothing of the registration; used, expired and another library's
 * links show a page saying so, and a made-up link 404.
 */
@IntegrationTest
class PatronFeedbackTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired PublicPrograms publicPrograms;
    @Autowired PatronFeedback feedback;
    @Autowired SessionFeedback staffFeedback;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("registrationCleanupTask") RecurringTask<Void> cleanup;

    Fixtures.Library library;
    CurrentUser lead;
    String slug;
    UUID session;

    @BeforeEach
    void sessionWithPatrons() {
        library = fixtures.library("Patron Feedback Library");
        lead = library.person("Flora Lead", Role.WELLNESS_LEAD);
        slug = directory.organization(library.id()).slug();
        UUID program = programs.create(lead, ProgramDraft.of("Pet therapy visit", ProgramCategory.PET_THERAPY,
                ProgramAudience.BOTH));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(15));
        session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 6)).get(0);
    }

    private void register(String name, String email, int party, java.util.Locale locale) {
        publicPrograms.register(directory.organization(library.id()), session, name, email, party, "10.9." + UUID.randomUUID(),
                locale);
    }

    private void endedAgo(Duration ago) {
        Instant end = Instant.now().minus(ago);
        jdbc.sql("UPDATE program_session SET starts_at = ?, ends_at = ? WHERE id = ?")
                .params(Timestamp.from(end.minus(Duration.ofHours(1))), Timestamp.from(end), session).update();
    }

    private List<String> links(String recipient) {
        List<String> links = new ArrayList<>();
        for (String body : jdbc.sql("SELECT body_text FROM email_outbox WHERE recipient = ? AND org_id = ? AND subject LIKE ?")
                .params(recipient, library.id(), "%Pet therapy visit%").query(String.class).list()) {
            Matcher link = Pattern.compile("(/p/" + slug + "/programs/feedback/[A-Za-z0-9_-]+)").matcher(body);
            while (link.find()) {
                links.add(link.group(1));
            }
        }
        return links;
    }

    @Test
    void eachConfirmedPatronIsAskedOnceAndAnswersAnonymouslyOnce() throws Exception {
        CurrentUser colleague = library.person("Cora Colleague");
        programs.register(colleague, session);
        register("Ana", "ana@example.org", 2, java.util.Locale.ENGLISH);
        register("Ben", "ben@example.org", 2, java.util.Locale.forLanguageTag("es"));
        register("Cy", "cy@example.org", 3, java.util.Locale.ENGLISH);
        assertThat(jdbc.sql("SELECT status FROM program_registration WHERE email = 'cy@example.org' AND session_id = ?")
                .param(session).query(String.class).single()).isEqualTo("WAITLISTED");

        assertThat(feedback.askPatrons(Instant.now())).as("nothing before the session ends").isZero();
        endedAgo(Duration.ofHours(1));
        assertThat(feedback.askPatrons(Instant.now())).as("Ana and Ben, not the waitlist nor staff").isEqualTo(2);
        assertThat(feedback.askPatrons(Instant.now())).as("once only, whichever node runs it").isZero();
        assertThat(links("ana@example.org")).hasSize(1);
        assertThat(links("cy@example.org")).isEmpty();
        String spanish = jdbc.sql("SELECT subject FROM email_outbox WHERE recipient = 'ben@example.org' AND org_id = ? AND subject LIKE '¿Qué tal%'")
                .param(library.id()).query(String.class).single();
        assertThat(spanish).isEqualTo("¿Qué tal fue Pet therapy visit?");
        String link = links("ana@example.org").get(0);

        MvcResult opened = mvc.perform(MockMvcRequestBuilders.get(link).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        assertThat(opened.getResponse().getContentAsString()).contains("How was the session?", "Pet therapy visit",
                "Your answer is anonymous").doesNotContain("<script", "_csrf", "ana@example.org");
        assertThat(opened.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(opened.getRequest().getSession(false)).isNull();

        MockHttpServletResponse noRating = mvc.perform(MockMvcRequestBuilders.post(link).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("comment", "Lovely dogs")).andReturn().getResponse();
        assertThat(noRating.getContentAsString()).contains("Choose how the session was for you.", "Lovely dogs");

        MockHttpServletResponse answered = mvc.perform(MockMvcRequestBuilders.post(link).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("rating", "5").param("comment", "Lovely dogs"))
                .andReturn().getResponse();
        assertThat(answered.getStatus()).as("no CSRF token needed").isEqualTo(200);
        assertThat(answered.getContentAsString()).contains("Thank you: your feedback is in.");
        assertThat(jdbc.sql("SELECT rating || ' ' || comment FROM program_feedback WHERE session_id = ?").param(session)
                .query(String.class).list()).as("the answer, and nothing of who gave it").containsExactly("5 Lovely dogs");

        MockHttpServletResponse again = mvc.perform(MockMvcRequestBuilders.post(link).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("rating", "1")).andReturn().getResponse();
        assertThat(again.getContentAsString()).contains("This feedback link has been used already.");
        assertThat(mvc.perform(MockMvcRequestBuilders.get(link)).andReturn().getResponse().getContentAsString())
                .contains("This feedback link has been used already.").doesNotContain("<form");
        assertThat(jdbc.sql("SELECT count(*) FROM program_feedback WHERE session_id = ?").param(session)
                .query(Integer.class).single()).isEqualTo(1);

        String made = link.substring(0, link.length() - 3) + (link.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(mvc.perform(MockMvcRequestBuilders.get(made)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs/feedback/nonsense")).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void patronAnswersJoinTheStaffsUnderTheSameThreshold() throws Exception {
        List<CurrentUser> staff = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CurrentUser person = library.person("Staff " + i);
            programs.register(person, session);
            staff.add(person);
        }
        register("Dora", "dora@example.org", 1, java.util.Locale.ENGLISH);
        register("Eli", "eli@example.org", 1, java.util.Locale.ENGLISH);
        endedAgo(Duration.ofHours(2));
        feedback.askPatrons(Instant.now());
        for (CurrentUser person : staff.subList(0, 2)) {
            staffFeedback.give(person, session, 4, null);
        }
        answer(links("dora@example.org").get(0), "2");
        answer(links("eli@example.org").get(0), "5");
        assertThat(staffFeedback.summary(lead, session).answers()).as("4 answers: under k = 5").isNull();
        staffFeedback.give(staff.get(2), session, 3, null);
        FeedbackSummary results = staffFeedback.summary(lead, session);
        assertThat(results.answers()).as("3 from staff, 2 from patrons").isEqualTo(5);
        assertThat(results.ratings()).containsEntry(2, 1).containsEntry(3, 1).containsEntry(4, 2).containsEntry(5, 1);
        assertThat(jdbc.sql("SELECT count(*) FROM program_feedback_given WHERE session_id = ?").param(session)
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void expiredAndAnotherLibrarysLinksSaySoAndTakeNoAnswer() throws Exception {
        register("Fay", "fay@example.org", 1, java.util.Locale.ENGLISH);
        register("Gus", "gus@example.org", 1, java.util.Locale.ENGLISH);
        endedAgo(Duration.ofHours(3));
        feedback.askPatrons(Instant.now());
        String fay = links("fay@example.org").get(0);
        String gus = links("gus@example.org").get(0);

        Fixtures.Library other = fixtures.library("Other Feedback Library");
        String otherSlug = directory.organization(other.id()).slug();
        String foreign = fay.replace("/p/" + slug + "/", "/p/" + otherSlug + "/");
        MockHttpServletResponse elsewhere = mvc.perform(MockMvcRequestBuilders.get(foreign)).andReturn().getResponse();
        assertThat(elsewhere.getStatus()).isEqualTo(200);
        assertThat(elsewhere.getContentAsString()).contains("This feedback link is for another library.")
                .doesNotContain("Pet therapy visit", "<form");
        mvc.perform(MockMvcRequestBuilders.post(foreign).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("rating", "3"));

        endedAgo(SessionFeedback.WINDOW.plus(Duration.ofHours(1)));
        MockHttpServletResponse expired = mvc.perform(MockMvcRequestBuilders.post(gus)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("rating", "3")).andReturn().getResponse();
        assertThat(expired.getContentAsString()).contains("This feedback link no longer works", "14 days")
                .doesNotContain("{0}", "<form");
        assertThat(jdbc.sql("SELECT count(*) FROM program_feedback WHERE session_id = ?").param(session)
                .query(Integer.class).single()).isZero();
        assertThat(feedback.askPatrons(Instant.now())).as("nobody asked after the window").isZero();
    }

    @Test
    void theCleanupAsksPatronsBeforeItDeletesTheirRegistration() {
        register("Hal", "hal@example.org", 1, java.util.Locale.ENGLISH);
        jdbc.sql("INSERT INTO program_settings (org_id, keep_registrations_days) VALUES (?, 1)").param(library.id())
                .update();
        endedAgo(Duration.ofDays(2));
        cleanup.execute(null, null);
        assertThat(links("hal@example.org")).as("asked first").hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM program_registration WHERE session_id = ?").param(session)
                .query(Integer.class).single()).as("then deleted: 1 day kept").isZero();
    }

    private void answer(String link, String rating) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post(link)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("rating", rating)).andReturn().getResponse();
        assertThat(response.getContentAsString()).as(link).contains("Thank you: your feedback is in.");
    }
}

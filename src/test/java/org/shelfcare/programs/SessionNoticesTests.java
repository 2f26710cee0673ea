package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reminder the day before a session (once per confirmed registration, whoever runs the job,
 * none for the waitlist, a later session or a cancelled one) and the notice to everyone registered
 * when a session is cancelled, staff in the app, patrons by email in their language.
 */
@IntegrationTest
class SessionNoticesTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired SessionNotices notices;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser lead;
    CurrentUser staff;
    String slug;
    UUID program;
    UUID tomorrow;
    UUID later;

    @BeforeEach
    void library() {
        library = fixtures.library("Reminder Library");
        lead = library.person("Lee Lead", Role.WELLNESS_LEAD);
        staff = library.person("Sam Staff");
        slug = directory.organization(library.id()).slug();
        ZoneId zone = directory.organization(library.id()).zone();
        program = programs.create(lead, new ProgramDraft("Pet therapy visit", null, ProgramCategory.PET_THERAPY,
                ProgramAudience.BOTH, false, null, "Biscuit and handler", null, "Story room", null, null, null, null));
        Instant start = ZonedDateTime.of(ZonedDateTime.now(zone).toLocalDate().plusDays(1), LocalTime.of(17, 0), zone)
                .toInstant();
        tomorrow = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 2)).get(0);
        Instant inThree = start.plus(Duration.ofDays(2));
        later = programs.addSessions(lead, program, SessionPlan.once(inThree, inThree.plus(Duration.ofHours(1)), 2)).get(0);
    }

    @Test
    void eachConfirmedRegistrationOfASessionTomorrowGetsOneReminderAndASecondRunSendsNothing() throws Exception {
        programs.register(staff, tomorrow);
        assertThat(register(tomorrow, "Ana", "ana@example.org", Locale.ENGLISH)).isEqualTo(201);
        assertThat(register(tomorrow, "Wes", "wes@example.org", Locale.ENGLISH)).as("waitlisted").isEqualTo(201);
        assertThat(register(later, "Lou", "lou@example.org", Locale.ENGLISH)).isEqualTo(201);

        assertThat(notices.sendReminders(Instant.now())).isEqualTo(2);

        assertThat(notifications(staff.personId(), SessionNotices.REMINDER_NOTICE)).isEqualTo(1);
        List<String> subjects = subjects("ana@example.org");
        assertThat(subjects).containsOnlyOnce("Tomorrow: Pet therapy visit");
        assertThat(subjects("wes@example.org")).noneMatch(s -> s.startsWith("Tomorrow"));
        assertThat(subjects("lou@example.org")).noneMatch(s -> s.startsWith("Tomorrow"));

        String body = jdbc.sql("SELECT body_text FROM email_outbox WHERE recipient = ? AND org_id = ? AND subject = ?")
                .params("ana@example.org", library.id(), "Tomorrow: Pet therapy visit").query(String.class).single();
        assertThat(body).contains("Story room", "one person");
        Matcher link = Pattern.compile("(/p/" + slug + "/programs/registrations/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as("a cancel link in %s", body).isTrue();
        assertThat(mvc.perform(MockMvcRequestBuilders.get(link.group(1))).andReturn().getResponse().getContentAsString())
                .contains("Cancel your registration for \"Pet therapy visit\"");

        assertThat(notices.sendReminders(Instant.now())).as("a second run").isZero();
        assertThat(subjects("ana@example.org")).containsOnlyOnce("Tomorrow: Pet therapy visit");
        assertThat(notifications(staff.personId(), SessionNotices.REMINDER_NOTICE)).isEqualTo(1);
    }

    @Test
    void aCancelledSessionGetsNoReminderAndEveryoneRegisteredIsToldInTheirLanguage() throws Exception {
        programs.register(staff, tomorrow);
        assertThat(register(tomorrow, "Ana", "ana@example.org", Locale.forLanguageTag("es"))).isEqualTo(201);
        assertThat(register(tomorrow, "Wes", "wes@example.org", Locale.ENGLISH)).as("waitlisted").isEqualTo(201);

        programs.cancelSession(lead, tomorrow);

        assertThat(notifications(staff.personId(), SessionNotices.CANCELLED_NOTICE)).isEqualTo(1);
        assertThat(subjects("ana@example.org")).contains("Cancelada: Pet therapy visit");
        assertThat(subjects("wes@example.org")).contains("Cancelled: Pet therapy visit");
        String body = jdbc.sql("SELECT body_text FROM email_outbox WHERE recipient = ? AND org_id = ? AND subject = ?")
                .params("wes@example.org", library.id(), "Cancelled: Pet therapy visit").query(String.class).single();
        assertThat(body).contains("Pet therapy visit", "was cancelled");

        programs.cancelSession(lead, tomorrow);
        assertThat(subjects("wes@example.org")).as("cancelling again tells no one twice")
                .containsOnlyOnce("Cancelled: Pet therapy visit");
        assertThat(notices.sendReminders(Instant.now())).as("no reminder for a cancelled session").isZero();
    }

    private int register(UUID session, String name, String email, Locale locale) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/p/" + slug + "/programs/sessions/" + session + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).locale(locale)
                .header("Accept-Language", locale.toLanguageTag())
                .content(json.writeValueAsString(Map.of("name", name, "email", email, "partySize", 1))))
                .andReturn().getResponse().getStatus();
    }

    private List<String> subjects(String recipient) {
        return jdbc.sql("SELECT subject FROM email_outbox WHERE recipient = ? AND org_id = ?")
                .params(recipient, library.id()).query(String.class).list();
    }

    private int notifications(UUID personId, String type) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE person_id = ? AND type = ?").params(personId, type)
                .query(Integer.class).single();
    }
}

package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * "Add to calendar": one session as an iCalendar file, for staff who can see it and, for published
 * patron sessions, on the library's public pages without a cookie; linked from the program page
 * and the public listing.
 */
@IntegrationTest
class SessionCalendarTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;

    Fixtures.Library library;
    CurrentUser lead;
    CurrentUser staff;
    String slug;
    UUID patronSession;
    UUID staffSession;
    UUID draftSession;

    @BeforeEach
    void library() {
        library = fixtures.library("Calendar Library");
        lead = library.person("Lee Lead", Role.WELLNESS_LEAD);
        staff = library.person("Sam Staff");
        slug = directory.organization(library.id()).slug();
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(5)).plus(Duration.ofHours(17));
        UUID poetry = programs.create(lead, new ProgramDraft("Poetry club for teens", "Bring a poem you love.",
                ProgramCategory.POETRY_CLUB, ProgramAudience.PATRONS, false, null, null, null, "Teen room", null, null,
                13, 18));
        patronSession = programs.addSessions(lead, poetry, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10))
                .get(0);
        UUID cup = programs.create(lead, ProgramDraft.of("Bring Your Own Cup", ProgramCategory.GATHERING,
                ProgramAudience.STAFF));
        staffSession = programs.addSessions(lead, cup, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 20)).get(0);
        UUID draft = programs.create(lead, new ProgramDraft("Secret draft", null, ProgramCategory.OTHER,
                ProgramAudience.STAFF, true, null, null, null, null, null, null, null, null));
        draftSession = programs.addSessions(lead, draft, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 5)).get(0);
    }

    @Test
    void staffDownloadASessionTheyCanSeeAndThePageLinksIt() throws Exception {
        MockHttpServletResponse ics = mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + staffSession + ".ics")
                .with(Fixtures.as(staff))).andReturn().getResponse();
        assertThat(ics.getStatus()).isEqualTo(200);
        assertThat(ics.getContentType()).startsWith("text/calendar");
        String body = ics.getContentAsString();
        assertThat(body).contains("BEGIN:VEVENT", "SUMMARY:Bring Your Own Cup", staffSession + "@programs.shelfcare",
                "STATUS:CONFIRMED");
        assertThat(body.split("BEGIN:VEVENT", -1)).as("one event").hasSize(2);

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + draftSession + ".ics")
                .with(Fixtures.as(staff))).andReturn().getResponse().getStatus()).as("another's draft").isEqualTo(404);
        CurrentUser stranger = fixtures.library("Other Calendar Library").person("Oda Admin", Role.ADMIN);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + staffSession + ".ics")
                .with(Fixtures.as(stranger))).andReturn().getResponse().getStatus()).as("another library").isEqualTo(404);

        UUID program = programs.programOf(staff, staffSession);
        String page = mvc.perform(MockMvcRequestBuilders.get("/programs/" + program).with(Fixtures.as(staff))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/programs/sessions/" + staffSession + ".ics\"", "Add to calendar");

        programs.cancelSession(lead, staffSession);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/programs/sessions/" + staffSession + ".ics")
                .with(Fixtures.as(staff))).andReturn().getResponse().getContentAsString()).contains("STATUS:CANCELLED");
    }

    @Test
    void patronsDownloadAPublishedPatronSessionWithoutACookieAndTheListingLinksIt() throws Exception {
        MockHttpServletResponse ics = mvc.perform(MockMvcRequestBuilders
                .get("/p/" + slug + "/programs/sessions/" + patronSession + ".ics")).andReturn().getResponse();
        assertThat(ics.getStatus()).isEqualTo(200);
        assertThat(ics.getContentType()).startsWith("text/calendar");
        assertThat(ics.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(ics.getContentAsString()).contains("SUMMARY:Poetry club for teens", "LOCATION:Teen room",
                "DESCRIPTION:Bring a poem you love.", patronSession + "@programs.shelfcare");

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs/sessions/" + staffSession + ".ics"))
                .andReturn().getResponse().getStatus()).as("a staff session").isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs/sessions/" + UUID.randomUUID() + ".ics"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        String listing = mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString();
        assertThat(listing).contains("href=\"/p/" + slug + "/programs/sessions/" + patronSession + ".ics\"",
                "Añadir al calendario");
    }
}

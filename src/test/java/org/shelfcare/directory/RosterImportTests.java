package org.shelfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RosterImportTests {

    private static final String HEADER = "name,email,username,branch,department,job_title,roles,supervisor_email\n";
    private static final Pattern CONFIRM = Pattern.compile("/admin/people/import/([0-9a-f-]{36})/confirm");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void thePreviewListsEveryProblemAndSavesNothing() throws Exception {
        Fixtures.Library library = library("Preview Library");
        CurrentUser colleague = library.person("Taken Colleague");
        int n = library.number();
        String roster = HEADER
                + "Ana Valid,ana" + n + "@lib.example,,Central,Circulation,Clerk,STAFF,\n"
                + "Bad Email,not-an-email,,,,,,\n"
                + "No Login,,,,,,,\n"
                + "Ana Again,ANA" + n + "@lib.example,,,,,,\n"
                + "Taken,\"" + colleague.email() + "\",,,,,,\n"
                + "Lost Branch,lost" + n + "@lib.example,,Nowhere,,,,\n"
                + "Lost Department,dept" + n + "@lib.example,,,Astrology,,,\n"
                + "Odd Role,odd" + n + "@lib.example,,,,,STAFF;WIZARD,\n"
                + "Lost Boss,boss" + n + "@lib.example,,,,,,nobody" + n + "@lib.example\n"
                + "N" + "a".repeat(200) + ",long" + n + "@lib.example,,,,,,\n"
                + "<script>alert(1)</script>,markup" + n + "@lib.example,,,,,,\n"
                + "Operator Wish,op" + n + "@lib.example,,,,,OPERATOR,\n";
        int before = people(library);

        MockHttpServletResponse page = upload(library.admin(), roster.getBytes(StandardCharsets.UTF_8), null);

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("10 of 12 rows have problems").contains("Nothing has been saved.")
                .contains("Please enter an email address like name@library.org.")
                .contains("Please give an email address or, for staff without one, a username.")
                .contains("This also appears in row 2 of the file.")
                .contains("Someone already uses this email address.")
                .contains("There is no branch called \"Nowhere\".")
                .contains("There is no department called \"Astrology\".")
                .contains("Unknown role: WIZARD.")
                .contains("Nobody with the email nobody" + n + "@lib.example is here or in this file.")
                .contains("Please keep this to 200 characters or fewer.")
                .contains("The operator role cannot be given to people.")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .doesNotContainPattern(CONFIRM.pattern());
        assertThat(people(library)).isEqualTo(before);
    }

    @Test
    void confirmingInvitesTheWholeRosterAndHandsOutTheLinks() throws Exception {
        Fixtures.Library library = library("Confirm Library");
        CurrentUser boss = library.person("Existing Boss", Role.SUPERVISOR);
        int n = library.number();
        String roster = "\uFEFF" + HEADER
                + "Dana Director,dana" + n + "@lib.example,,Central,Circulation,Director,ADMIN|SUPERVISOR,\n"
                + "Lee Lead,lee" + n + "@lib.example,,Central,Circulation,Circulation Lead,SUPERVISOR,dana" + n + "@lib.example\n"
                + "Pat Page,,pat.page" + n + ",Central,Circulation,Page,,lee" + n + "@lib.example\n"
                + "\"=Sum Shelver\",,sum.shelver" + n + ",,,Shelver,,\"" + boss.email() + "\"\n";

        MockHttpServletResponse preview = upload(library.admin(), roster.getBytes(StandardCharsets.UTF_8), null);
        assertThat(preview.getContentAsString()).contains("All 4 rows are ready. Nothing has been saved yet.");
        Cookie session = PeopleAdministrationTests.sessionCookie(preview);
        Matcher confirm = CONFIRM.matcher(preview.getContentAsString());
        assertThat(confirm.find()).isTrue();
        assertThat(people(library)).isEqualTo(2);

        MockHttpServletResponse done = mvc.perform(post(confirm.group()).with(csrf()).with(Fixtures.as(library.admin()))
                .cookie(session)).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/admin/people/import/" + confirm.group(1));
        assertThat(people(library)).isEqualTo(6);
        assertThat(supervisorOf("pat.page" + n)).isEqualTo(idOf("lee" + n + "@lib.example"));
        assertThat(supervisorOf("lee" + n + "@lib.example")).isEqualTo(idOf("dana" + n + "@lib.example"));
        assertThat(supervisorOf("sum.shelver" + n)).isEqualTo(boss.personId());
        assertThat(jdbc.sql("SELECT count(*) FROM person_role WHERE person_id = ? AND role = 'ADMIN'")
                .param(idOf("dana" + n + "@lib.example")).query(Integer.class).single()).isEqualTo(1);

        String result = mvc.perform(get(done.getRedirectedUrl()).with(Fixtures.as(library.admin())).cookie(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(result).contains("4 people were invited.").contains("Pat Page").contains("data-copy=\"link-2\"");
        Matcher link = Pattern.compile("value=\"http://localhost/invitations/([^\"]+)\"").matcher(result);
        assertThat(link.find()).isTrue();
        assertThat(fixtures.directory().pendingInvitation(link.group(1))).isPresent();

        MockHttpServletResponse csv = mvc.perform(get(done.getRedirectedUrl() + "/links.csv")
                .with(Fixtures.as(library.admin())).cookie(session)).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
        assertThat(csv.getContentAsString()).startsWith("name,login,invitation_link")
                .contains("Pat Page,pat.page" + n + ",http://localhost/invitations/")
                .contains("'=Sum Shelver");

        // the preview cannot be confirmed twice, and another admin's session has nothing to confirm
        assertThat(mvc.perform(post(confirm.group()).with(csrf()).with(Fixtures.as(library.admin())).cookie(session))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRosterOfTenThousandRowsIsRefused() throws Exception {
        Fixtures.Library library = library("Big Roster Library");
        StringBuilder roster = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            roster.append("Person ").append(i).append(",big").append(i).append("@lib").append(library.number())
                    .append(".example,,,,,,\n");
        }
        byte[] bytes = roster.toString().getBytes(StandardCharsets.UTF_8);

        MockHttpServletResponse page = upload(library.admin(), bytes, null);
        assertThat(page.getStatus()).isEqualTo(413);
        assertThat(page.getContentAsString()).contains("This file has more than 5,000 rows. Split it into smaller files.");

        MockHttpServletResponse api = mvc.perform(post("/api/v1/people/import").with(csrf())
                .with(Fixtures.as(library.admin())).contentType("text/csv").content(bytes)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(413);
        assertThat(api.getContentAsString()).contains("more than 5,000 rows");
        assertThat(people(library)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotUtf8GetsAClearMessageInThePersonsLanguage() throws Exception {
        Fixtures.Library library = library("Encoding Library");
        byte[] latin1 = (HEADER + "José Núñez,jose@lib.example,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);

        MockHttpServletResponse page = upload(library.admin(), latin1, null);
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("This file is not UTF-8 text.");

        MockHttpServletResponse spanish = upload(library.admin(), latin1, "es");
        assertThat(spanish.getContentAsString()).contains("Este archivo no es texto UTF-8.");

        MockHttpServletResponse header = upload(library.admin(), "name,mail\nX,x@lib.example\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(header.getStatus()).isEqualTo(400);
        assertThat(header.getContentAsString()).contains("The first line must be exactly: name,email,username,branch,"
                + "department,job_title,roles,supervisor_email");
        assertThat(people(library)).isEqualTo(1);
    }

    @Test
    void theApiAnswersEachProblemWithAPointerOrInvitesEveryone() throws Exception {
        Fixtures.Library library = library("Roster API Library");
        int n = library.number();
        String bad = HEADER + "Good Row,good" + n + "@lib.example,,,,,,\n" + "Bad Row,not-an-email,,Nowhere,,,,\n";
        MockHttpServletResponse problems = mvc.perform(post("/api/v1/people/import").queryParam("dryRun", "true")
                .with(csrf()).with(Fixtures.as(library.admin())).contentType("text/csv").content(bad))
                .andReturn().getResponse();
        assertThat(problems.getStatus()).isEqualTo(400);
        assertThat(problems.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(problems.getContentAsString()).contains("\"pointer\":\"#/rows/3/email\"")
                .contains("\"pointer\":\"#/rows/3/branch\"").doesNotContain("#/rows/2/");

        String good = HEADER + "Good Row,good" + n + "@lib.example,,,,,,\n" + "Other Row,,other.row" + n + ",,,,,\n";
        MockHttpServletResponse dryRun = mvc.perform(post("/api/v1/people/import").queryParam("dryRun", "true")
                .with(csrf()).with(Fixtures.as(library.admin())).contentType("text/csv").content(good))
                .andReturn().getResponse();
        assertThat(dryRun.getStatus()).isEqualTo(200);
        assertThat(people(library)).isEqualTo(1);

        MockHttpServletResponse created = mvc.perform(post("/api/v1/people/import").with(csrf())
                .with(Fixtures.as(library.admin())).contentType("text/csv").content(good)).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"ids\":[").contains("\"invitationUrl\":\"http://localhost/invitations/");
        assertThat(people(library)).isEqualTo(3);

        MockHttpServletResponse again = mvc.perform(post("/api/v1/people/import").with(csrf())
                .with(Fixtures.as(library.admin())).contentType("text/csv").content(good)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains("#/rows/2/email").contains("#/rows/3/username");
        assertThat(people(library)).isEqualTo(3);
    }

    private MockHttpServletResponse upload(CurrentUser admin, byte[] content, @org.jspecify.annotations.Nullable String language)
            throws Exception {
        var request = multipart("/admin/people/import").file(new MockMultipartFile("file", "roster.csv", "text/csv", content))
                .with(csrf()).with(Fixtures.as(admin));
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A library with a branch and a department to import into. */
    private Fixtures.Library library(String name) {
        Fixtures.Library library = fixtures.library(name);
        jdbc.sql("INSERT INTO branch (id, org_id, name) VALUES (?, ?, 'Central')").params(UUID.randomUUID(), library.id()).update();
        jdbc.sql("INSERT INTO department (id, org_id, name) VALUES (?, ?, 'Circulation')").params(UUID.randomUUID(), library.id()).update();
        return library;
    }

    private int people(Fixtures.Library library) {
        return jdbc.sql("SELECT count(*) FROM person WHERE org_id = ?").param(library.id()).query(Integer.class).single();
    }

    private UUID idOf(String login) {
        return jdbc.sql("SELECT id FROM person WHERE email = ? OR username = ?").params(login, login).query(UUID.class).single();
    }

    private UUID supervisorOf(String login) {
        return jdbc.sql("SELECT supervisor_id FROM person WHERE email = ? OR username = ?").params(login, login)
                .query(UUID.class).single();
    }
}

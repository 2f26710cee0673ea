package org.shelfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The roster's optional start_date column: YYYY-MM-DD as on the person's page, shown in the
 * preview as written, a bad date a problem of its row, and the date kept for everyone imported.
 */
@IntegrationTest
class RosterStartDateTests {

    private static final String HEADER = "name,email,username,branch,department,job_title,roles,supervisor_email,start_date\n";
    private static final Pattern CONFIRM = Pattern.compile("/admin/people/import/([0-9a-f-]{36})/confirm");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void thePreviewShowsStartDatesAndABadOneIsAProblemOfItsRow() throws Exception {
        Fixtures.Library library = fixtures.library("Start Date Preview Library");
        int n = library.number();
        String roster = HEADER
                + "Ada Dated,ada" + n + "@lib.example,,,,,,,2024-09-02\n"
                + "Ben Blank,ben" + n + "@lib.example,,,,,,,\n"
                + "Cal Month,cal" + n + "@lib.example,,,,,,,2024-13-01\n"
                + "Dee Slash,dee" + n + "@lib.example,,,,,,,09/02/2024\n"
                + "Eve Later,eve" + n + "@lib.example,,,,,,," + LocalDate.now().plusYears(2) + "\n";
        int before = people(library);

        MockHttpServletResponse page = upload(library.admin(), roster, null);

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("<th scope=\"col\">Start date</th>", "<td>2024-09-02</td>", "<td>09/02/2024</td>")
                .contains("3 of 5 rows have problems")
                .contains("<strong>Start date:</strong> Enter the start date as YYYY-MM-DD, no more than a year from now.")
                .doesNotContainPattern(CONFIRM.pattern());
        assertThat(people(library)).isEqualTo(before);

        MockHttpServletResponse spanish = upload(library.admin(), roster, "es");
        assertThat(spanish.getContentAsString()).contains("<strong>Fecha de inicio:</strong> Escriba la fecha de inicio "
                + "como AAAA-MM-DD");

        MockHttpServletResponse api = mvc.perform(post("/api/v1/people/import").with(csrf())
                .with(Fixtures.as(library.admin())).contentType("text/csv").content(roster)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString()).contains("#/rows/4/start_date", "#/rows/5/start_date", "#/rows/6/start_date")
                .doesNotContain("#/rows/2/start_date").doesNotContain("#/rows/3/start_date");
        assertThat(people(library)).isEqualTo(before);
    }

    @Test
    void confirmingKeepsEachPersonsStartDate() throws Exception {
        Fixtures.Library library = fixtures.library("Start Date Confirm Library");
        int n = library.number();
        // the column may come anywhere in the header
        String roster = "name,start_date,email,username,branch,department,job_title,roles,supervisor_email\n"
                + "Ada Dated,2024-09-02,ada" + n + "@lib.example,,,,,,\n"
                + "Ben Blank,,,ben.blank" + n + ",,,,,\n";

        MockHttpServletResponse preview = upload(library.admin(), roster, null);
        assertThat(preview.getContentAsString()).contains("All 2 rows are ready.", "<td>2024-09-02</td>");
        Cookie session = PeopleAdministrationTests.sessionCookie(preview);
        Matcher confirm = CONFIRM.matcher(preview.getContentAsString());
        assertThat(confirm.find()).isTrue();
        MockHttpServletResponse done = mvc.perform(post(confirm.group()).with(csrf()).with(Fixtures.as(library.admin()))
                .cookie(session)).andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(302);

        assertThat(startedOn("ada" + n + "@lib.example")).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(startedOn("ben.blank" + n)).isNull();
        // the person's page shows the date the import kept
        UUID ada = jdbc.sql("SELECT id FROM person WHERE email = ?").param("ada" + n + "@lib.example")
                .query(UUID.class).single();
        assertThat(mvc.perform(get("/admin/people/" + ada).with(Fixtures.as(library.admin()))).andReturn().getResponse()
                .getContentAsString()).contains("value=\"2024-09-02\"");
    }

    @Test
    void theApiImportsStartDatesAndTheTemplateAndPageExplainTheColumn() throws Exception {
        Fixtures.Library library = fixtures.library("Start Date API Library");
        int n = library.number();
        String roster = HEADER + "Fay First,fay" + n + "@lib.example,,,,,,,2025-01-06\n";
        MockHttpServletResponse created = mvc.perform(post("/api/v1/people/import").with(csrf())
                .with(Fixtures.as(library.admin())).contentType("text/csv").content(roster)).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(startedOn("fay" + n + "@lib.example")).isEqualTo(LocalDate.of(2025, 1, 6));

        String template = mvc.perform(get("/admin/people/import/template.csv").with(Fixtures.as(library.admin())))
                .andReturn().getResponse().getContentAsString();
        assertThat(template).startsWith(HEADER.strip() + "\r\n").contains(",2024-09-02\r\n");
        String page = mvc.perform(get("/admin/people/import").with(Fixtures.as(library.admin())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You may add the column start_date", "as YYYY-MM-DD");

        MockHttpServletResponse header = upload(library.admin(), "name,mail,start_date\nX,x@lib.example,\n", null);
        assertThat(header.getStatus()).isEqualTo(400);
        assertThat(header.getContentAsString()).contains("The first line must be exactly: name,email,username,branch,"
                + "department,job_title,roles,supervisor_email. You may add the column start_date.");
    }

    private MockHttpServletResponse upload(CurrentUser admin, String content, @Nullable String language) throws Exception {
        var request = multipart("/admin/people/import").file(new MockMultipartFile("file", "roster.csv", "text/csv",
                content.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(Fixtures.as(admin));
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private int people(Fixtures.Library library) {
        return jdbc.sql("SELECT count(*) FROM person WHERE org_id = ?").param(library.id()).query(Integer.class).single();
    }

    private @Nullable LocalDate startedOn(String login) {
        return jdbc.sql("SELECT started_on FROM person WHERE email = ? OR username = ?").params(login, login)
                .query(LocalDate.class).list().get(0);
    }
}

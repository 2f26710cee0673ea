package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The embeddable listing: framed only by the websites the library's admin lists ({@code
 * frame-ancestors 'none'} with none), no cookie, no script, links opening in a new tab, 404 for a
 * deactivated library or programs switched off; and the settings form that keeps the list.
 */
@IntegrationTest
class EmbedTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired EmbedOrigins origins;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser lead;
    String slug;
    UUID session;

    @BeforeEach
    void library() {
        library = fixtures.library("Embed Library");
        lead = library.person("Lee Lead", Role.WELLNESS_LEAD);
        slug = directory.organization(library.id()).slug();
        UUID teens = programs.create(lead, ProgramDraft.of("Journaling for teens", ProgramCategory.JOURNALING,
                ProgramAudience.PATRONS));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(5)).plus(Duration.ofHours(17));
        session = programs.addSessions(lead, teens, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 12)).get(0);
        UUID staff = programs.create(lead, ProgramDraft.of("Staff yoga", ProgramCategory.GUIDED_MEDITATION,
                ProgramAudience.STAFF));
        programs.addSessions(lead, staff, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 5));
    }

    private MockHttpServletResponse embed() throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/embed").accept(MediaType.TEXT_HTML)).andReturn()
                .getResponse();
    }

    @Test
    void byDefaultNoWebsiteMayFrameTheListingWhichSetsNoCookieAndLoadsNoScript() throws Exception {
        MockHttpServletResponse page = embed();
        assertThat(page.getStatus()).isEqualTo(200);
        String csp = page.getHeader("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'", "default-src 'none'").doesNotContain("script-src");
        assertThat(page.getHeaders("Content-Security-Policy")).hasSize(1);
        assertThat(page.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        String html = page.getContentAsString();
        assertThat(html).contains("Journaling for teens", "12 seats left",
                "href=\"/p/" + slug + "/programs/sessions/" + session + "\" target=\"_blank\" rel=\"noopener\"")
                .doesNotContain("Staff yoga", "<script", "_csrf");
    }

    @Test
    void theWebsitesTheAdminListsMayFrameItAndOnlyThisPageLeavesXFrameOptionsOut() throws Exception {
        MockHttpServletResponse saved = mvc.perform(MockMvcRequestBuilders.post("/programs/settings")
                .with(Fixtures.as(library.admin())).with(csrf()).accept(MediaType.TEXT_HTML)
                .param("origins", "https://www.Library.example/\nhttps://branch.library.example:8443, http://localhost:3000"))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        MockHttpServletResponse page = embed();
        assertThat(page.getHeader("Content-Security-Policy")).contains(
                "frame-ancestors http://localhost:3000 https://branch.library.example:8443 https://www.library.example")
                .doesNotContain("frame-ancestors 'none'");
        assertThat(page.getHeader("X-Frame-Options")).isNull();
        assertThat(page.getHeader(HttpHeaders.SET_COOKIE)).isNull();

        // every other page keeps the instance's policy
        MockHttpServletResponse listing = mvc.perform(MockMvcRequestBuilders.get("/p/" + slug + "/programs")).andReturn()
                .getResponse();
        assertThat(listing.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(listing.getHeader("X-Frame-Options")).isEqualTo("DENY");

        String form = mvc.perform(MockMvcRequestBuilders.get("/programs/settings").with(Fixtures.as(library.admin()))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("https://www.library.example", "/p/" + slug + "/embed");

        // clearing the list closes the frame again
        origins.replace(library.admin(), " ");
        assertThat(embed().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void aBadWebsiteIsNamedInTheUsersLanguageAndWhatWasTypedIsKept() throws Exception {
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.post("/programs/settings")
                .with(Fixtures.as(library.admin())).with(csrf()).accept(MediaType.TEXT_HTML)
                .param("origins", "https://ok.example.org\nhttp://insecure.example.org")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("is not a website address", "https://ok.example.org\nhttp://insecure.example.org");
        assertThat(origins.origins(library.id())).isEmpty();

        String spanish = mvc.perform(MockMvcRequestBuilders.post("/programs/settings").with(Fixtures.as(library.admin()))
                .with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "es").accept(MediaType.TEXT_HTML)
                .param("origins", "https://*.example.org")).andReturn().getResponse().getContentAsString();
        assertThat(spanish).contains("no es una dirección de sitio web");

        assertThat(EmbedOrigins.normalized("https://library.example/path")).isNull();
        assertThat(EmbedOrigins.normalized("https://user@library.example")).isNull();
        assertThat(EmbedOrigins.normalized("javascript:alert(1)")).isNull();
        assertThat(EmbedOrigins.normalized("https://library.example; script-src *")).isNull();
        assertThat(EmbedOrigins.normalized("https://intranet")).isNull();
        assertThat(EmbedOrigins.normalized("http://localhost")).isEqualTo("http://localhost");

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/programs/settings").with(Fixtures.as(lead))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aDeactivatedLibraryOrProgramsSwitchedOffAnswer404WithTheDefaultPolicy() throws Exception {
        origins.replace(library.admin(), "https://www.library.example");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/p/no-such-library/embed")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        jdbc.sql("INSERT INTO organization_module (org_id, module, enabled) VALUES (?, 'programs', FALSE)")
                .param(library.id()).update();
        MockHttpServletResponse off = embed();
        assertThat(off.getStatus()).isEqualTo(404);
        assertThat(off.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        jdbc.sql("DELETE FROM organization_module WHERE org_id = ?").param(library.id()).update();
        assertThat(embed().getStatus()).isEqualTo(200);
        jdbc.sql("UPDATE organization SET active = FALSE WHERE id = ?").param(library.id()).update();
        assertThat(embed().getStatus()).isEqualTo(404);
    }
}

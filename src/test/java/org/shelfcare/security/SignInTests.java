package org.shelfcare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in by email or username, the lockout, and what a shared computer keeps afterwards. */
@IntegrationTest
class SignInTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;

    private MvcResult signIn(String login, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", login).param("password", password)).andReturn();
    }

    @Test
    void staffWithoutEmailSignInWithAUsername() throws Exception {
        Fixtures.Library library = fixtures.library("Username Library");
        Invitation invitation = directory.invite(library.admin(), new NewPerson("Pat Page", null,
                "pat.page" + library.number(), java.util.List.of(), null, null, "Page", null));
        directory.acceptInvitation(invitation.token(), Fixtures.PASSWORD);

        MvcResult result = signIn("Pat.Page" + library.number(), Fixtures.PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void repeatedFailuresPauseTheAccountWithAClearMessageAndKeepTheLogin() throws Exception {
        CurrentUser person = fixtures.library("Lockout Library").person("Lou Lockout");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn(person.email(), "not the right password at all").getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        MvcResult locked = signIn(person.email(), Fixtures.PASSWORD);
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");

        String page = mvc.perform(get("/login?locked").cookie(locked.getResponse().getCookie("SHELFCARE_SESSION"))
                        .accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("signing in is paused for 15 minutes").contains("value=\"" + person.email() + "\"");
    }

    @Test
    void aWrongPasswordNeverSaysWhetherTheAccountExists() throws Exception {
        CurrentUser person = fixtures.library("Enumeration Library").person("Erin Exists");
        assertThat(signIn(person.email(), "not the right password at all").getResponse().getRedirectedUrl())
                .isEqualTo(signIn("nobody@nowhere.example", "not the right password at all").getResponse().getRedirectedUrl());
    }

    @Test
    void theApiAnswers401ProblemDetailsNotARedirect() throws Exception {
        mvc.perform(get("/api/v1/me").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("Please sign in first."));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer shc_forged"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("This access token is not valid or has been revoked."));
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() throws Exception {
        CurrentUser person = fixtures.library("Token Library").person("Tess Token");
        String created = mvc.perform(post("/api/v1/me/tokens").with(Fixtures.as(person)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"laptop\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = created.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(person.name()));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.items[0].name").value("laptop"))
                .andExpect(jsonPath("$.items[0].token").doesNotExist());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/me/tokens/" + id)
                .header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void privatePagesAreNeverCachedAndCarryTheStrictPolicy() throws Exception {
        CurrentUser person = fixtures.library("Headers Library").person("Hana Headers");
        mvc.perform(get("/").with(Fixtures.as(person)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-eval")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"));
    }

    @Test
    void signingOutClearsTheSessionAndTheBrowserCache() throws Exception {
        CurrentUser person = fixtures.library("Sign Out Library").person("Sid Signout");
        MvcResult signedIn = signIn(person.email(), Fixtures.PASSWORD);
        jakarta.servlet.http.Cookie session = signedIn.getResponse().getCookie("SHELFCARE_SESSION");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getAttribute("SameSite")).isEqualTo("Lax");
        mvc.perform(get("/").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        // behind TLS, as in production, the browser is also told to drop its cache of private pages
        mvc.perform(post("/logout").cookie(session).with(csrf()).secure(true))
                .andExpect(redirectedUrl("/login?signedOut"))
                .andExpect(header().string("Clear-Site-Data", org.hamcrest.Matchers.containsString("cache")));
        mvc.perform(get("/").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theChosenLanguageIsRememberedForThePerson() throws Exception {
        CurrentUser person = fixtures.library("Language Library").person("Lena Lengua");
        mvc.perform(post("/language").with(Fixtures.as(person)).with(csrf()).param("lang", "es").param("back", "/"))
                .andExpect(redirectedUrl("/"));
        // a new session on another browser, with an English browser preference
        String home = mvc.perform(get("/").with(Fixtures.as(person)).header("Accept-Language", "en-US")
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("<html lang=\"es\">").contains("Obtener ayuda ahora");
        mvc.perform(get("/api/v1/me").with(Fixtures.as(person))).andExpect(jsonPath("$.locale").value("es"));
    }
}

package org.shelfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Invitations: a link that works once, before it expires, and a page that keeps what was typed. */
@IntegrationTest
class InvitationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired JdbcClient jdbc;

    @Test
    void anExpiredInvitationAnswers410WithAKindExplanation() throws Exception {
        Fixtures.Library library = fixtures.library("Expiry Library");
        Invitation invitation = directory.invite(library.admin(), new NewPerson("Eve Expired",
                "eve" + library.number() + "@expiry.example", null, List.of(), null, null, null, null));
        jdbc.sql("UPDATE invitation SET expires_at = ? WHERE person_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), invitation.personId()).update();

        mvc.perform(post("/api/v1/invitations/" + invitation.token()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"a long enough passphrase\"}"))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Ask an admin")));
        String page = mvc.perform(get("/invitations/" + invitation.token()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This invitation link has been used or has expired.");
    }

    @Test
    void aResentInvitationReplacesTheOldLink() throws Exception {
        Fixtures.Library library = fixtures.library("Resend Library");
        Invitation first = directory.invite(library.admin(), new NewPerson("Rae Resent",
                "rae" + library.number() + "@resend.example", null, List.of(), null, null, null, null));
        Invitation second = directory.resendInvitation(library.admin(), first.personId());
        assertThat(directory.pendingInvitation(first.token())).isEmpty();
        assertThat(directory.pendingInvitation(second.token())).isPresent();
    }

    @Test
    void thePasswordPageExplainsTheRuleAndNamesTheInvitee() throws Exception {
        Fixtures.Library library = fixtures.library("Welcome Library");
        Invitation invitation = directory.invite(library.admin(), new NewPerson("<i>Wes</i> Welcome",
                "wes" + library.number() + "@welcome.example", null, List.of(), null, null, null, null));
        String page = mvc.perform(post("/invitations/" + invitation.token()).with(csrf()).accept(MediaType.TEXT_HTML)
                        .param("password", "tiny"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;i&gt;Wes&lt;/i&gt; Welcome").doesNotContain("<i>Wes</i>")
                .contains("Please use at least 15 characters.");
        assertThat(directory.pendingInvitation(invitation.token())).isPresent();
    }

    @Test
    void anotherLibrarysBranchInTheBodyAnswers404() throws Exception {
        Fixtures.Library home = fixtures.library("Home Branch Library");
        Fixtures.Library other = fixtures.library("Other Branch Library");
        java.util.UUID branchId = java.util.UUID.randomUUID();
        jdbc.sql("INSERT INTO branch (id, org_id, name) VALUES (?, ?, 'Far away')").params(branchId, other.id()).update();
        mvc.perform(post("/api/v1/people").with(Fixtures.as(home.admin())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nia\",\"email\":\"nia%d@branch.example\",\"roles\":[\"STAFF\"],\"branchId\":\"%s\"}"
                                .formatted(home.number(), branchId)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE org_id = ?").param(home.id()).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOnePerson() throws Exception {
        Fixtures.Library library = fixtures.library("Idempotent Library");
        String body = "{\"name\":\"Ida Once\",\"email\":\"ida%d@once.example\",\"roles\":[\"STAFF\"]}".formatted(library.number());
        String first = mvc.perform(post("/api/v1/people").with(Fixtures.as(library.admin())).with(csrf())
                        .header("Idempotency-Key", "k-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/v1/people").with(Fixtures.as(library.admin())).with(csrf())
                        .header("Idempotency-Key", "k-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE email = ?").param("ida" + library.number() + "@once.example")
                .query(Integer.class).single()).isEqualTo(1);
    }
}

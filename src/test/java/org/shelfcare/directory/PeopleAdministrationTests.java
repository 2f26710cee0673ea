package org.shelfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@RecordApplicationEvents
class PeopleAdministrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PeopleAdministration administration;
    @Autowired ApplicationEvents events;

    @Test
    void invitingOnThePageKeepsWhatWasTypedWhenTheEmailIsTaken() throws Exception {
        Fixtures.Library library = fixtures.library("Invite Page Library");
        CurrentUser colleague = library.person("Existing Colleague");
        MockHttpServletResponse page = mvc.perform(post("/admin/people").with(csrf()).with(Fixtures.as(library.admin()))
                        .param("name", "Robin <b>Page</b>").param("email", colleague.email())
                        .param("jobTitle", "Youth Services Assistant").param("roles", "SAFETY_LEAD"))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(409);
        String html = page.getContentAsString();
        assertThat(html).contains("Someone already uses this email address.")
                .contains("value=\"Robin &lt;b>Page&lt;/b>\"").doesNotContain("<b>Page")
                .contains("value=\"" + colleague.email() + "\"")
                .contains("value=\"Youth Services Assistant\"")
                .containsPattern("value=\"SAFETY_LEAD\"\\s+checked");
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE name = 'Robin <b>Page</b>'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void afterInvitingThePageShowsTheLinkToCopyAndSaysWhetherEmailWasSent() throws Exception {
        Fixtures.Library library = fixtures.library("Invite Link Library");
        MockHttpServletResponse invited = mvc.perform(post("/admin/people").with(csrf()).with(Fixtures.as(library.admin()))
                .param("name", "Sam Shelver").param("username", "sam.shelver" + library.number()))
                .andReturn().getResponse();
        assertThat(invited.getStatus()).isEqualTo(302);

        var result = mvc.perform(post("/admin/people").with(csrf()).with(Fixtures.as(library.admin()))
                .param("name", "Erin Email").param("email", "erin" + library.number() + "@lib.example")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        // the link travels in the admin's session, as it does in a browser
        String html = mvc.perform(get(location).with(Fixtures.as(library.admin())).cookie(sessionCookie(result.getResponse())))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("If email is set up, an invitation was sent to Erin Email at erin" + library.number()
                + "@lib.example. You can also copy this link and give it to them.")
                .contains("data-copy=\"invitation-link\"").contains("/invitations/").contains("readonly");

        String again = mvc.perform(get(location).with(Fixtures.as(library.admin()))).andReturn().getResponse().getContentAsString();
        assertThat(again).doesNotContain("/invitations/").contains("was shown once");
    }

    @Test
    void aDeactivatedPersonsSessionAndTokenStopWorking() throws Exception {
        Fixtures.Library library = fixtures.library("Deactivation Library");
        CurrentUser staff = library.person("Leaving Person");
        Cookie session = signIn(staff.email());
        String token = createToken(session);
        assertThat(mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        mvc.perform(post("/admin/people/" + staff.personId() + "/deactivate").with(csrf()).with(Fixtures.as(library.admin())));

        assertThat(mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post("/login").with(csrf()).param("username", staff.email()).param("password", Fixtures.PASSWORD))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(events.stream(AdminAction.class))
                .anyMatch(a -> a.action().equals("PERSON_DEACTIVATED") && staff.personId().equals(a.subjectId()));

        mvc.perform(post("/admin/people/" + staff.personId() + "/reactivate").with(csrf()).with(Fixtures.as(library.admin())));
        assertThat(signIn(staff.email())).isNotNull();
    }

    @Test
    void theLastAdminCannotBeRemovedOrDeactivated() throws Exception {
        Fixtures.Library library = fixtures.library("Last Admin Library");
        CurrentUser admin = library.admin();
        var demote = mvc.perform(patch("/api/v1/people/" + admin.personId()).with(csrf()).with(Fixtures.as(admin))
                .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"STAFF\"]}")).andReturn().getResponse();
        assertThat(demote.getStatus()).isEqualTo(409);
        assertThat(demote.getContentAsString()).contains("last active admin");

        var self = mvc.perform(post("/admin/people/" + admin.personId() + "/deactivate").with(csrf()).with(Fixtures.as(admin)))
                .andReturn().getResponse();
        assertThat(self.getStatus()).isEqualTo(409);
        assertThat(self.getContentAsString()).contains("You cannot deactivate your own account.");

        CurrentUser second = library.person("Second Admin");
        var promote = mvc.perform(patch("/api/v1/people/" + second.personId()).with(csrf()).with(Fixtures.as(admin))
                .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"STAFF\",\"ADMIN\"]}")).andReturn().getResponse();
        assertThat(promote.getStatus()).isEqualTo(200);
        assertThat(promote.getContentAsString()).contains("\"ADMIN\"");
        assertThat(events.stream(AdminAction.class))
                .anyMatch(a -> a.action().equals("ROLES_CHANGED") && second.personId().equals(a.subjectId()));

        var secondDeactivatesFirst = mvc.perform(patch("/api/v1/people/" + admin.personId()).with(csrf())
                .with(Fixtures.as(fixtures.directory().currentUser(second.personId()).orElseThrow()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"active\":false}")).andReturn().getResponse();
        assertThat(secondDeactivatesFirst.getStatus()).isEqualTo(200);
        assertThat(secondDeactivatesFirst.getContentAsString()).contains("\"DEACTIVATED\"");
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndRefusesLoopsAndOtherLibrariesIds() throws Exception {
        Fixtures.Library library = fixtures.library("Patch Library");
        Fixtures.Library other = fixtures.library("Patch Other Library");
        UUID branch = UUID.randomUUID();
        jdbc.sql("INSERT INTO branch (id, org_id, name) VALUES (?, ?, 'Central')").params(branch, library.id()).update();
        UUID otherBranch = UUID.randomUUID();
        jdbc.sql("INSERT INTO branch (id, org_id, name) VALUES (?, ?, 'Elsewhere')").params(otherBranch, other.id()).update();
        CurrentUser boss = library.person("Boss", Role.SUPERVISOR);
        CurrentUser report = library.reportOf(boss, "Report");

        var changed = mvc.perform(patch("/api/v1/people/" + report.personId()).with(csrf()).with(Fixtures.as(library.admin()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"jobTitle\":\"Page\",\"branchId\":\"" + branch + "\",\"workingPattern\":\"MON,WED:PM\"}"))
                .andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsString()).contains("\"jobTitle\":\"Page\"").contains("\"branchName\":\"Central\"")
                .contains("\"workingPattern\":\"MON,WED:PM\"").contains("\"supervisorId\":\"" + boss.personId() + "\"");

        var loop = mvc.perform(patch("/api/v1/people/" + boss.personId()).with(csrf()).with(Fixtures.as(library.admin()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"supervisorId\":\"" + report.personId() + "\"}"))
                .andReturn().getResponse();
        assertThat(loop.getStatus()).isEqualTo(400);
        assertThat(loop.getContentAsString()).contains("#/supervisorId");

        assertThat(mvc.perform(patch("/api/v1/people/" + report.personId()).with(csrf()).with(Fixtures.as(library.admin()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"branchId\":\"" + otherBranch + "\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(patch("/api/v1/people/" + report.personId()).with(csrf()).with(Fixtures.as(report))
                .contentType(MediaType.APPLICATION_JSON).content("{\"jobTitle\":\"Director\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(patch("/api/v1/people/" + report.personId()).with(csrf()).with(Fixtures.as(other.admin()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"jobTitle\":\"Director\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aSupervisorEditsTheWorkingPatternOfTheirReportsOnly() throws Exception {
        Fixtures.Library library = fixtures.library("Pattern Library");
        CurrentUser supervisor = library.person("Team Lead", Role.SUPERVISOR);
        CurrentUser report = library.reportOf(supervisor, "Their Report");
        CurrentUser otherSupervisor = library.person("Other Lead", Role.SUPERVISOR);
        CurrentUser otherReport = library.reportOf(otherSupervisor, "Someone Elses Report");

        var own = mvc.perform(put("/api/v1/people/" + report.personId() + "/working-pattern").with(csrf())
                .with(Fixtures.as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"workingPattern\":\"TUE,WED,THU:AM,SAT\"}")).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentAsString()).contains("\"workingPattern\":\"TUE,WED,THU:AM,SAT\"");

        assertThat(mvc.perform(put("/api/v1/people/" + otherReport.personId() + "/working-pattern").with(csrf())
                .with(Fixtures.as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"workingPattern\":\"MON\"}")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(put("/api/v1/people/" + report.personId() + "/working-pattern").with(csrf())
                .with(Fixtures.as(report)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"workingPattern\":\"MON\"}")).andReturn().getResponse().getStatus()).isEqualTo(403);
        var invalid = mvc.perform(put("/api/v1/people/" + report.personId() + "/working-pattern").with(csrf())
                .with(Fixtures.as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"workingPattern\":\"MON:EVENING\"}")).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentAsString()).contains("#/workingPattern");

        String team = mvc.perform(get("/team").with(Fixtures.as(supervisor))).andReturn().getResponse().getContentAsString();
        assertThat(team).contains(report.name()).doesNotContain(otherReport.name()).contains("Saturday");
        String colleague = mvc.perform(get("/people/" + report.personId()).with(Fixtures.as(otherReport)))
                .andReturn().getResponse().getContentAsString();
        assertThat(colleague).contains("Thursday (Morning)").doesNotContain(report.email());
    }

    @Test
    void theLanguageChosenOnTheProfileIsRememberedAtTheNextSignIn() throws Exception {
        Fixtures.Library library = fixtures.library("Language Library");
        CurrentUser staff = library.person("Lucia Language");
        Cookie session = signIn(staff.email());
        var saved = mvc.perform(post("/profile").with(csrf()).cookie(session).param("name", "Lucía Language")
                .param("pronouns", "she/her").param("language", "es").param("timeZone", "America/Chicago"))
                .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/profile");
        mvc.perform(post("/logout").with(csrf()).cookie(session));

        Cookie next = signIn(staff.email());
        String profile = mvc.perform(get("/profile").cookie(next)).andReturn().getResponse().getContentAsString();
        assertThat(profile).contains("<html lang=\"es\">").contains("Su perfil").contains("value=\"Lucía Language\"")
                .contains("value=\"she/her\"").containsPattern("value=\"America/Chicago\"\\s+selected");
        assertThat(mvc.perform(get("/api/v1/me").cookie(next)).andReturn().getResponse().getContentAsString())
                .contains("\"locale\":\"es\"");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() throws Exception {
        Fixtures.Library library = fixtures.library("Password Library");
        CurrentUser staff = library.person("Pat Password");
        String wrong = mvc.perform(post("/profile/password").with(csrf()).with(Fixtures.as(staff))
                .param("currentPassword", "not my password at all").param("newPassword", "a brand new long passphrase"))
                .andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("That is not your current password.");
        String weak = mvc.perform(post("/profile/password").with(csrf()).with(Fixtures.as(staff))
                .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "short"))
                .andReturn().getResponse().getContentAsString();
        assertThat(weak).contains("Please use at least 15 characters.");
        assertThat(mvc.perform(post("/profile/password").with(csrf()).with(Fixtures.as(staff))
                .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "a brand new long passphrase"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/profile");
        assertThat(mvc.perform(post("/login").with(csrf()).param("username", staff.email())
                .param("password", "a brand new long passphrase")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void colleaguesSeeActiveColleaguesWithoutAccountDetails() throws Exception {
        Fixtures.Library library = fixtures.library("Colleagues Library");
        CurrentUser staff = library.person("Casey Colleague");
        CurrentUser gone = library.person("Gone Person");
        administration.setActive(library.admin(), gone.personId(), false);
        String html = mvc.perform(get("/people").with(Fixtures.as(staff))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(library.admin().name()).doesNotContain(gone.name()).doesNotContain(library.admin().email());
        assertThat(mvc.perform(get("/people/" + gone.personId()).with(Fixtures.as(staff))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(administration.list(library.admin(), new PeopleAdministration.Filter(null, null, null,
                PersonStatus.DEACTIVATED))).extracting(PersonView::id).containsExactly(gone.personId());
        assertThat(administration.list(library.admin(), new PeopleAdministration.Filter("casey", null, null, null)))
                .extracting(PersonView::id).isEqualTo(List.of(staff.personId()));
    }

    @Test
    void anAdminEditsAPersonOnThePage() throws Exception {
        Fixtures.Library library = fixtures.library("Edit Page Library");
        UUID central = UUID.randomUUID();
        UUID north = UUID.randomUUID();
        jdbc.sql("INSERT INTO branch (id, org_id, name) VALUES (?, ?, 'Central')").params(central, library.id()).update();
        jdbc.sql("INSERT INTO branch (id, org_id, name) VALUES (?, ?, 'North')").params(north, library.id()).update();
        CurrentUser lead = library.person("Lead Person");
        CurrentUser staff = library.person("Edited Person");

        var saved = mvc.perform(post("/admin/people/" + staff.personId()).with(csrf()).with(Fixtures.as(library.admin()))
                .param("name", "Edited Person Renamed").param("branchId", central.toString())
                .param("otherBranchIds", north.toString(), central.toString()).param("jobTitle", "Page")
                .param("supervisorId", lead.personId().toString()).param("roles", "SUPERVISOR")
                .param("pattern[MON]", "ALL").param("pattern[WED]", "AM").param("pattern[SAT]", "PM"))
                .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/people/" + staff.personId());

        PeopleAdministration.PersonDetails details = administration.details(library.admin(), staff.personId());
        assertThat(details.person().name()).isEqualTo("Edited Person Renamed");
        assertThat(details.person().roles()).containsExactly(Role.STAFF, Role.SUPERVISOR);
        assertThat(details.person().supervisorId()).isEqualTo(lead.personId());
        assertThat(details.otherBranches()).extracting(Unit::name).containsExactly("North");
        assertThat(details.workingPattern().format()).isEqualTo("MON,WED:AM,SAT:PM");
        assertThat(events.stream(AdminAction.class)).anyMatch(a -> a.action().equals("PERSON_UPDATED")
                && staff.personId().equals(a.subjectId()) && String.valueOf(a.detail()).contains("workingPattern"));

        var self = mvc.perform(post("/admin/people/" + staff.personId()).with(csrf()).with(Fixtures.as(library.admin()))
                .param("name", "").param("supervisorId", staff.personId().toString())).andReturn().getResponse();
        assertThat(self.getStatus()).isEqualTo(400);
        assertThat(self.getContentAsString()).contains("Please fill this in.")
                .contains("A person cannot be their own supervisor.");
    }

    @Test
    void aNewInvitationLinkReplacesTheOldOne() throws Exception {
        Fixtures.Library library = fixtures.library("Resend Library");
        Invitation first = fixtures.directory().invite(library.admin(), new NewPerson("Slow Starter",
                "slow" + library.number() + "@lib.example", null, List.of(), null, null, null, null));
        var resent = mvc.perform(post("/api/v1/people/" + first.personId() + "/invitation").with(csrf())
                .with(Fixtures.as(library.admin()))).andReturn().getResponse();
        assertThat(resent.getStatus()).isEqualTo(201);
        String url = resent.getContentAsString().replaceAll(".*\"invitationUrl\":\"([^\"]+)\".*", "$1");
        assertThat(fixtures.directory().pendingInvitation(first.token())).isEmpty();
        assertThat(fixtures.directory().pendingInvitation(Fixtures.token(url))).isPresent();
        assertThat(events.stream(AdminAction.class))
                .anyMatch(a -> a.action().equals("INVITATION_RESENT") && first.personId().equals(a.subjectId()));
    }

    private Cookie signIn(@org.jspecify.annotations.Nullable String login) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login").with(csrf()).param("username", login)
                .param("password", Fixtures.PASSWORD)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        return sessionCookie(response);
    }

    /** The session cookie a response set (whatever the deployment names it). */
    static Cookie sessionCookie(MockHttpServletResponse response) {
        return java.util.Arrays.stream(response.getCookies()).filter(c -> c.getName().endsWith("SESSION")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private String createToken(Cookie session) throws Exception {
        String body = mvc.perform(post("/api/v1/me/tokens").with(csrf()).cookie(session)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"sync\"}")).andReturn().getResponse()
                .getContentAsString();
        return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }
}

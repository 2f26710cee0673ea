package org.shelfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shelfcare.support.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
@RecordApplicationEvents
class OperatorTests {

    @Autowired MockMvcTester mvc;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ApplicationEvents events;

    private CurrentUser operator() {
        Fixtures.Library home = fixtures.library("Operator Home");
        return home.operator("Operator Person");
    }

    @Test
    void theExportHoldsTheDirectoryButNoPasswordsOrLinks() {
        CurrentUser operator = operator();
        Fixtures.Library library = fixtures.library("Exported Library");
        CurrentUser staff = library.person("Exported Staff");

        MvcTestResult export = mvc.get().uri("/api/v1/organizations/" + library.id() + "/export").with(as(operator)).exchange();

        assertThat(export).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .headers().hasValue(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"shelfcare-"
                        + directory.organization(library.id()).slug() + ".json\"");
        assertThat(export).bodyJson().extractingPath("$.organization.id").isEqualTo(library.id().toString());
        assertThat(export).bodyText().contains(staff.name()).contains(staff.email())
                .doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}").doesNotContain("$2a$")
                .doesNotContainIgnoringCase("token");
    }

    @Test
    void aNewAdminInvitationMakesAnAdminAndShowsInThatLibrarysAuditLog() throws Exception {
        CurrentUser operator = operator();
        Fixtures.Library library = fixtures.library("Lost Admin Library");
        String email = "rescued" + library.number() + "@lost.example";

        MvcTestResult issued = mvc.post().uri("/api/v1/organizations/" + library.id() + "/admin-invitations")
                .with(as(operator)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Rescued Admin\",\"email\":\"" + email + "\"}").exchange();

        assertThat(issued).hasStatus(201).bodyJson().extractingPath("$.invitationUrl").asString().contains("/invitations/");
        String url = com.jayway.jsonpath.JsonPath.read(issued.getResponse().getContentAsString(), "$.invitationUrl");
        java.util.UUID adminId = directory.acceptInvitation(Fixtures.token(url), Fixtures.PASSWORD);
        CurrentUser admin = directory.currentUser(adminId).orElseThrow();
        assertThat(admin.organizationId()).isEqualTo(library.id());
        assertThat(admin.isAdmin()).isTrue();
        assertThat(events.stream(AdminAction.class).filter(a -> a.action().equals("ADMIN_INVITATION_ISSUED")))
                .singleElement().satisfies(action -> {
                    assertThat(action.organizationId()).isEqualTo(library.id());
                    assertThat(action.actorId()).isEqualTo(operator.personId());
                    assertThat(action.subjectId()).isEqualTo(adminId);
                });

        // the same email again: the same person, invited again rather than a duplicate
        assertThat(mvc.post().uri("/api/v1/organizations/" + library.id() + "/admin-invitations")
                .with(as(operator)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Rescued Admin\",\"email\":\"" + email + "\"}"))
                .hasStatus(201).bodyJson().extractingPath("$.personId").isEqualTo(adminId.toString());
        // someone of another library cannot be made admin here
        assertThat(mvc.post().uri("/api/v1/organizations/" + library.id() + "/admin-invitations")
                .with(as(operator)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Operator\",\"email\":\"" + operator.email() + "\"}")).hasStatus(409);
    }

    @Test
    void theListShowsCountsAndCreatingALibraryShowsTheAdminLink() {
        CurrentUser operator = operator();
        Fixtures.Library library = fixtures.library("Counted Library");
        library.person("One");
        library.person("Two");
        String name = directory.organization(library.id()).name();

        assertThat(mvc.get().uri("/operator/organizations").with(as(operator))).hasStatusOk().bodyText()
                .contains(name).contains("<td>3</td>");

        MvcTestResult created = mvc.post().uri("/operator/organizations").with(as(operator)).with(csrf())
                .param("name", "Brand New Library " + library.number()).param("adminName", "New Admin")
                .param("adminEmail", "brandnew" + library.number() + "@new.example").exchange();
        assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/operator/organizations");
        // the link is handed to the page the browser is sent to, where it shows once with a copy button
        assertThat(created.getMvcResult().getFlashMap().get("issued")).isInstanceOfSatisfying(
                org.shelfcare.directory.web.IssuedLink.class, issued -> {
                    assertThat(issued.library()).isEqualTo("Brand New Library " + library.number());
                    assertThat(issued.url()).contains("/invitations/");
                });
    }

    @Test
    void theOperatorCannotDeactivateTheirOwnLibraryButCanAnother() {
        CurrentUser operator = operator();
        Fixtures.Library library = fixtures.library("Paused Library");

        assertThat(mvc.get().uri("/operator/organizations/" + operator.organizationId() + "/status?active=false")
                .with(as(operator))).hasStatusOk().bodyText().contains("You cannot deactivate your own library.");
        assertThat(mvc.post().uri("/operator/organizations/" + library.id() + "/status").with(as(operator)).with(csrf())
                .param("active", "false")).hasStatus3xxRedirection();
        assertThat(directory.organization(library.id()).active()).isFalse();
        assertThat(mvc.get().uri("/api/v1/me").with(as(library.admin()))).hasStatus(401);
    }
}

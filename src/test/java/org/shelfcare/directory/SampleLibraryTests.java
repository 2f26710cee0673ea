package org.shelfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shelfcare.support.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
@RecordApplicationEvents
class SampleLibraryTests {

    @Autowired MockMvcTester mvc;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired SampleLibrary sample;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private CurrentUser operator;

    @BeforeEach
    void operator() {
        Fixtures.Library home = fixtures.library("Sample Operator Home");
        operator = home.operator("Sample Operator");
        sample.current().ifPresent(leftOver -> sample.delete(operator));
    }

    @AfterEach
    void noSampleLeftBehind() {
        sample.current().ifPresent(leftOver -> sample.delete(operator));
    }

    @Test
    void theSampleIsARealisticLibrarySystemAndNeverCountsAsSetup() {
        boolean setUpBefore = directory.isSetUp();
        int setupRows = jdbc.sql("SELECT count(*) FROM instance_setup").query(Integer.class).single();

        SampleLibrary.Loaded loaded = sample.load(operator, null);

        UUID orgId = loaded.details().organizationId();
        assertThat(loaded.created()).isTrue();
        OrganizationView org = directory.organization(orgId);
        assertThat(org.sample()).isTrue();
        assertThat(org.name()).isEqualTo("Maple Valley Library System");
        assertThat(directory.branches(orgId)).extracting(Unit::name)
                .containsExactlyInAnyOrder("Central Library", "Eastside Branch", "Riverside Branch");
        assertThat(directory.departments(orgId)).extracting(Unit::name).containsExactlyInAnyOrder("Circulation",
                "Youth Services", "Adult Services", "Technical Services", "Facilities", "Administration");
        CurrentUser director = directory.currentUser(person(orgId, "margaret.chen@maplevalley.example")).orElseThrow();
        List<PersonView> people = directory.people(director);
        assertThat(people).hasSize(40);
        assertThat(people).filteredOn(p -> p.supervisorId() == null).extracting(PersonView::name)
                .containsExactly("Margaret Chen");
        assertThat(people).filteredOn(p -> p.username() != null).extracting(PersonView::jobTitle)
                .contains("Library Page", "Shelver", "Substitute Library Assistant");
        assertThat(people).filteredOn(p -> p.email() != null)
                .allSatisfy(p -> assertThat(p.email()).endsWith("@maplevalley.example"));
        assertThat(people).extracting(PersonView::workingPattern).contains("MON,TUE,WED,THU,FRI", "SAT,SUN", "TUE,THU,SAT");
        assertThat(people).flatExtracting(PersonView::roles).contains(Role.ADMIN, Role.SUPERVISOR, Role.WELLNESS_LEAD,
                Role.SAFETY_LEAD, Role.CARE_CONTACT).doesNotContain(Role.OPERATOR);
        assertThat(people).filteredOn(p -> p.supervisorName() != null && p.supervisorName().equals("Luis Hernández"))
                .hasSizeGreaterThan(3);

        assertThat(directory.isSetUp()).isEqualTo(setUpBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM instance_setup").query(Integer.class).single()).isEqualTo(setupRows);
        assertThat(events.stream(SampleLibraryCreated.class)).singleElement().satisfies(created -> {
            assertThat(created.organizationId()).isEqualTo(orgId);
            assertThat(created.directorId()).isEqualTo(director.personId());
            assertThat(created.peopleIds()).hasSize(40);
        });

        // loading again shows the same sample rather than a second one
        SampleLibrary.Loaded again = sample.load(operator, null);
        assertThat(again.created()).isFalse();
        assertThat(again.details()).isEqualTo(loaded.details());
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE sample = TRUE").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theShownSignInDetailsWorkAndDeletingRemovesEverything() throws Exception {
        MvcTestResult load = mvc.post().uri("/sample-library").with(as(operator)).with(csrf()).exchange();
        assertThat(load).hasStatus3xxRedirection().hasRedirectedUrl("/sample-library");
        SampleLibrary.Details details = sample.current().orElseThrow();
        // whoever loaded it is shown its details on the next page; the operator can see them again
        assertThat(load.getMvcResult().getFlashMap().get("loadedSample")).isEqualTo(details);
        MvcTestResult shown = mvc.get().uri("/sample-library").with(as(operator)).exchange();
        assertThat(shown).hasStatusOk().bodyText().contains(details.password()).contains("margaret.chen@maplevalley.example")
                .contains("mv.ewalsh").contains("luis.hernandez@maplevalley.example");
        // without having just loaded it, a visitor sees nothing of it
        assertThat(mvc.get().uri("/sample-library")).hasStatus3xxRedirection();

        for (String login : List.of("margaret.chen@maplevalley.example", "mv.ewalsh")) {
            assertThat(mvc.post().uri("/login").with(csrf()).param("username", login).param("password", details.password()))
                    .hasStatus3xxRedirection().hasRedirectedUrl("/");
        }
        CurrentUser director = directory.currentUser(person(details.organizationId(), "margaret.chen@maplevalley.example"))
                .orElseThrow();
        assertThat(mvc.get().uri("/").with(as(director))).hasStatusOk().bodyText()
                .contains("This is a sample library for exploring ShelfCare");
        assertThat(mvc.get().uri("/admin/settings").with(as(director))).hasStatusOk().bodyText()
                .contains("Delete the sample library");

        assertThat(mvc.get().uri("/sample-library/delete").with(as(director))).hasStatusOk().bodyText()
                .contains("Yes, delete the sample library");
        assertThat(mvc.post().uri("/sample-library/delete").with(as(director)).with(csrf())).hasStatus3xxRedirection();

        assertThat(sample.current()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE id = ?").param(details.organizationId())
                .query(Integer.class).single()).isZero();
        for (String table : List.of("person", "person_role", "branch", "department", "invitation")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE org_id = ?").param(details.organizationId())
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThat(mvc.get().uri("/").accept(org.springframework.http.MediaType.TEXT_HTML).with(as(director)))
                .hasStatus3xxRedirection().hasRedirectedUrl("/login");
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "margaret.chen@maplevalley.example")
                .param("password", details.password())).hasRedirectedUrl("/login?error");
    }

    @Test
    void onlyTheOperatorMayLoadItOnceSetUpAndAdminsOfOtherLibrariesMayNotDeleteIt() {
        Fixtures.Library library = fixtures.library("Not The Sample");
        assertThat(sample.mayLoad(null, null)).isEqualTo(!directory.isSetUp());
        assertThat(sample.mayLoad(library.admin(), null)).isFalse();

        assertThat(mvc.post().uri("/api/v1/sample-library").with(as(operator)).with(csrf())).hasStatus(201)
                .bodyJson().extractingPath("$.logins[3].login").isEqualTo("mv.ewalsh");
        assertThat(mvc.post().uri("/api/v1/sample-library").with(as(operator)).with(csrf())).hasStatus(200);
        assertThat(mvc.delete().uri("/api/v1/sample-library").with(as(library.admin())).with(csrf())).hasStatus(403);
        assertThat(sample.current()).isPresent();
        assertThat(mvc.delete().uri("/api/v1/sample-library").with(as(operator)).with(csrf())).hasStatus(204);
        assertThat(sample.current()).isEmpty();
        assertThat(mvc.delete().uri("/api/v1/sample-library").with(as(operator)).with(csrf())).hasStatus(404);
    }

    @Test
    void beforeSetupAnyoneMayLoadItAndSetupStillHappensAfterwards() {
        jdbc.sql("DELETE FROM instance_setup").update();
        try {
            assertThat(mvc.get().uri("/setup").accept(org.springframework.http.MediaType.TEXT_HTML)).hasStatusOk()
                    .bodyText().contains("Explore a sample library").contains("action=\"/sample-library\"");
            // a fresh instance, called as a tool would: no account, no session, no CSRF token
            assertThat(mvc.post().uri("/api/v1/sample-library")).hasStatus(201)
                    .bodyJson().extractingPath("$.logins[0].login").isEqualTo("margaret.chen@maplevalley.example");
            assertThat(directory.isSetUp()).isFalse();
            // its people can reach the sign-in page, while the home page still leads to setup
            assertThat(mvc.get().uri("/login").accept(org.springframework.http.MediaType.TEXT_HTML)).hasStatusOk();

            assertThat(mvc.post().uri("/api/v1/setup").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content("""
                            {"organizationName":"After The Sample","adminName":"Real Admin",
                             "adminEmail":"real-admin%d@after.example","adminPassword":"river stones and library lamps"}"""
                            .formatted(System.nanoTime()))).hasStatus(201);
            assertThat(directory.isSetUp()).isTrue();
            assertThat(mvc.post().uri("/api/v1/sample-library")).hasStatus(403);
        } finally {
            if (!directory.isSetUp()) {
                jdbc.sql("INSERT INTO instance_setup (id, done_at) VALUES (1, CURRENT_TIMESTAMP)").update();
            }
        }
    }

    private UUID person(UUID orgId, String email) {
        return jdbc.sql("SELECT id FROM person WHERE org_id = ? AND email = ?").params(orgId, email).query(UUID.class).single();
    }
}

package org.shelfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shelfcare.support.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.NavigationItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.ErrorResponseException;

@IntegrationTest
@RecordApplicationEvents
class LibrarySettingsTests {

    @Autowired MockMvcTester mvc;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired LibrarySettings settings;
    @Autowired Organizations organizations;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void aRenamedTermAppearsWhereverTheTermIsUsedInEachLanguage() {
        Fixtures.Library library = fixtures.library("Term Library");
        CurrentUser staff = library.person("Term Staff");

        assertThat(mvc.patch().uri("/api/v1/organization/settings").with(as(library.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"terms": {"en": {"wellnessCommittee": "Belonging Committee"},
                                   "es": {"wellnessCommittee": "Comité de Pertenencia"}}}"""))
                .hasStatusOk().bodyJson().extractingPath("$.terms.en.wellnessCommittee").isEqualTo("Belonging Committee");

        // the settings page shows a sentence with {{wellnessCommittee}}; the person never chose a language
        assertThat(mvc.get().uri("/admin/settings").with(as(library.admin())))
                .hasStatusOk().bodyText().contains("For example: the Belonging Committee plans programs")
                .doesNotContain("the Wellness Committee plans");
        assertThat(mvc.get().uri("/admin/settings").with(as(library.admin())).header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .hasStatusOk().bodyText().contains("Por ejemplo: el Comité de Pertenencia planifica programas");
        // and the layout gives every colleague the library's terms
        assertThat(directory.termsByLanguage(staff.organizationId()))
                .containsEntry("en", Map.of("wellnessCommittee", "Belonging Committee"));
        assertThat(events.stream(AdminAction.class).filter(a -> a.action().equals("TERM_RENAMED")
                && a.organizationId().equals(library.id()))).hasSize(2);

        // an empty name goes back to ShelfCare's own
        settings.update(library.admin(), change(null, null, Map.of("en", java.util.Collections.singletonMap(
                "wellnessCommittee", ""))));
        assertThat(mvc.get().uri("/admin/settings").with(as(library.admin())))
                .bodyText().contains("For example: the Wellness Committee plans programs");
    }

    @Test
    void theAnonymityThresholdIsNeverBelowThree() {
        Fixtures.Library library = fixtures.library("Threshold Library");

        assertThat(mvc.patch().uri("/api/v1/organization/settings").with(as(library.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"anonymityThreshold\": 2}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].pointer").isEqualTo("#/anonymityThreshold");
        assertThat(mvc.patch().uri("/api/v1/organization/settings").with(as(library.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"anonymityThreshold\": 2}"))
                .bodyJson().extractingPath("$.errors[0].detail").asString().contains("cannot be below 3");
        MvcTestResult page = mvc.post().uri("/admin/settings").with(as(library.admin())).with(csrf())
                .param("name", directory.organization(library.id()).name()).param("timeZone", "America/Chicago")
                .param("defaultLocale", "en").param("anonymityThreshold", "1").exchange();
        assertThat(page).hasStatusOk().bodyText().contains("cannot be below 3").contains("value=\"1\"")
                .contains("<option value=\"America/Chicago\" selected>");
        assertThat(directory.organization(library.id()).anonymityThreshold()).isEqualTo(5);
        assertThat(directory.organization(library.id()).zone().getId()).isEqualTo("America/New_York");

        assertThat(mvc.patch().uri("/api/v1/organization/settings").with(as(library.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"anonymityThreshold\": 3, \"timeZone\": \"America/Denver\", \"defaultLocale\": \"es\"}"))
                .hasStatusOk();
        OrganizationView org = directory.organization(library.id());
        assertThat(org.anonymityThreshold()).isEqualTo(3);
        assertThat(org.zone().getId()).isEqualTo("America/Denver");
        assertThat(org.defaultLocale().getLanguage()).isEqualTo("es");
    }

    @Test
    void staffCannotChangeSettings() {
        Fixtures.Library library = fixtures.library("Staff Settings Library");
        CurrentUser staff = library.person("Curious Staff");

        assertThat(mvc.patch().uri("/api/v1/organization/settings").with(as(staff)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"anonymityThreshold\": 7}")).hasStatus(403);
        assertThat(directory.organization(library.id()).anonymityThreshold()).isEqualTo(5);
    }

    @Test
    void onlyModulesThatExistCanBeSwitchedAndASwitchIsKept() {
        Fixtures.Library library = fixtures.library("Module Library");

        assertThat(mvc.patch().uri("/api/v1/organization/settings").with(as(library.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"modules\": {\"teleportation\": false}}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].pointer").isEqualTo("#/modules/teleportation");

        // a build in which the wellbeing module exists (it declares its navigation item)
        LibrarySettings withWellbeing = new LibrarySettings(organizations, new SwitchableModules(List.of(
                new NavigationItem("wellbeing", "x", "x", "/wellbeing", null, 1),
                new NavigationItem("resources", "x", "x", "/help", null, 2))), publisher, jdbc);
        assertThat(withWellbeing.switchableModules()).containsExactly("wellbeing");

        withWellbeing.update(library.admin(), change(null, Map.of("wellbeing", false), null));
        assertThat(directory.disabledModules(library.id())).containsExactly("wellbeing");
        assertThat(withWellbeing.settings(library.admin()).modules())
                .containsExactly(new LibrarySettings.ModuleSwitch("wellbeing", false));
        assertThat(events.stream(AdminAction.class).filter(a -> a.action().equals("MODULE_SWITCHED")
                && a.organizationId().equals(library.id()))).hasSize(1);

        withWellbeing.update(library.admin(), change(null, Map.of("wellbeing", true), null));
        assertThat(directory.disabledModules(library.id())).isEmpty();
    }

    @Test
    void renamingTheLibraryChangesItsAddressAndTheOldOneRedirects() {
        Fixtures.Library library = fixtures.library("Old Name Library");
        String oldSlug = directory.organization(library.id()).slug();

        settings.update(library.admin(), change("Riverbend Public Library " + library.number(), null, null));

        String newSlug = directory.organization(library.id()).slug();
        assertThat(newSlug).isEqualTo("riverbend-public-library-" + library.number());
        assertThat(mvc.get().uri("/p/" + oldSlug + "/programs?week=2")).hasStatus(301)
                .hasHeader(HttpHeaders.LOCATION, "/p/" + newSlug + "/programs?week=2");
        assertThat(mvc.get().uri("/p/" + oldSlug)).hasStatus(301).hasHeader(HttpHeaders.LOCATION, "/p/" + newSlug);
        assertThat(events.stream(AdminAction.class).filter(a -> a.action().equals("LIBRARY_RENAMED")
                && a.organizationId().equals(library.id()))).hasSize(1);

        // another library cannot take the old address, and renaming back brings it back
        Fixtures.Library other = fixtures.library("Address Thief");
        assertThat(other.admin().organizationId()).isNotEqualTo(library.id());
        String thief = settings.update(other.admin(), change(directory.organization(library.id()).name()
                .replace("Riverbend Public Library", "Old Name Library"), null, null)).slug();
        assertThat(thief).isNotEqualTo(oldSlug);
        settings.update(library.admin(), change("Old Name Library " + library.number(), null, null));
        assertThat(directory.organization(library.id()).slug()).isEqualTo(oldSlug);
        assertThat(mvc.get().uri("/p/" + newSlug + "/x")).hasStatus(301).hasHeader(HttpHeaders.LOCATION, "/p/" + oldSlug + "/x");
    }

    @Test
    void removingABranchLeavesItsPeopleWithoutOne() {
        Fixtures.Library library = fixtures.library("Branch Library");
        Unit eastside = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "Eastside");
        Invitation invited = directory.invite(library.admin(), new NewPerson("Branch Person", "branch" + library.number()
                + "@branch.example", null, List.of(), eastside.id(), null, null, null));

        assertThatThrownBy(() -> settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "eastside"))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
        assertThatThrownBy(() -> settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, " "))
                .isInstanceOf(InvalidInput.class);
        assertThat(mvc.get().uri("/admin/settings/branches/" + eastside.id() + "/remove").with(as(library.admin())))
                .hasStatusOk().bodyText().contains("One person has this as their home branch");

        assertThat(mvc.post().uri("/admin/settings/branches/" + eastside.id() + "/remove").with(as(library.admin()))
                .with(csrf())).hasStatus3xxRedirection();

        assertThat(directory.person(library.admin(), invited.personId()).branchId()).isNull();
        assertThat(directory.branches(library.id())).isEmpty();
        assertThat(events.stream(AdminAction.class).filter(a -> a.action().equals("BRANCH_REMOVED")
                && a.organizationId().equals(library.id()))).hasSize(1);
    }

    @Test
    void anotherLibrarysBranchAnswers404() {
        Fixtures.Library library = fixtures.library("Branch Owner");
        Fixtures.Library other = fixtures.library("Branch Visitor");
        Unit branch = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "Main");

        assertThat(mvc.post().uri("/admin/settings/branches/" + branch.id()).with(as(other.admin())).with(csrf())
                .param("name", "Taken Over")).hasStatus(404);
        assertThat(directory.branches(library.id())).extracting(Unit::name).containsExactly("Main");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static LibrarySettings.Change change(String name, Map<String, Boolean> modules,
            Map<String, Map<String, String>> terms) {
        return new LibrarySettings.Change(name, null, null, null, (Map) terms, modules);
    }
}

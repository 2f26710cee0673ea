package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A library that switches wellbeing off: the module is gone for its people, and back when switched on. */
@IntegrationTest
class WellbeingSwitchTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    private void switchWellbeing(Fixtures.Library library, boolean on) throws Exception {
        mvc.perform(patch("/api/v1/organization/settings").with(Fixtures.as(library.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"modules\":{\"wellbeing\":" + on + "}}"))
                .andExpect(status().isOk());
    }

    @Test
    void aSwitchedOffModuleAnswers404AndLeavesTheHomePage() throws Exception {
        Fixtures.Library library = fixtures.library("Switch Library");
        Fixtures.Library neighbour = fixtures.library("Neighbour Library");
        CurrentUser staff = library.person("Sol Switch");

        switchWellbeing(library, false);
        mvc.perform(get("/wellbeing").with(Fixtures.as(staff)).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/wellbeing/checkins").with(Fixtures.as(staff))).andExpect(status().isNotFound());
        String home = mvc.perform(get("/").with(Fixtures.as(staff)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("href=\"/wellbeing\"");
        // another library keeps it
        mvc.perform(get("/api/v1/wellbeing/checkins").with(Fixtures.as(neighbour.admin()))).andExpect(status().isOk());

        switchWellbeing(library, true);
        mvc.perform(get("/api/v1/wellbeing/checkins").with(Fixtures.as(staff))).andExpect(status().isOk());
    }

    @Test
    void theSettingsPageSwitchesOnlyTheModulesItShowed() throws Exception {
        Fixtures.Library library = fixtures.library("Settings Switch Library");
        String settings = mvc.perform(get("/admin/settings").with(Fixtures.as(library.admin())).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(settings).contains("name=\"modules/wellbeing\"").contains("name=\"modulesShown\" value=\"wellbeing");

        // a form that did not show the switch leaves the module alone
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/settings")
                .with(Fixtures.as(library.admin())).with(csrf()).param("name", "Settings Switch Library " + library.number())
                .param("anonymityThreshold", "5").param("timeZone", "America/New_York").param("defaultLocale", "en"));
        mvc.perform(get("/api/v1/wellbeing/checkins").with(Fixtures.as(library.admin()))).andExpect(status().isOk());

        // the page's switch, unticked, switches it off
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/settings")
                .with(Fixtures.as(library.admin())).with(csrf()).param("name", "Settings Switch Library " + library.number())
                .param("anonymityThreshold", "5").param("timeZone", "America/New_York").param("defaultLocale", "en").param("modulesShown", "wellbeing"));
        mvc.perform(get("/api/v1/wellbeing/checkins").with(Fixtures.as(library.admin()))).andExpect(status().isNotFound());
    }
}

package org.shelfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** First-run setup: once, with a clear answer for every mistake, and never half-done. */
@IntegrationTest
class SetupApiTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DirectoryManagement directory;

    @BeforeEach
    void emptyInstance() {
        // other tests may have set the instance up; setup is guarded by this one row
        jdbc.sql("DELETE FROM instance_setup").update();
    }

    @org.junit.jupiter.api.AfterEach
    void leaveTheInstanceSetUp() {
        // the other tests expect a set-up instance, as a real one is after its first run
        if (!directory.isSetUp()) {
            jdbc.sql("INSERT INTO instance_setup (id, done_at) VALUES (1, CURRENT_TIMESTAMP)").update();
        }
    }

    private String body(String email, String password) {
        return """
                {"organizationName":"Riverside Public Library","adminName":"Dana Director",
                 "adminEmail":"%s","adminPassword":"%s","branches":["Central","Eastside"],"departments":["Circulation"]}
                """.formatted(email, password);
    }

    @Test
    void createsTheFirstLibraryOnceThenAnswers409() throws Exception {
        mvc.perform(post("/api/v1/setup").contentType(MediaType.APPLICATION_JSON).content(body("dana@setup1.example", "river stones and library lamps")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organizationId").isNotEmpty())
                .andExpect(jsonPath("$.adminId").isNotEmpty());
        assertThat(directory.isSetUp()).isTrue();

        mvc.perform(post("/api/v1/setup").contentType(MediaType.APPLICATION_JSON).content(body("other@setup1.example", "river stones and library lamps")))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("ShelfCare is already set up."));
    }

    @Test
    void theFirstAdminIsAlsoTheOperatorAndTheBranchesExist() throws Exception {
        String answer = mvc.perform(post("/api/v1/setup").contentType(MediaType.APPLICATION_JSON)
                        .content(body("dana@setup2.example", "river stones and library lamps")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String adminId = answer.replaceAll(".*\"adminId\":\"([^\"]+)\".*", "$1");
        CurrentUser admin = directory.currentUser(java.util.UUID.fromString(adminId)).orElseThrow();
        assertThat(admin.roles()).contains(Role.STAFF, Role.ADMIN, Role.OPERATOR);
        assertThat(directory.branches(admin.organizationId())).extracting(Unit::name).containsExactly("Central", "Eastside");
        assertThat(directory.departments(admin.organizationId())).extracting(Unit::name).containsExactly("Circulation");
    }

    @Test
    void aWeakPasswordAndABadEmailAreBothReportedAndNothingIsSaved() throws Exception {
        int organizations = jdbc.sql("SELECT count(*) FROM organization").query(Integer.class).single();
        mvc.perform(post("/api/v1/setup").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "es")
                        .content(body("not-an-email", "short")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("#/adminEmail"))
                .andExpect(jsonPath("$.errors[0].detail").value("Escriba un correo electrónico como nombre@biblioteca.org."));
        mvc.perform(post("/api/v1/setup").contentType(MediaType.APPLICATION_JSON)
                        .content(body("dana@setup3.example", "passwordpassword")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("#/adminPassword"))
                .andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("too common")));
        assertThat(jdbc.sql("SELECT count(*) FROM organization").query(Integer.class).single()).isEqualTo(organizations);
        assertThat(directory.isSetUp()).isFalse();
    }

    @Test
    void theWizardPageKeepsWhatWasTypedExceptThePassword() throws Exception {
        mvc.perform(get("/setup").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        String page = mvc.perform(post("/setup").accept(MediaType.TEXT_HTML)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("organizationName", "<b>Hill</b> Library").param("adminName", "Hal")
                        .param("adminEmail", "hal@setup4.example").param("adminPassword", "short")
                        .param("branches", "North\nSouth"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"&lt;b>Hill&lt;/b> Library\"").contains("hal@setup4.example")
                .contains("North\nSouth").contains("Please use at least 15 characters.")
                .doesNotContain("<b>Hill</b>").doesNotContain("value=\"short\"");
        assertThat(directory.isSetUp()).isFalse();
    }

    @Test
    void theHomePageLeadsToSetupOnAnEmptyInstance() throws Exception {
        mvc.perform(get("/setup").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Set up ShelfCare")));
    }
}

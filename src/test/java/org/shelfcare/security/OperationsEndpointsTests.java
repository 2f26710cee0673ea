package org.shelfcare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Health is public and says nothing more; metrics are for the instance operator only. */
@IntegrationTest
class OperationsEndpointsTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void healthIsPublicWithoutDetails() throws Exception {
        String body = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
    }

    @Test
    void metricsAreForTheOperatorOnly() throws Exception {
        Fixtures.Library library = fixtures.library("Metrics Library");
        CurrentUser staff = library.person("Mo Metrics");
        CurrentUser operator = library.operator("Olu Operator");

        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isIn(401, 302);
        mvc.perform(get("/actuator/prometheus").with(Fixtures.as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(Fixtures.as(library.admin()))).andExpect(status().isForbidden());
        String metrics = mvc.perform(get("/actuator/prometheus").with(Fixtures.as(operator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }
}

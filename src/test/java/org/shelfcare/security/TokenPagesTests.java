package org.shelfcare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TokenPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void aTokenIsShownOnceWorksAndStopsWorkingWhenRevoked() throws Exception {
        CurrentUser staff = fixtures.library("Token Page Library").person("Toni Token");
        MockHttpServletResponse created = mvc.perform(post("/profile/tokens").with(csrf()).with(Fixtures.as(staff))
                .param("name", "Schedule <sync>")).andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/profile/tokens");
        var session = Arrays.stream(created.getCookies()).filter(c -> c.getName().endsWith("SESSION")).findFirst().orElseThrow();

        String page = mvc.perform(get("/profile/tokens").with(Fixtures.as(staff)).cookie(session))
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("id=\"new-token\" value=\"(shc_[^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        assertThat(page).contains("it will not be shown again").contains("Schedule &lt;sync&gt;").contains("Never");
        assertThat(mvc.perform(get("/profile/tokens").with(Fixtures.as(staff)).cookie(session)).andReturn().getResponse()
                .getContentAsString()).doesNotContain(token.group(1));

        assertThat(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.group(1)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        Matcher revoke = Pattern.compile("href=\"(/profile/tokens/[0-9a-f-]+/revoke)\"").matcher(page);
        assertThat(revoke.find()).isTrue();
        assertThat(mvc.perform(get(revoke.group(1)).with(Fixtures.as(staff))).andReturn().getResponse()
                .getContentAsString()).contains("Revoke the token Schedule &lt;sync&gt;?");
        assertThat(mvc.perform(post(revoke.group(1)).with(csrf()).with(Fixtures.as(staff))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/profile/tokens");
        assertThat(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.group(1)))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }
}

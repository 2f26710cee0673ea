package org.shelfcare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls to the API as a signed-in person, shared by the modules' test bases. Subclasses carry
 * {@code @IntegrationTest}.
 */
public abstract class ApiTestBase {

    @Autowired protected MockMvc mvc;
    @Autowired protected JsonMapper json;
    @Autowired protected Fixtures fixtures;

    /** The API's answer to a JSON request (no body when {@code body} is null). */
    protected MockHttpServletResponse api(CurrentUser person, HttpMethod method, String path, @Nullable String body)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).with(Fixtures.as(person))
                .with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The API's answer, which must have {@code status}, as JSON ({@code {}} when empty). */
    protected JsonNode call(CurrentUser person, HttpMethod method, String path, @Nullable String body, int status)
            throws Exception {
        MockHttpServletResponse response = api(person, method, path, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString().isEmpty() ? "{}" : response.getContentAsString());
    }
}

package org.shelfcare.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.shelfcare.directory.CurrentUser;
import org.shelfcare.support.ApiTestBase;
import org.shelfcare.support.Fixtures;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What the safety tests share: calls to the safety pages and API as a person. Subclasses carry
 * {@code @IntegrationTest}.
 */
abstract class SafetyApiTest extends ApiTestBase {


    /** The API's status for a call with an empty JSON object as its body (none for GET and DELETE). */
    int status(CurrentUser person, HttpMethod method, String path) throws Exception {
        return api(person, method, path, method == HttpMethod.GET || method == HttpMethod.DELETE ? null : "{}")
                .getStatus();
    }

    /** The status of a page. */
    int page(CurrentUser person, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getStatus();
    }

    /** A page's text, which must answer 200. */
    String pageText(CurrentUser person, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Posts a form of name, value pairs. */
    MockHttpServletResponse form(CurrentUser person, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(Fixtures.as(person)).with(csrf())
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}

package org.shelfcare.listening;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.Role;
import org.shelfcare.support.ApiTestBase;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import tools.jackson.databind.JsonNode;

/**
 * What the listening tests share: the library they run in, people with a branch and department,
 * and calls to the listening pages and API as a person. Subclasses carry {@code @IntegrationTest}.
 */
abstract class ListeningApiTest extends ApiTestBase {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired DirectoryManagement directory;
    @Autowired LibrarySettings settings;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;

    CurrentUser person(String name, @Nullable UUID branch, @Nullable UUID department, Role... roles) {
        int n = SEQUENCE.incrementAndGet();
        Invitation invitation = directory.invite(library.admin(), new NewPerson(name + " " + n,
                "listen" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@listen.example", null,
                List.of(roles), branch, department, null, null));
        directory.acceptInvitation(invitation.token(), Fixtures.PASSWORD);
        return directory.currentUser(invitation.personId()).orElseThrow();
    }

    static String soon() {
        return Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    String session(CurrentUser host, String title) throws Exception {
        return call(host, HttpMethod.POST, "/api/v1/listening/sessions",
                json.writeValueAsString(Map.of("title", title, "startsAt", soon())), 201).get("id").asString();
    }

    String ask(CurrentUser person, String session, String text) throws Exception {
        return call(person, HttpMethod.POST, "/api/v1/listening/sessions/" + session + "/questions",
                json.writeValueAsString(Map.of("text", text, "anonymous", true)), 201).get("id").asString();
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    int status(CurrentUser person, HttpMethod method, String path, @Nullable String body) throws Exception {
        if (path.startsWith("/listening")) {
            return mvc.perform(MockMvcRequestBuilders.request(method, path).with(Fixtures.as(person))
                    .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
        }
        return api(person, method, path, body).getStatus();
    }

    String page(CurrentUser person, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    MockHttpServletResponse form(CurrentUser person, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(Fixtures.as(person)).with(csrf())
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}

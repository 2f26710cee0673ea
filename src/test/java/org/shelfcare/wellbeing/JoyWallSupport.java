package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls and people the Joy Wall and kudos tests share: people in branches and departments, API and page calls. */
record JoyWallSupport(MockMvc mvc, JsonMapper json, DirectoryManagement directory, LibrarySettings settings) {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    UUID unit(Fixtures.Library library, LibrarySettings.UnitKind kind, String name) {
        return settings.addUnit(library.admin(), kind, name + " " + SEQUENCE.incrementAndGet()).id();
    }

    /** An active person of the library at a branch and in a department (either may be null). */
    CurrentUser person(Fixtures.Library library, String name, @Nullable UUID branch, @Nullable UUID department,
            Role... roles) {
        int n = SEQUENCE.incrementAndGet();
        Invitation invitation = directory.invite(library.admin(), new NewPerson(name + " " + n,
                "joy" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@joy.example", null, List.of(roles),
                branch, department, null, null));
        directory.acceptInvitation(invitation.token(), Fixtures.PASSWORD);
        return directory.currentUser(invitation.personId()).orElseThrow();
    }

    MockHttpServletResponse api(CurrentUser person, HttpMethod method, String path, @Nullable String body)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).with(Fixtures.as(person))
                .with(csrf());
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    JsonNode read(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString().isEmpty() ? "{}" : response.getContentAsString());
    }

    JsonNode call(CurrentUser person, HttpMethod method, String path, @Nullable String body, int status)
            throws Exception {
        return read(api(person, method, path, body), status);
    }

    int status(CurrentUser person, HttpMethod method, String path, @Nullable String body) throws Exception {
        return api(person, method, path, body).getStatus();
    }

    /** A joy entry of the person's, through the API; answers its id. */
    String joy(CurrentUser person, String text) throws Exception {
        return call(person, HttpMethod.POST, "/api/v1/wellbeing/joy", json.writeValueAsString(java.util.Map.of("text", text)),
                201).get("id").asString();
    }

    /** Shares the entry; answers the post id. */
    String share(CurrentUser person, String entry, String audience, boolean anonymous) throws Exception {
        return call(person, HttpMethod.POST, "/api/v1/wellbeing/joy/" + entry + "/share",
                "{\"audience\":\"" + audience + "\",\"anonymous\":" + anonymous + "}", 201).get("id").asString();
    }

    JsonNode wall(CurrentUser person, String scope) throws Exception {
        return call(person, HttpMethod.GET, "/api/v1/wellbeing/joy/wall?scope=" + scope, null, 200);
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    /** A page as the person sees it (200 expected). */
    String page(CurrentUser person, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    int pageStatus(CurrentUser person, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getStatus();
    }

    /** A form POST, as a browser without JavaScript sends it. */
    MockHttpServletResponse form(CurrentUser person, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(Fixtures.as(person)).with(csrf())
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletResponse htmx(CurrentUser person, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(Fixtures.as(person)).with(csrf())
                .header("HX-Request", "true").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    static String location(MockHttpServletResponse response) {
        return String.valueOf(response.getHeader(HttpHeaders.LOCATION));
    }
}

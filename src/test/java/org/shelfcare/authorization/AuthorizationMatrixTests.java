package org.shelfcare.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API endpoint, against every actor: the status each must get, including the rows
 * that must be refused. Modules add their rows by implementing {@link MatrixRows}; an endpoint
 * without rows for an anonymous visitor, staff and an admin, or (when its path names an object)
 * for another library's admin, fails the build.
 */
@IntegrationTest
class AuthorizationMatrixTests {

    /** Endpoints of the framework, not of ShelfCare's modules. */
    private static final Set<String> NOT_OURS = Set.of("/error", "/error/problem");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    static List<Endpoint> allRows() throws ReflectiveOperationException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(MatrixRows.class));
        List<Endpoint> endpoints = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.shelfcare")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.isInterface()) {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                endpoints.addAll(((MatrixRows) constructor.newInstance()).endpoints());
            }
        }
        return endpoints;
    }

    @TestFactory
    Stream<DynamicTest> everyActorGetsTheExpectedStatus() throws ReflectiveOperationException {
        World world = new World(fixtures, context);
        return allRows().stream().flatMap(endpoint -> endpoint.expected.entrySet().stream().map(row ->
                DynamicTest.dynamicTest(endpoint.key() + " as " + row.getKey() + " -> " + row.getValue(), () -> {
                    int status = call(world, endpoint, row.getKey());
                    assertThat(status).as("%s as %s", endpoint.key(), row.getKey()).isEqualTo(row.getValue());
                })));
    }

    private int call(World world, Endpoint endpoint, Actor actor) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method),
                endpoint.path.apply(world, actor));
        if (endpoint.json != null) {
            request.contentType(endpoint.contentType == null ? MediaType.APPLICATION_JSON
                            : MediaType.parseMediaType(endpoint.contentType)).accept(MediaType.APPLICATION_JSON)
                    .content(endpoint.json.apply(world, actor));
        } else if (endpoint.pattern.startsWith("/api/")) {
            request.accept(MediaType.APPLICATION_JSON);
        } else {
            request.accept(MediaType.TEXT_HTML);
        }
        if (endpoint.form != null) {
            for (Map.Entry<String, String> field : endpoint.form.apply(world, actor).entrySet()) {
                request.param(field.getKey(), field.getValue());
            }
        }
        if (!"GET".equals(endpoint.method)) {
            request.with(csrf());
        }
        if (actor != Actor.ANONYMOUS) {
            request.with(Fixtures.as(world.person(actor)));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void everyEndpointHasRows() throws ReflectiveOperationException {
        Map<String, Endpoint> rows = new java.util.HashMap<>();
        for (Endpoint endpoint : allRows()) {
            assertThat(rows.put(endpoint.key(), endpoint)).as("two row sets for %s", endpoint.key()).isNull();
        }
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.shelfcare")) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (NOT_OURS.contains(pattern)) {
                    continue;
                }
                Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String key = method.name() + " " + pattern;
                    Endpoint endpoint = rows.get(key);
                    if (endpoint == null) {
                        missing.add(key + " (no rows)");
                        continue;
                    }
                    for (Actor required : required(pattern)) {
                        if (!endpoint.expected.containsKey(required)) {
                            missing.add(key + " (no row for " + required + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).as("endpoints lacking authorization matrix rows").isEmpty();
    }

    private static List<Actor> required(String pattern) {
        List<Actor> actors = new ArrayList<>(List.of(Actor.ANONYMOUS, Actor.STAFF, Actor.ADMIN));
        if (pattern.matches(".*\\{\\w*[iI]d}.*")) {
            actors.add(Actor.OTHER_ORG_ADMIN);
        }
        return actors;
    }
}

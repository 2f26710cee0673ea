package org.shelfcare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Guessing on the public forms is slowed per address; other addresses and pages are untouched. */
class RateLimitFilterTests {

    private final RateLimitFilter filter = new RateLimitFilter(3, new ApiProblems(new StaticMessageSource(), JsonMapper.builder().build()));

    private int post(String path, String address, AtomicInteger passed) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                passed.incrementAndGet();
            }
        });
        if (response.getStatus() == 429) {
            assertThat(Integer.parseInt(response.getHeader("Retry-After"))).isPositive();
        }
        return response.getStatus();
    }

    @Test
    void theFourthSignInAttemptInAMinuteFromOneAddressAnswers429() throws Exception {
        AtomicInteger passed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(post("/login", "203.0.113.7", passed)).isEqualTo(200);
        }
        assertThat(post("/login", "203.0.113.7", passed)).isEqualTo(429);
        assertThat(post("/login", "198.51.100.9", passed)).isEqualTo(200);
        assertThat(passed).hasValue(4);
    }

    @Test
    void theApiAnswersProblemDetails() throws Exception {
        AtomicInteger passed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            post("/api/v1/invitations/abc", "203.0.113.8", passed);
        }
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/invitations/abc");
        request.setRemoteAddr("203.0.113.8");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void pagesOfSignedInPeopleAreNotLimited() throws Exception {
        AtomicInteger passed = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            assertThat(post("/api/v1/people", "203.0.113.9", passed)).isEqualTo(200);
        }
    }

    @Test
    void readingSecretFeedAddressesHasItsOwnLimit() throws Exception {
        RateLimitFilter feeds = new RateLimitFilter(2, new ApiProblems(new StaticMessageSource(),
                JsonMapper.builder().build()), RateLimitFilter.FEEDS);
        AtomicInteger passed = new AtomicInteger();
        int[] statuses = new int[3];
        for (int i = 0; i < 3; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/feeds/timeoff/guess" + i + ".ics");
            request.setRemoteAddr("203.0.113.10");
            MockHttpServletResponse response = new MockHttpServletResponse();
            feeds.doFilter(request, response, new MockFilterChain() {
                @Override
                public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                    passed.incrementAndGet();
                }
            });
            statuses[i] = response.getStatus();
        }
        assertThat(statuses).containsExactly(200, 200, 429);
        // the feeds limit leaves the sign-in form alone, and the forms limit leaves feeds alone
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        login.setRemoteAddr("203.0.113.10");
        MockHttpServletResponse response = new MockHttpServletResponse();
        feeds.doFilter(login, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            MockHttpServletRequest feed = new MockHttpServletRequest("GET", "/feeds/timeoff/x.ics");
            feed.setRemoteAddr("203.0.113.11");
            MockHttpServletResponse answer = new MockHttpServletResponse();
            filter.doFilter(feed, answer, new MockFilterChain());
            assertThat(answer.getStatus()).isEqualTo(200);
        }
    }
}

package org.shelfcare.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down guessing and flooding on the forms anyone can reach (sign-in, setup, invitation and
 * password links): a few requests a minute per client address, as the trusted proxy reports it.
 * Beyond that: 429 with {@code Retry-After}. Nothing about a person is kept, only addresses.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_ADDRESSES = 10_000;

    private final int perMinute;
    private final ApiProblems problems;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    /** Reading a secret calendar feed address (guessing secrets is what this slows down). */
    static final Predicate<HttpServletRequest> FEEDS = request -> "GET".equals(request.getMethod())
            && request.getRequestURI().startsWith("/feeds/");

    /** Opening and answering the secret answer links of a safety alert's email. */
    static final Predicate<HttpServletRequest> ALERT_ANSWERS = request -> request.getRequestURI().startsWith("/safety/answer/");

    private final @Nullable Predicate<HttpServletRequest> applies;

    RateLimitFilter(int perMinute, ApiProblems problems) {
        this(perMinute, problems, null);
    }

    /** A separate limit, with its own counts, for the requests {@code applies} picks instead of the forms. */
    RateLimitFilter(int perMinute, ApiProblems problems, @Nullable Predicate<HttpServletRequest> applies) {
        this.perMinute = perMinute;
        this.problems = problems;
        this.applies = applies;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (applies != null) {
            return !applies.test(request);
        }
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI();
        return !(path.equals("/login") || path.equals("/setup") || path.equals("/forgot-password")
                || path.equals("/api/v1/setup") || path.startsWith("/api/v1/invitations/")
                || path.equals("/api/v1/sample-library") || path.equals("/sample-library")
                || path.startsWith("/invitations/") || path.startsWith("/reset-password/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (SecurityConfig.isApi(request)) {
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.tooMany");
        } else {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }
}

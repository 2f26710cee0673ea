package org.shelfcare.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on creating API requests: a retry with the same key (by the same
 * caller, to the same path) gets the first answer again instead of creating a second thing. A
 * retry while the first is still running answers 409. Answers are kept for a day.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Duration KEEP = Duration.ofHours(24);
    private static final int PENDING = 0;

    private final JdbcClient jdbc;

    IdempotencyFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 255) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        String scope = hash(caller() + "\n" + request.getRequestURI() + "\n" + key);
        Optional<Stored> earlier = find(scope);
        if (earlier.isPresent()) {
            replay(earlier.get(), response);
            return;
        }
        Instant now = Instant.now();
        jdbc.sql("DELETE FROM idempotency_record WHERE created_at < ?").param(Timestamp.from(now.minus(KEEP))).update();
        try {
            jdbc.sql("INSERT INTO idempotency_record (scope_hash, status, created_at) VALUES (?, ?, ?)")
                    .params(scope, PENDING, Timestamp.from(now)).update();
        } catch (DuplicateKeyException concurrent) {
            find(scope).ifPresentOrElse(stored -> replay(stored, response),
                    () -> response.setStatus(HttpStatus.CONFLICT.value()));
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            int status = wrapper.getStatus();
            if (status >= 200 && status < 300) {
                jdbc.sql("UPDATE idempotency_record SET status = ?, content_type = ?, body = ? WHERE scope_hash = ?")
                        .params(status, wrapper.getContentType(),
                                new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8), scope)
                        .update();
            } else {
                // a failed request may be retried with the same key
                jdbc.sql("DELETE FROM idempotency_record WHERE scope_hash = ?").param(scope).update();
            }
            wrapper.copyBodyToResponse();
        }
    }

    private record Stored(int status, String contentType, String body) {}

    private Optional<Stored> find(String scope) {
        return jdbc.sql("SELECT status, content_type, body FROM idempotency_record WHERE scope_hash = ?").param(scope)
                .query((rs, n) -> new Stored(rs.getInt("status"), rs.getString("content_type"), rs.getString("body")))
                .optional();
    }

    private static void replay(Stored stored, HttpServletResponse response) {
        if (stored.status() == PENDING) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return;
        }
        try {
            response.setStatus(stored.status());
            response.setHeader("Idempotency-Replayed", "true");
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(stored.body() == null ? "" : stored.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

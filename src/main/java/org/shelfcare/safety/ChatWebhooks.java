package org.shelfcare.safety;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's chat webhooks (Slack or Microsoft Teams incoming webhooks), kept by admins. Every
 * alert and "all clear" is posted to each of them as {@code {"text": "..."}}, which both accept.
 * Posts wait in a table and are sent by a db-scheduler job, retried with growing pauses (1, 2, 4
 * minutes... at most an hour) for a day, so a chat service that is down misses nothing.
 */
@Service
@Transactional
public class ChatWebhooks {

    private static final Logger log = LoggerFactory.getLogger(ChatWebhooks.class);

    static final int NAME_MAX = 100;
    static final int URL_MAX = 2000;
    private static final int BATCH = 20;
    private static final int LAST_ATTEMPT = 12;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final boolean allowHttp;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    ChatWebhooks(JdbcClient jdbc, JsonMapper json,
            @Value("${shelfcare.safety.alert-webhooks-allow-http:false}") boolean allowHttp) {
        this.jdbc = jdbc;
        this.json = json;
        this.allowHttp = allowHttp;
    }

    /** The library's webhooks (admins). */
    @Transactional(readOnly = true)
    public List<ChatWebhook> list(CurrentUser admin) {
        admin.require(Role.ADMIN);
        return jdbc.sql("SELECT id, name, url FROM safety_chat_webhook WHERE org_id = ? ORDER BY lower(name), id")
                .param(admin.organizationId())
                .query((rs, n) -> new ChatWebhook(rs.getObject("id", UUID.class), rs.getString("name"),
                        shown(rs.getString("url"))))
                .list();
    }

    /** One of the library's webhooks (admins); another library's answers 404. */
    @Transactional(readOnly = true)
    public ChatWebhook find(CurrentUser admin, UUID id) {
        return list(admin).stream().filter(hook -> hook.id().equals(id)).findFirst().orElseThrow(Problems::notFound);
    }

    /** Adds a webhook (admins): a name and an https address. */
    public UUID add(CurrentUser admin, @Nullable String name, @Nullable String url) {
        admin.require(Role.ADMIN);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String n = AlertTemplates.required(errors, "name", name, NAME_MAX);
        String u = AlertTemplates.required(errors, "url", url, URL_MAX);
        if (!u.isEmpty() && u.length() <= URL_MAX && !acceptable(u)) {
            errors.add(new InvalidInput.FieldError("url", allowHttp ? "safety.alerts.webhook.badUrlHttp"
                    : "safety.alerts.webhook.badUrl", new Object[0]));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO safety_chat_webhook (id, org_id, name, url, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, admin.organizationId(), n, u, Timestamp.from(Instant.now())).update();
        return id;
    }

    /** Removes a webhook (admins); posts still waiting for it are dropped. */
    public void delete(CurrentUser admin, UUID id) {
        admin.require(Role.ADMIN);
        if (jdbc.sql("DELETE FROM safety_chat_webhook WHERE id = ? AND org_id = ?").params(id, admin.organizationId())
                .update() == 0) {
            throw Problems.notFound();
        }
    }

    /** Queues {@code text} for every webhook of the library (in the caller's transaction). */
    void queue(UUID orgId, UUID alertId, String text) {
        String body = json.writeValueAsString(Map.of("text", text));
        Timestamp now = Timestamp.from(Instant.now());
        for (UUID webhook : jdbc.sql("SELECT id FROM safety_chat_webhook WHERE org_id = ?").param(orgId)
                .query(UUID.class).list()) {
            jdbc.sql("""
                    INSERT INTO safety_webhook_delivery (id, org_id, webhook_id, alert_id, body, attempts, next_attempt_at,
                        created_at)
                    VALUES (?, ?, ?, ?, ?, 0, ?, ?)""")
                    .params(UUID.randomUUID(), orgId, webhook, alertId, body, now, now).update();
        }
    }

    /** Posts what is due; the scheduler calls it every few seconds. Answers how many were delivered. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int deliverDue() {
        Instant now = Instant.now();
        List<Due> due = jdbc.sql("""
                SELECT d.id, d.body, d.attempts, w.url FROM safety_webhook_delivery d
                JOIN safety_chat_webhook w ON w.id = d.webhook_id AND w.org_id = d.org_id
                WHERE d.delivered_at IS NULL AND d.attempts < ? AND d.next_attempt_at <= ?
                ORDER BY d.next_attempt_at LIMIT ?""")
                .params(LAST_ATTEMPT, Timestamp.from(now), BATCH)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("body"), rs.getInt("attempts"),
                        rs.getString("url")))
                .list();
        int delivered = 0;
        for (Due post : due) {
            boolean claimed = jdbc.sql("""
                    UPDATE safety_webhook_delivery SET attempts = attempts + 1, next_attempt_at = ?
                    WHERE id = ? AND attempts = ? AND delivered_at IS NULL""")
                    .params(Timestamp.from(now.plus(LEASE)), post.id(), post.attempts()).update() == 1;
            if (claimed && post(post, now)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean post(Due post, Instant now) {
        String error;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(post.url()))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(post.body())).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                jdbc.sql("UPDATE safety_webhook_delivery SET delivered_at = ?, last_error = NULL WHERE id = ?")
                        .params(Timestamp.from(Instant.now()), post.id()).update();
                return true;
            }
            error = "HTTP " + response.statusCode();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception failure) {
            error = failure.getClass().getSimpleName();
        }
        int attempt = post.attempts() + 1;
        Instant retry = now.plus(backoff(attempt));
        jdbc.sql("UPDATE safety_webhook_delivery SET next_attempt_at = ?, last_error = ? WHERE id = ?")
                .params(Timestamp.from(retry), error, post.id()).update();
        // the address is the webhook's secret: it stays in the table, not in the log
        log.warn("Chat webhook post {} failed on attempt {} ({}); retrying at {}", post.id(), attempt, error, retry);
        return false;
    }

    static Duration backoff(int attempt) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(10, Math.max(0, attempt - 1)));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private boolean acceptable(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return uri.getHost() != null && uri.getUserInfo() == null
                    && ("https".equals(scheme) || (allowHttp && "http".equals(scheme)));
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
    }

    private static String shown(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/…";
        } catch (java.net.URISyntaxException malformed) {
            return "…";
        }
    }

    private record Due(UUID id, String body, int attempts, String url) {}
}

package org.shelfcare.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens for the API; only their hashes are kept. */
@Repository
@Transactional
class PersonalAccessTokens {

    /** Prefix that lets secret scanners recognize a leaked token. */
    static final String PREFIX = "shc_";

    private final JdbcClient jdbc;
    /** When this node last wrote each token's last use: an API client's next requests skip the write. */
    private final Map<UUID, Instant> lastUseWritten = new ConcurrentHashMap<>();

    PersonalAccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record TokenRow(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {}

    record Issued(UUID id, String token) {}

    Issued issue(UUID orgId, UUID personId, String name) {
        UUID id = UUID.randomUUID();
        String token = PREFIX + SecretTokens.generate();
        jdbc.sql("INSERT INTO personal_access_token (id, org_id, person_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, orgId, personId, name, SecretTokens.hash(token), Timestamp.from(Instant.now())).update();
        return new Issued(id, token);
    }

    /** The person a live token belongs to. */
    Optional<UUID> personFor(String token) {
        Optional<UUID[]> found = jdbc.sql("""
                SELECT id, person_id FROM personal_access_token WHERE token_hash = ? AND revoked_at IS NULL
                """).param(SecretTokens.hash(token))
                .query((rs, n) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class)})
                .optional();
        found.ifPresent(ids -> {
            Instant now = Instant.now();
            Instant aMinuteAgo = now.minus(1, ChronoUnit.MINUTES);
            Instant written = lastUseWritten.get(ids[0]);
            if (written != null && written.isAfter(aMinuteAgo)) {
                return;  // at most one write a minute per token, and no statement at all in between
            }
            jdbc.sql("UPDATE personal_access_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                    .params(Timestamp.from(now), ids[0], Timestamp.from(aMinuteAgo)).update();
            lastUseWritten.put(ids[0], now);
        });
        return found.map(ids -> ids[1]);
    }

    List<TokenRow> of(UUID personId) {
        return jdbc.sql("""
                SELECT id, name, created_at, last_used_at FROM personal_access_token
                WHERE person_id = ? AND revoked_at IS NULL ORDER BY created_at DESC
                """).param(personId)
                .query((rs, n) -> {
                    Timestamp used = rs.getTimestamp("last_used_at");
                    return new TokenRow(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getTimestamp("created_at").toInstant(), used == null ? null : used.toInstant());
                }).list();
    }

    boolean revoke(UUID personId, UUID tokenId) {
        return jdbc.sql("UPDATE personal_access_token SET revoked_at = ? WHERE id = ? AND person_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now()), tokenId, personId).update() == 1;
    }
}

package org.shelfcare.directory;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitation and password-reset links. Only the token's hash is stored; a link works once. */
@Repository
class Invitations {

    enum Purpose { INVITE, RESET }

    record Pending(UUID orgId, UUID personId, Purpose purpose) {}

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link for the person; earlier unused links of the same purpose stop working. */
    String issue(UUID orgId, UUID personId, Purpose purpose, Duration validity) {
        Instant now = Instant.now();
        jdbc.sql("UPDATE invitation SET used_at = ? WHERE person_id = ? AND purpose = ? AND used_at IS NULL")
                .params(Timestamp.from(now), personId, purpose.name()).update();
        String token = SecretTokens.generate();
        jdbc.sql("INSERT INTO invitation (token_hash, org_id, person_id, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(SecretTokens.hash(token), orgId, personId, purpose.name(), Timestamp.from(now),
                        Timestamp.from(now.plus(validity)))
                .update();
        return token;
    }

    /** The link's person when the link is unused and unexpired. */
    Optional<Pending> valid(String token, Purpose purpose) {
        return jdbc.sql("""
                SELECT org_id, person_id FROM invitation
                WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
                """)
                .params(SecretTokens.hash(token), purpose.name(), Timestamp.from(Instant.now()))
                .query((rs, n) -> new Pending(rs.getObject("org_id", UUID.class), rs.getObject("person_id", UUID.class), purpose))
                .optional();
    }

    /** Marks the link used; false when someone else used it first. */
    boolean use(String token) {
        return jdbc.sql("UPDATE invitation SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(Timestamp.from(Instant.now()), SecretTokens.hash(token)).update() == 1;
    }
}

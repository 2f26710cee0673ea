package org.shelfcare.listening;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.shelfcare.privacy.KeyOwner;
import org.shelfcare.privacy.Sealed;
import org.shelfcare.privacy.SealedField;
import org.shelfcare.privacy.SealedText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keyed hashes for listening: HMAC-SHA256 under a random key per library, which is stored sealed
 * under the library's care key (so a database reader cannot recompute the hashes of a person), and
 * SHA-256 of the random edit secrets of anonymous suggestions.
 */
@Component
class SuggestionHashes {

    private static final String TABLE = "listening_hash_key";
    private final JdbcClient jdbc;
    private final SealedText sealedText;
    private final TransactionTemplate apart;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, byte[]> keys = new ConcurrentHashMap<>();

    SuggestionHashes(JdbcClient jdbc, SealedText sealedText, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sealedText = sealedText;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** HMAC(library key, person id + item kind + item id), in hex. */
    String vote(UUID organizationId, UUID personId, String itemKind, UUID itemId) {
        return hmac(organizationId, "vote:" + personId + ":" + itemKind + ":" + itemId);
    }

    /** HMAC(library key, purpose + person id): for in-memory counters that must not name the person. */
    String person(UUID organizationId, String purpose, UUID personId) {
        return hmac(organizationId, purpose + ":" + personId);
    }

    /** A new random secret for the author of an anonymous item, to keep in their browser. */
    String newSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of a secret, in hex: what the row stores. */
    static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether {@code secret} is the one whose digest is stored, compared in constant time. */
    static boolean matches(String secret, String storedDigest) {
        return MessageDigest.isEqual(digest(secret).getBytes(StandardCharsets.US_ASCII),
                storedDigest.getBytes(StandardCharsets.US_ASCII));
    }

    private String hmac(UUID organizationId, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(organizationId), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private byte[] key(UUID organizationId) {
        return keys.computeIfAbsent(organizationId, org -> {
            String stored = apart.execute(status -> load(org));
            return Base64.getDecoder().decode(stored);
        });
    }

    private String load(UUID org) {
        SealedField field = SealedField.of(TABLE, "sealed", org);
        KeyOwner owner = KeyOwner.care(org);
        String sealed = jdbc.sql("SELECT sealed FROM listening_hash_key WHERE org_id = ?").param(org)
                .query(String.class).optional().orElse(null);
        if (sealed == null) {
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            String fresh = Base64.getEncoder().encodeToString(raw);
            try {
                jdbc.sql("INSERT INTO listening_hash_key (org_id, sealed) VALUES (?, ?)")
                        .params(org, sealedText.seal(owner, field, fresh).text()).update();
                return fresh;
            } catch (DuplicateKeyException raced) {
                sealed = jdbc.sql("SELECT sealed FROM listening_hash_key WHERE org_id = ?").param(org)
                        .query(String.class).single();
            }
        }
        return sealedText.open(owner, field, Sealed.of(sealed));
    }
}

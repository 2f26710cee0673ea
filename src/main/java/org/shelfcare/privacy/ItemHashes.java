package org.shelfcare.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * HMAC(server key, person id + item id), for what must be done once per person without storing
 * who did it (a vote on an anonymous question): the same person and item always give the same
 * hash, and one person's hashes for different items cannot be linked to each other. The key is
 * derived from the instance master key; after a rotation, hashes under the previous master keys
 * that are still configured are recognized too ({@link #all}).
 */
@Component
public class ItemHashes {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "shelfcare/item-hash/v1".getBytes(StandardCharsets.US_ASCII);

    private final List<byte[]> keys;

    ItemHashes(MasterKeys masterKeys) {
        this.keys = Stream.concat(Stream.of(masterKeys.current()), masterKeys.previous().stream())
                .map(master -> hmac(master.key().getEncoded(), PURPOSE)).toList();
    }

    /** The hash to store for this person and item (hex, 64 characters). */
    public String hash(UUID personId, UUID itemId) {
        return hex(keys.get(0), personId, itemId);
    }

    /** The hash under the current key first, then under each previous master key still configured. */
    public List<String> all(UUID personId, UUID itemId) {
        return keys.stream().map(key -> hex(key, personId, itemId)).toList();
    }

    private static String hex(byte[] key, UUID personId, UUID itemId) {
        return HexFormat.of().formatHex(hmac(key, (personId + ":" + itemId).getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

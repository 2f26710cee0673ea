package org.shelfcare.listening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.SecretTokens;

/**
 * The one-time edit secret of an anonymous item (a suggestion, a session question): handed to its
 * asker once, stored only as {@link SecretTokens#hash its hash}, never with who asked. The one
 * piece both the suggestion box and the sessions use.
 */
final class EditSecrets {

    private EditSecrets() {}

    /** A new secret for an anonymous item, {@code null} for a named one (its author is enough). */
    static @Nullable String issue(boolean anonymous) {
        return anonymous ? SecretTokens.generate() : null;
    }

    static @Nullable String hash(@Nullable String secret) {
        return secret == null ? null : SecretTokens.hash(secret);
    }

    /** Whether the typed secret is the one whose hash is stored (constant time). */
    static boolean holds(@Nullable String storedHash, @Nullable String secret) {
        return secret != null && !secret.isBlank() && storedHash != null
                && MessageDigest.isEqual(SecretTokens.hash(secret.strip()).getBytes(StandardCharsets.US_ASCII),
                        storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

package org.shelfcare.privacy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The instance master key, which wraps every data key. Its id (the first 8 bytes of its SHA-256,
 * in hex) is stored beside each wrapped key, so a rotated master key is recognized.
 */
record MasterKey(String id, SecretKey key) {

    static final int LENGTH = 32;

    static MasterKey of(byte[] raw) {
        if (raw.length != LENGTH) {
            throw new IllegalArgumentException("a master key has " + LENGTH + " bytes, not " + raw.length);
        }
        return new MasterKey(idOf(raw), new SecretKeySpec(raw, "AES"));
    }

    static String idOf(byte[] raw) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw);
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}

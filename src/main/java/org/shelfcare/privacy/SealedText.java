package org.shelfcare.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.shelfcare.directory.AdminAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sealed text: private writing encrypted at rest with AES-GCM under its owner's data key (a
 * person's, or a library's care key), so that nobody at the library, admins included, and nobody
 * holding only a database dump, can read it. Each ciphertext is bound to its owner and to the
 * table, column and row it is stored in. Destroying a person's keys, when their account is
 * deleted, leaves everything they sealed unreadable for good.
 *
 * <p>Search over one's own sealed text opens it in memory; never build a plaintext index.
 */
@Service
public class SealedText {

    /** The {@link AdminAction} code after which a person's keys are destroyed. */
    public static final String PERSON_DELETED = "PERSON_DELETED";

    private static final Logger log = LoggerFactory.getLogger(SealedText.class);
    private static final byte VERSION = 1;
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 1 + 16;
    private static final int MIN_BYTES = HEADER_BYTES + IV_BYTES + TAG_BITS / 8;

    private final DataKeys keys;
    private final MasterKeys masterKeys;
    private final SecureRandom random = new SecureRandom();

    SealedText(DataKeys keys, MasterKeys masterKeys) {
        this.keys = keys;
        this.masterKeys = masterKeys;
    }

    /** Encrypts {@code plaintext} for {@code owner}, to be stored in {@code field} only. */
    @Transactional
    public Sealed seal(KeyOwner owner, SealedField field, String plaintext) {
        MasterKey master = masterKeys.current();
        DataKeys.Row row = keys.current(owner, master.id()).orElseGet(() -> newKey(owner, master));
        byte[] header = header(row.id());
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] ciphertext = withDataKey(row, master, key ->
                crypt(Cipher.ENCRYPT_MODE, key, iv, aad(header, owner, field), plaintext.getBytes(StandardCharsets.UTF_8)));
        return new Sealed(Base64.getEncoder().encodeToString(ByteBuffer.allocate(header.length + iv.length + ciphertext.length)
                .put(header).put(iv).put(ciphertext).array()));
    }

    /**
     * The plaintext of a text sealed for {@code owner} in {@code field}.
     *
     * @throws SealedTextUnreadable when it was sealed for another owner or place, has been altered,
     *     or its key has been destroyed
     */
    @Transactional(readOnly = true)
    public String open(KeyOwner owner, SealedField field, Sealed sealed) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.text());
        } catch (IllegalArgumentException notBase64) {
            throw new SealedTextUnreadable(SealedTextUnreadable.Reason.MALFORMED, "Not sealed text (not base64).");
        }
        if (bytes.length < MIN_BYTES || bytes[0] != VERSION) {
            throw new SealedTextUnreadable(SealedTextUnreadable.Reason.MALFORMED,
                    "Not sealed text of format version " + VERSION + ".");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.get();
        UUID keyId = new UUID(buffer.getLong(), buffer.getLong());
        byte[] iv = new byte[IV_BYTES];
        buffer.get(iv);
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);

        DataKeys.Row row = keys.find(keyId).orElseThrow(() -> new SealedTextUnreadable(
                SealedTextUnreadable.Reason.UNKNOWN_KEY, "The data key " + keyId + " of this sealed text does not exist."));
        if (!row.owner().equals(owner)) {
            throw new SealedTextUnreadable(SealedTextUnreadable.Reason.NOT_FOR_THIS_PLACE,
                    "This text was sealed for another owner than " + owner.kind() + " " + owner.ownerId() + ".");
        }
        if (row.destroyed()) {
            throw new SealedTextUnreadable(SealedTextUnreadable.Reason.KEY_DESTROYED,
                    "The data key " + keyId + " was destroyed with its owner's account; this text can never be read.");
        }
        MasterKey master = masterKeys.byId(row.masterKeyId()).orElseThrow(() -> new SealedTextUnreadable(
                SealedTextUnreadable.Reason.MASTER_KEY_MISSING, "The data key " + keyId + " is wrapped by master key "
                        + row.masterKeyId() + ", which is not configured (current: " + masterKeys.current().id() + ")."));
        byte[] plaintext;
        try {
            plaintext = withDataKey(row, master, key ->
                    crypt(Cipher.DECRYPT_MODE, key, iv, aad(Arrays.copyOf(bytes, HEADER_BYTES), owner, field), ciphertext));
        } catch (SealedTextUnreadable unreadable) {
            throw unreadable;
        } catch (IllegalStateException failed) {
            if (failed.getCause() instanceof AEADBadTagException) {
                throw new SealedTextUnreadable(SealedTextUnreadable.Reason.NOT_FOR_THIS_PLACE, "This text was not sealed"
                        + " for " + field.table() + "." + field.column() + " of row " + field.rowId()
                        + " of this owner, or it has been altered.", failed);
            }
            throw failed;
        }
        return new String(plaintext, StandardCharsets.UTF_8);
    }

    /**
     * Destroys every data key of the person: all they sealed becomes unreadable, for good. Called
     * when their account is deleted.
     */
    @Transactional
    public void destroyKeysOf(UUID organizationId, UUID personId) {
        int destroyed = keys.destroy(KeyOwner.person(organizationId, personId));
        log.info("Destroyed {} data key(s) of person {} in organization {}", destroyed, personId, organizationId);
    }

    @EventListener
    void on(AdminAction action) {
        if (PERSON_DELETED.equals(action.action()) && action.subjectId() != null) {
            destroyKeysOf(action.organizationId(), action.subjectId());
        }
    }

    /**
     * After a master key rotation: rewraps the data keys of the earlier master keys that are still
     * configured by the current one, so the earlier ones can then be dropped.
     */
    @Transactional
    public int rewrapUnderCurrentMasterKey() {
        MasterKey current = masterKeys.current();
        int rewrapped = 0;
        for (MasterKey previous : masterKeys.previous()) {
            for (DataKeys.Row row : keys.wrappedBy(previous.id())) {
                byte[] raw = unwrap(row, previous);
                try {
                    keys.rewrap(row.id(), previous.id(), current.id(), wrap(row.id(), row.owner(), raw, current));
                } finally {
                    Arrays.fill(raw, (byte) 0);
                }
                rewrapped++;
            }
        }
        return rewrapped;
    }

    private DataKeys.Row newKey(KeyOwner owner, MasterKey master) {
        UUID id = UUID.randomUUID();
        byte[] raw = new byte[KEY_BYTES];
        random.nextBytes(raw);
        try {
            byte[] wrapped = wrap(id, owner, raw, master);
            keys.insert(id, owner, master.id(), wrapped);
            return new DataKeys.Row(id, owner, master.id(), wrapped);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private interface KeyUse {
        byte[] apply(SecretKey key);
    }

    private byte[] withDataKey(DataKeys.Row row, MasterKey master, KeyUse use) {
        byte[] raw = unwrap(row, master);
        try {
            return use.apply(new SecretKeySpec(raw, "AES"));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Wrapped key = IV + AES-GCM(master key, data key), bound to the key's id and owner. */
    private byte[] wrap(UUID id, KeyOwner owner, byte[] raw, MasterKey master) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] wrapped = crypt(Cipher.ENCRYPT_MODE, master.key(), iv, wrapAad(id, owner), raw);
        return ByteBuffer.allocate(iv.length + wrapped.length).put(iv).put(wrapped).array();
    }

    private byte[] unwrap(DataKeys.Row row, MasterKey master) {
        byte[] wrapped = row.wrappedKey();
        if (wrapped == null) {
            throw new SealedTextUnreadable(SealedTextUnreadable.Reason.KEY_DESTROYED, "The data key " + row.id()
                    + " was destroyed.");
        }
        try {
            return crypt(Cipher.DECRYPT_MODE, master.key(), Arrays.copyOf(wrapped, IV_BYTES), wrapAad(row.id(), row.owner()),
                    Arrays.copyOfRange(wrapped, IV_BYTES, wrapped.length));
        } catch (IllegalStateException failed) {
            throw new SealedTextUnreadable(SealedTextUnreadable.Reason.NOT_FOR_THIS_PLACE, "The data key " + row.id()
                    + " does not unwrap under master key " + master.id() + " for its owner; it has been altered.", failed);
        }
    }

    private static byte[] header(UUID keyId) {
        return ByteBuffer.allocate(HEADER_BYTES).put(VERSION)
                .putLong(keyId.getMostSignificantBits()).putLong(keyId.getLeastSignificantBits()).array();
    }

    private static byte[] aad(byte[] header, KeyOwner owner, SealedField field) {
        byte[] place = ("|" + field.table() + "|" + field.column() + "|" + field.rowId() + "|" + owner.kind() + "|"
                + owner.organizationId() + "|" + owner.ownerId()).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + place.length).put(header).put(place).array();
    }

    private static byte[] wrapAad(UUID keyId, KeyOwner owner) {
        return ("shelfcare-data-key|" + VERSION + "|" + keyId + "|" + owner.kind() + "|" + owner.organizationId() + "|"
                + owner.ownerId()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] iv, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("AES-GCM failed", failed);
        }
    }
}

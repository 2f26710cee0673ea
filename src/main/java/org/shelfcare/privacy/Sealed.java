package org.shelfcare.privacy;

/**
 * A sealed (encrypted) text as stored in a text column: base64 of a format version, the id of the
 * data key, a random IV, and the AES-GCM ciphertext with its tag. Nothing in it is readable
 * without the owner's data key.
 *
 * @param text what to store, and what to hand back to {@link SealedText#open}
 */
public record Sealed(String text) {

    public static Sealed of(String text) {
        return new Sealed(text);
    }

    @Override
    public String toString() {
        return "Sealed[" + text.length() + " chars]";
    }
}

package org.shelfcare.privacy;

/** A sealed text that cannot be opened, and why. */
public class SealedTextUnreadable extends RuntimeException {

    public enum Reason {
        /** The owner's data key was destroyed (the account was deleted): the text is gone for good. */
        KEY_DESTROYED,
        /** The text was sealed for another owner, another row or column, or it has been altered. */
        NOT_FOR_THIS_PLACE,
        /** The data key is wrapped by a master key this instance does not have. */
        MASTER_KEY_MISSING,
        /** The data key it names does not exist. */
        UNKNOWN_KEY,
        /** It is not sealed text in a format this version understands. */
        MALFORMED
    }

    private final Reason reason;

    SealedTextUnreadable(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    SealedTextUnreadable(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

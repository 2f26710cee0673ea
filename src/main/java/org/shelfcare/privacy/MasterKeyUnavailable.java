package org.shelfcare.privacy;

/** No usable privacy master key: ShelfCare does not start. The message says what to set. */
class MasterKeyUnavailable extends IllegalStateException {

    MasterKeyUnavailable(String message) {
        super(message);
    }
}

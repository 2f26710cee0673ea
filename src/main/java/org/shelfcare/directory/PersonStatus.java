package org.shelfcare.directory;

/** Where a person's account stands. */
public enum PersonStatus {
    /** Invited; has not yet set a password. */
    INVITED,
    ACTIVE,
    /** Can no longer sign in; their records stay. */
    DEACTIVATED
}

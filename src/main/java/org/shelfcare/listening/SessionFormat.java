package org.shelfcare.listening;

/** Where a session happens. */
public enum SessionFormat {
    IN_PERSON, ONLINE, HYBRID
}

package org.shelfcare.listening;

/** Who a session is for: the whole library, one branch or one department. */
public enum SessionAudience {
    LIBRARY, BRANCH, DEPARTMENT
}

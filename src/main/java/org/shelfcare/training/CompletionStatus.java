package org.shelfcare.training;

/** A recorded completion: it counts at once while a lead looks at it, and stops counting when rejected. */
public enum CompletionStatus {
    PENDING, VERIFIED, REJECTED
}

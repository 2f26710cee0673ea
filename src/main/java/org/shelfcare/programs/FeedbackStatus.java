package org.shelfcare.programs;

/** Whether a person may give feedback on a session now. */
public enum FeedbackStatus {
    /** The session has ended, within the last {@link SessionFeedback#WINDOW}, and the person has not answered. */
    OPEN,
    /** The person has answered (it cannot be changed: nothing links the answer to them). */
    GIVEN,
    /** The session has not ended yet. */
    NOT_YET,
    /** The session was cancelled, or ended longer ago than the window. */
    CLOSED,
    /** The session took registrations and the person held no seat. */
    NOT_ATTENDED
}

package org.shelfcare.listening;

/** Whether the audience sees a question: waiting for a host's approval, visible, or hidden with a reason. */
public enum QuestionStatus {
    HELD, VISIBLE, HIDDEN
}

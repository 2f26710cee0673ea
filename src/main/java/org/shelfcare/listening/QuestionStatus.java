package org.shelfcare.listening;

/**
 * Whether the audience sees a question: waiting for a host's approval, visible, hidden with a
 * reason, or withdrawn by its asker (gone for everyone, no votes).
 */
public enum QuestionStatus {
    HELD, VISIBLE, HIDDEN, WITHDRAWN
}

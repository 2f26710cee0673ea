package org.shelfcare.listening;

/**
 * Whether the audience sees a question: waiting for a host's approval, visible, hidden with a
 * reason, withdrawn by its asker (gone for everyone, no votes), or merged by a moderator into another
 * question (gone from the list; its votes count on that question).
 */
public enum QuestionStatus {
    HELD, VISIBLE, HIDDEN, WITHDRAWN, MERGED
}

package org.shelfcare.safety;

/**
 * Where one follow-up stands: waiting for its day, sent to the person, or answered, declined (this
 * one) or stopped (this one and every later one of the same incident) by them.
 */
public enum FollowUpStatus {
    SCHEDULED, SENT, ANSWERED, DECLINED, STOPPED
}

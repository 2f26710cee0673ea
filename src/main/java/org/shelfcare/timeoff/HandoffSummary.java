package org.shelfcare.timeoff;

/**
 * How complete a handoff plan is, for the approver: how many items there are, how many a
 * colleague has accepted, how many wait for an answer, how many were declined and how many have
 * nobody asked yet.
 */
public record HandoffSummary(int total, int accepted, int asked, int declined, int unassigned) {

    public static final HandoffSummary EMPTY = new HandoffSummary(0, 0, 0, 0, 0);

    public boolean empty() {
        return total == 0;
    }

    /** Every item has a colleague who accepted it. */
    public boolean complete() {
        return total > 0 && accepted == total;
    }
}

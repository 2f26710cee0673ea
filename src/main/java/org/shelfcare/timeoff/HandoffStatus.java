package org.shelfcare.timeoff;

/** Where a handoff item stands: nobody asked yet, asked, accepted or declined by the colleague asked. */
public enum HandoffStatus {
    UNASSIGNED,
    ASKED,
    ACCEPTED,
    DECLINED;

    public String labelKey() {
        return "timeoff.handoff.status." + name();
    }
}

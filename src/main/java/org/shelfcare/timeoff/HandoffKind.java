package org.shelfcare.timeoff;

/** What a handoff item stands for: the duties that need someone while a person is out. */
public enum HandoffKind {
    DESK_SHIFT,
    PROGRAM,
    MEETING,
    TASK,
    OTHER;

    public String labelKey() {
        return "timeoff.handoff.kind." + name();
    }
}

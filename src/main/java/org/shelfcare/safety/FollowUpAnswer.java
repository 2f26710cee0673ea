package org.shelfcare.safety;

/** The person's answer to "How are you doing?": I'm OK, I'd like to talk, Please send EAP information. */
public enum FollowUpAnswer {
    OK, TALK, EAP;

    /** Whether this answer asks the care contacts to do something. */
    public boolean asksForHelp() {
        return this != OK;
    }
}

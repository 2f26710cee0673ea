package org.shelfcare.wellbeing;

/** A way a person likes to be reached, as they list it in their working agreement. */
public enum ContactChannel {
    IN_PERSON,
    CHAT,
    EMAIL,
    PHONE,
    VIDEO_CALL;

    public String labelKey() {
        return "wellbeing.boundaries.channel." + name();
    }
}

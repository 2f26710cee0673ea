package org.shelfcare.listening;

/** Why a host hid a question; its named asker sees it, and everyone sees the count per reason. */
public enum HideReason {
    OFF_TOPIC, DUPLICATE, PERSONAL_ATTACK, IDENTIFIES_SOMEONE, OTHER
}

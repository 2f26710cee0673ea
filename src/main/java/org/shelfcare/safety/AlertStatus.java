package org.shelfcare.safety;

/** A person's answer to an alert. */
public enum AlertStatus {
    SAFE, NEED_HELP
}

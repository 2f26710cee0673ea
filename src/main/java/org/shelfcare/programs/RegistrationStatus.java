package org.shelfcare.programs;

/** A registration holds a seat, or waits for one (promoted in order as seats free up). */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED
}

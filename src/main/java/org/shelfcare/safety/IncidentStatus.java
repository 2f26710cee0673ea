package org.shelfcare.safety;

/** A report is a draft (seen by its reporter only) until it is submitted. */
public enum IncidentStatus {
    DRAFT,
    SUBMITTED
}

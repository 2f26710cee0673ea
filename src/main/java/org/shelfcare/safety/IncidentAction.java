package org.shelfcare.safety;

/** What was done or what happened during an incident, ticked on the report. */
public enum IncidentAction {
    DE_ESCALATION,
    POLICE_CALLED,
    EMS_CALLED,
    INJURY,
    DAMAGE
}

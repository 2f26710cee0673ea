/**
 * Safety: care during and after incidents. Incident reports keep two tracks: the factual record
 * (what happened, where, who was involved, what was done), read by safety leads, admins and its
 * reporter, never by the people it is about, every read written to the audit log; and the care
 * track (who was affected, how they are doing, requests for a check-in), read by care contacts
 * only, its notes sealed with the library's care key. Right after reporting, the reporter sees
 * "Get help now". Follow-up care: each person an incident affected is asked privately how they are
 * doing at about one week and within a month (library setting), can answer, decline or stop, and
 * asking to talk or for EAP information gives care contacts a task. Alerts reach a branch or the
 * whole library at once (in the app, by email past quiet hours, and in the library's chat) and ask
 * each person "I'm safe" or "I need help", with plain-language templates per type (the library's own
 * incident types) and an "all clear". Playbooks give each incident type an ordered checklist
 * (shipped: the DHS/CISA bomb threat checklist and CISA de-escalation steps; editable per library
 * by safety leads and admins), whose steps are ticked off on an incident's record with who and when.
 * Safety leads and admins schedule an operational review of an incident (findings and changes, on
 * the factual record, never the care track) and get a compassionate message to send their staff
 * afterwards.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Safety",
        allowedDependencies = {"directory", "notifications", "privacy", "resources", "web"})
package org.shelfcare.safety;

import org.jspecify.annotations.NullMarked;

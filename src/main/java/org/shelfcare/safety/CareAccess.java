package org.shelfcare.safety;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Component;

/**
 * Who the care track of an incident is for, in one place: the care contacts of its library, never
 * the people it is about. Everyone else, drafts and other libraries' incidents answer 404.
 */
@Component
class CareAccess {

    private final Incidents incidents;
    private final DirectoryManagement directory;

    CareAccess(Incidents incidents, DirectoryManagement directory) {
        this.incidents = incidents;
        this.directory = directory;
    }

    /** The submitted incident whose care track this care contact may read; 404 otherwise. */
    Incidents.Row readable(CurrentUser careContact, UUID incidentId) {
        if (!SafetyManagement.caresFor(careContact)) {
            throw Problems.notFound();
        }
        Incidents.Row row = incidents.find(careContact.organizationId(), incidentId).orElseThrow(Problems::notFound);
        if (row.status() != IncidentStatus.SUBMITTED || incidents.isSubject(incidentId, careContact.personId())) {
            throw Problems.notFound();
        }
        return row;
    }

    /** The library's care contacts, without the incident's subjects. */
    Set<UUID> contacts(UUID orgId, UUID incidentId) {
        Set<UUID> people = new HashSet<>(directory.activeWithRole(orgId, Role.CARE_CONTACT));
        people.removeAll(incidents.people(incidentId, Incidents.SUBJECT));
        return people;
    }
}

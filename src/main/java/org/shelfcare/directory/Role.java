package org.shelfcare.directory;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do in their library; a person can hold several. */
public enum Role {
    /** Everyone. */
    STAFF,
    SUPERVISOR,
    WELLNESS_LEAD,
    SAFETY_LEAD,
    /** Sees the care track of incidents. */
    CARE_CONTACT,
    ADMIN,
    /** The instance role: creates and deactivates organizations; reads no library's data. */
    OPERATOR;

    /** The roles an admin can give within a library. */
    public static final Set<Role> ASSIGNABLE = EnumSet.of(STAFF, SUPERVISOR, WELLNESS_LEAD, SAFETY_LEAD, CARE_CONTACT, ADMIN);
}

package org.shelfcare.authorization;

/**
 * Who makes a request in the authorization matrix. Roles are people of the home library; the
 * relationship actors hold no special role but stand in a relationship to the world's objects.
 */
public enum Actor {
    /** Nobody signed in. */
    ANONYMOUS,
    STAFF,
    SUPERVISOR,
    WELLNESS_LEAD,
    SAFETY_LEAD,
    CARE_CONTACT,
    ADMIN,
    /** The instance operator; a member of the home library with only the STAFF role there. */
    OPERATOR,
    /** The admin of another library: everything of the home library answers 404 to them. */
    OTHER_ORG_ADMIN,
    /** A staff member who reports to SUPERVISOR. */
    REPORT
}

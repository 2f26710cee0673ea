package org.shelfcare.resources;

/** The kinds of support, in the order the help page lists them after the EAP and crisis lines. */
public enum ResourceCategory {
    /** The library's Employee Assistance Program. */
    EAP,
    /** Crisis and support lines, such as 988. */
    CRISIS,
    /** Local counseling. */
    COUNSELING,
    HR,
    UNION,
    OTHER
}

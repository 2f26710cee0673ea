package org.shelfcare.safety.web;

import java.util.UUID;

/** The incident page routes, shared by the controllers and the templates. */
public final class SafetyRoutes {

    public static final String HOME = "/safety";
    public static final String INCIDENTS = "/safety/incidents";
    public static final String NEW = "/safety/incidents/new";
    public static final String TYPES = "/safety/types";
    public static final String TRENDS = "/safety/trends";
    public static final String TRENDS_CSV = "/safety/trends.csv";
    static final String INCIDENT = "/safety/incidents/{id}";
    /** The element around an incident's playbook that redraws when someone ticks a step. */
    public static final String PLAYBOOK_LIVE_ID = "playbook-live";

    private SafetyRoutes() {}

    public static String incident(UUID id) {
        return INCIDENTS + "/" + id;
    }

    public static String edit(UUID id) {
        return incident(id) + "/edit";
    }

    public static String notes(UUID id) {
        return incident(id) + "/notes";
    }

    public static String reported(UUID id) {
        return incident(id) + "/reported";
    }

    public static String checkIn(UUID id) {
        return incident(id) + "/check-in";
    }

    public static String care(UUID id) {
        return incident(id) + "/care";
    }

    public static String careNotes(UUID id) {
        return care(id) + "/notes";
    }

    public static String type(String code) {
        return TYPES + "/" + code;
    }

    public static String deleteType(String code) {
        return type(code) + "/delete";
    }
}

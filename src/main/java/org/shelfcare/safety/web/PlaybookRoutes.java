package org.shelfcare.safety.web;

import java.util.UUID;

/** The routes of playbooks, ticks, operational reviews and the leaders' message. */
public final class PlaybookRoutes {

    public static final String PLAYBOOKS = "/safety/playbooks";
    static final String PLAYBOOK = PLAYBOOKS + "/{code}";
    static final String TICK = SafetyRoutes.INCIDENT + "/playbook/{stepId}";
    static final String REVIEW = SafetyRoutes.INCIDENT + "/review";
    static final String MESSAGE = SafetyRoutes.INCIDENT + "/message";

    private PlaybookRoutes() {}

    public static String playbook(String code) {
        return PLAYBOOKS + "/" + code;
    }

    public static String tick(UUID incidentId, String stepId) {
        return SafetyRoutes.incident(incidentId) + "/playbook/" + stepId;
    }

    public static String review(UUID incidentId) {
        return SafetyRoutes.incident(incidentId) + "/review";
    }

    public static String message(UUID incidentId) {
        return SafetyRoutes.incident(incidentId) + "/message";
    }

    public static String message(UUID incidentId, String language) {
        return message(incidentId) + "?lang=" + language;
    }
}

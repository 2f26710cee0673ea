package org.shelfcare.safety.web;

import java.util.UUID;

/** The alert pages' routes, shared by the controllers and the templates so that a rename breaks the build. */
public final class AlertRoutes {

    public static final String ALERTS = "/safety/alerts";
    public static final String NEW = ALERTS + "/new";
    public static final String TEMPLATES = ALERTS + "/templates";
    public static final String SETTINGS = ALERTS + "/settings";
    public static final String WEBHOOKS = ALERTS + "/webhooks";
    /** The answer links of alert emails; reachable without signing in. */
    public static final String ANSWER = "/safety/answer";
    /** The element of an alert's page that live answers redraw. */
    public static final String ANSWERS_ID = "alert-answers";

    private AlertRoutes() {}

    public static String newAlert(String type) {
        return NEW + "?type=" + type;
    }

    public static String alert(UUID id) {
        return ALERTS + "/" + id;
    }

    public static String responses(UUID id) {
        return alert(id) + "/responses";
    }

    public static String allClear(UUID id) {
        return alert(id) + "/all-clear";
    }

    public static String answersTopic(UUID id) {
        return "safety.alert." + id;
    }

    public static String template(String type) {
        return TEMPLATES + "/" + type;
    }

    public static String resetTemplate(String type) {
        return template(type) + "/reset";
    }

    public static String deleteWebhook(UUID id) {
        return WEBHOOKS + "/" + id + "/delete";
    }

    public static String answer(String token) {
        return ANSWER + "/" + token;
    }
}

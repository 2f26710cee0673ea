package org.shelfcare.safety;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.SAFETY_LEAD;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of safety alerts. SAFETY_LEAD alerts the whole home library (everyone there is alerted
 * and may answer), and also a branch where nobody works (nobody there may answer; only safety
 * leads and admins see it). Safety leads and admins send, oversee and keep templates; admins keep
 * the settings and chat webhooks; the library allows staff no alerts (the default). Another
 * library's admin sends in their own library and gets 404 for the home library's alerts. An
 * email's answer link works for whoever holds it, signed in or not.
 */
class AlertsMatrix implements MatrixRows {

    private static final String PAGES = "/safety/alerts";
    private static final String API = "/api/v1/safety";
    private static final String ANSWER_SECRET = "matrix-answer-link-secret-" + UUID.randomUUID();

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get(PAGES).expect(302, ANONYMOUS).otherwise(200),
                get(PAGES + "/new")
                        .expect(200, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post(PAGES).form((w, a) -> Map.of("type", "OTHER", "message", "Matrix alert " + w.unique(), "drill", "true"))
                        .expect(302, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                get(PAGES + "/{id}").path(w -> PAGES + "/" + libraryAlert(w))
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post(PAGES + "/{id}/responses").path(w -> PAGES + "/" + libraryAlert(w) + "/responses")
                        .form((w, a) -> Map.of("status", "SAFE"))
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(302),
                get(PAGES + "/{id}/all-clear").path(w -> PAGES + "/" + libraryAlert(w) + "/all-clear")
                        .expect(200, SAFETY_LEAD, ADMIN)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(PAGES + "/{id}/all-clear").path(w -> PAGES + "/" + clearedAlert(w, "page") + "/all-clear")
                        .form((w, a) -> Map.of("message", "Matrix all clear"))
                        .expect(302, SAFETY_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                get(PAGES + "/templates")
                        .expect(200, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get(PAGES + "/templates/{type}").path(w -> PAGES + "/templates/MEDICAL")
                        .expect(200, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post(PAGES + "/templates/{type}").path(w -> PAGES + "/templates/MEDICAL")
                        .form((w, a) -> Map.of("headline", "Matrix headline", "message", "Matrix message",
                                "allClear", "Matrix all clear"))
                        .expect(302, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                post(PAGES + "/templates/{type}/reset").path(w -> PAGES + "/templates/MEDICAL/reset")
                        .expect(302, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),

                get(PAGES + "/settings")
                        .expect(200, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post(PAGES + "/settings").form((w, a) -> Map.of("staffMayAlert", "false"))
                        .expect(302, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                post(PAGES + "/webhooks").form((w, a) -> Map.of("name", "Matrix chat " + w.unique(),
                                "url", "https://127.0.0.1:9/matrix"))
                        .expect(302, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                get(PAGES + "/webhooks/{id}/delete").path(w -> PAGES + "/webhooks/" + webhook(w, "confirm") + "/delete")
                        .expect(200, ADMIN)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(PAGES + "/webhooks/{id}/delete")
                        .path((w, a) -> PAGES + "/webhooks/" + webhook(w, "delete-" + a.name()) + "/delete")
                        .expect(302, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                get("/safety/answer/{token}").path(w -> "/safety/answer/" + answerLink(w)).otherwise(200),
                post("/safety/answer/{token}").path(w -> "/safety/answer/" + answerLink(w))
                        .form((w, a) -> Map.of("status", "SAFE"))
                        .otherwise(302),

                get(API + "/alerts").expect(401, ANONYMOUS).otherwise(200),
                get(API + "/alerts/banner").expect(401, ANONYMOUS).otherwise(200),
                post(API + "/alerts").json((w, a) -> "{\"type\":\"OTHER\",\"message\":\"Matrix API alert " + w.unique()
                                + "\",\"drill\":true}")
                        .expect(201, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/alerts/{id}").path(w -> API + "/alerts/" + emptyBranchAlert(w))
                        .expect(200, SAFETY_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/alerts/{id}/responses").path(w -> API + "/alerts/" + emptyBranchAlert(w) + "/responses")
                        .json("{\"status\":\"SAFE\"}")
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API + "/alerts/{id}/all-clear").path(w -> API + "/alerts/" + clearedAlert(w, "api") + "/all-clear")
                        .json("{}")
                        .expect(200, SAFETY_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(API + "/alert-templates")
                        .expect(200, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/alert-templates/{type}").path(w -> API + "/alert-templates/OTHER")
                        .expect(200, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                put(API + "/alert-templates/{type}").path(w -> API + "/alert-templates/OTHER")
                        .json("{\"headline\":\"Matrix\",\"message\":\"Matrix message\",\"allClear\":\"Matrix clear\"}")
                        .expect(200, SAFETY_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403));
    }

    /** SAFETY_LEAD's drill alert to the whole home library: every home actor is alerted. */
    private static UUID libraryAlert(World w) {
        return w.shared("safety.libraryAlert", () -> w.bean(Alerts.class).send(w.person(SAFETY_LEAD),
                new AlertDraft("OTHER", "Matrix library alert", true, List.of()), null));
    }

    /** An alert per row set that gets an all clear, so that other rows see an active one. */
    private static UUID clearedAlert(World w, String which) {
        return w.shared("safety.clearedAlert." + which, () -> w.bean(Alerts.class).send(w.person(SAFETY_LEAD),
                new AlertDraft("OTHER", "Matrix alert to clear", true, List.of()), null));
    }

    /** An alert to a branch where nobody works: nobody may answer it. */
    private static UUID emptyBranchAlert(World w) {
        return w.shared("safety.emptyBranchAlert", () -> {
            UUID branch = w.bean(LibrarySettings.class).addUnit(w.person(ADMIN), LibrarySettings.UnitKind.BRANCH,
                    "Matrix empty branch " + w.unique()).id();
            return w.bean(Alerts.class).send(w.person(SAFETY_LEAD),
                    new AlertDraft("OTHER", "Matrix branch alert", true, List.of(branch)), null);
        });
    }

    private static UUID webhook(World w, String which) {
        return w.shared("safety.webhook." + which, () -> w.bean(ChatWebhooks.class).add(w.person(ADMIN),
                "Matrix webhook " + which, "https://127.0.0.1:9/" + which));
    }

    /** STAFF's answer link of the library alert, with a secret known to the test. */
    private static String answerLink(World w) {
        return w.shared("safety.answerLink", () -> {
            w.bean(JdbcClient.class).sql("UPDATE safety_alert_recipient SET token_hash = ? WHERE alert_id = ? AND person_id = ?")
                    .params(SecretTokens.hash(ANSWER_SECRET), libraryAlert(w), w.id(Actor.STAFF)).update();
            return ANSWER_SECRET;
        });
    }
}

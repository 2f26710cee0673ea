package org.shelfcare.listening;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.REPORT;
import static org.shelfcare.authorization.Actor.WELLNESS_LEAD;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of the suggestion box, themes and "You said, we did". Everyone of the library reads and
 * posts; only a suggestion's named author (REPORT here) changes or withdraws it (the others get 403,
 * or on the page a "secret does not match" form error); wellness leads and admins moderate, group
 * and manage actions; another library's admin gets 404 for every item and makes their own.
 */
class SuggestionsMatrix implements MatrixRows {

    private static final String PAGE = "/listening/suggestions";
    private static final String ACTIONS = "/listening/actions";
    private static final String API = "/api/v1/listening";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages
                get(PAGE).expect(302, ANONYMOUS).otherwise(200),
                post(PAGE).form((w, a) -> Map.of("text", "Matrix page idea " + w.unique(), "anonymous", "false"))
                        .otherwise(302),
                post(PAGE + "/{id}/vote").path(w -> PAGE + "/" + suggestion(w) + "/vote")
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(302),
                get(PAGE + "/{id}/own").path(w -> PAGE + "/" + suggestion(w) + "/own")
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post(PAGE + "/{id}/own").path((w, a) -> PAGE + "/" + fresh(w) + "/own")
                        .form((w, a) -> Map.of("text", "Changed by the matrix"))
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post(PAGE + "/{id}/withdraw").path((w, a) -> PAGE + "/" + fresh(w) + "/withdraw")
                        .form((w, a) -> Map.of("editToken", ""))
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                get(PAGE + "/{id}/hide").path(w -> PAGE + "/" + suggestion(w) + "/hide")
                        .expect(200, WELLNESS_LEAD, ADMIN)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(PAGE + "/{id}/hide").path((w, a) -> PAGE + "/" + fresh(w) + "/hide")
                        .form((w, a) -> Map.of("reason", "OTHER"))
                        .expect(302, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(PAGE + "/{id}/unhide").path(w -> PAGE + "/" + suggestion(w) + "/unhide")
                        .expect(302, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(PAGE + "/{id}/theme").path(w -> PAGE + "/" + suggestion(w) + "/theme")
                        .form((w, a) -> Map.of("themeId", theme(w).toString()))
                        .expect(302, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/listening/themes").form((w, a) -> Map.of("name", "Matrix theme " + w.unique()))
                        .expect(302, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                get(ACTIONS).expect(302, ANONYMOUS).otherwise(200),
                post(ACTIONS).form((w, a) -> Map.of("title", "Matrix action " + w.unique(), "status", "PLANNED"))
                        .expect(302, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS)
                        .otherwise(403),
                post(ACTIONS + "/{id}/updates").path(w -> ACTIONS + "/" + action(w) + "/updates")
                        .form((w, a) -> Map.of("text", "Matrix progress"))
                        .expect(302, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(ACTIONS + "/{id}/delete").path(w -> ACTIONS + "/" + action(w) + "/delete")
                        .expect(200, WELLNESS_LEAD, ADMIN)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(ACTIONS + "/{id}/delete").path((w, a) -> ACTIONS + "/" + freshAction(w) + "/delete")
                        .expect(302, WELLNESS_LEAD, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                // API
                post(API + "/suggestions").json((w, a) -> "{\"text\":\"Matrix idea " + w.unique() + "\",\"anonymous\":false}")
                        .expect(401, ANONYMOUS)
                        .otherwise(201),
                get(API + "/suggestions").expect(401, ANONYMOUS).otherwise(200),
                get(API + "/suggestions/summary").expect(401, ANONYMOUS).otherwise(200),
                get(API + "/suggestions/{id}").path(w -> API + "/suggestions/" + suggestion(w))
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                get(API + "/suggestions/{id}/own").path(w -> API + "/suggestions/" + suggestion(w) + "/own")
                        .expect(200, REPORT)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/suggestions/{id}/own/seen").path(w -> API + "/suggestions/" + suggestion(w) + "/own/seen")
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                put(API + "/suggestions/{id}").path((w, a) -> API + "/suggestions/" + fresh(w))
                        .json("{\"text\":\"Changed through the API\"}")
                        .expect(200, REPORT)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                delete(API + "/suggestions/{id}").path((w, a) -> API + "/suggestions/" + fresh(w))
                        .expect(204, REPORT)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/suggestions/{id}/votes").path((w, a) -> API + "/suggestions/" + fresh(w) + "/votes")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                delete(API + "/suggestions/{id}/votes").path((w, a) -> API + "/suggestions/" + votedBy(w, a) + "/votes")
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(204),
                put(API + "/suggestions/{id}/hidden").path((w, a) -> API + "/suggestions/" + fresh(w) + "/hidden")
                        .json("{\"reason\":\"OFF_TOPIC\"}")
                        .expect(204, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                delete(API + "/suggestions/{id}/hidden").path(w -> API + "/suggestions/" + suggestion(w) + "/hidden")
                        .expect(204, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                put(API + "/suggestions/{id}/theme").path(w -> API + "/suggestions/" + suggestion(w) + "/theme")
                        .json("{\"themeId\":null}")
                        .expect(204, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(API + "/themes").expect(401, ANONYMOUS).otherwise(200),
                post(API + "/themes").json((w, a) -> "{\"name\":\"Matrix API theme " + w.unique() + "\"}")
                        .expect(201, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                put(API + "/themes/{id}").path(w -> API + "/themes/" + theme(w))
                        .json("{\"name\":\"Matrix theme renamed\"}")
                        .expect(204, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                delete(API + "/themes/{id}").path((w, a) -> API + "/themes/" + freshTheme(w))
                        .expect(204, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(API + "/actions").expect(401, ANONYMOUS).otherwise(200),
                post(API + "/actions/seen").expect(401, ANONYMOUS).otherwise(204),
                get(API + "/actions/{id}").path(w -> API + "/actions/" + action(w))
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post(API + "/actions").json((w, a) -> "{\"title\":\"Matrix API action " + w.unique() + "\"}")
                        .expect(201, WELLNESS_LEAD, ADMIN, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                put(API + "/actions/{id}").path(w -> API + "/actions/" + action(w))
                        .json("{\"title\":\"Matrix action renamed\",\"status\":\"IN_PROGRESS\"}")
                        .expect(200, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                delete(API + "/actions/{id}").path((w, a) -> API + "/actions/" + freshAction(w))
                        .expect(204, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/actions/{id}/updates").path(w -> API + "/actions/" + action(w) + "/updates")
                        .json("{\"text\":\"Matrix API progress\"}")
                        .expect(201, WELLNESS_LEAD, ADMIN)
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403));
    }

    /** A visible suggestion of REPORT's, named, that no row hides or deletes. */
    private static UUID suggestion(World w) {
        return w.shared("listening.suggestion", () -> fresh(w));
    }

    /** A new named suggestion of REPORT's, written straight to the table (the rows post more than the rate limit allows one person). */
    private static UUID fresh(World w) {
        UUID id = UUID.randomUUID();
        w.bean(JdbcClient.class).sql("""
                INSERT INTO listening_suggestion (id, org_id, author_id, anonymous, body, posted_on)
                VALUES (?, ?, ?, FALSE, ?, ?)""")
                .params(id, w.home().id(), w.id(REPORT), "Matrix suggestion " + w.unique(), LocalDate.now()).update();
        return id;
    }

    /** A new suggestion the actor has upvoted (a signed-in person of the home library), else a new one. */
    private static UUID votedBy(World w, Actor actor) {
        UUID id = fresh(w);
        if (actor != ANONYMOUS && actor != OTHER_ORG_ADMIN) {
            w.bean(SuggestionBox.class).vote(w.person(actor), id);
        }
        return id;
    }

    private static UUID theme(World w) {
        return w.shared("listening.theme", () -> freshTheme(w));
    }

    private static UUID freshTheme(World w) {
        return w.bean(SuggestionBox.class).createTheme(w.person(ADMIN), "Matrix theme " + w.unique());
    }

    private static UUID action(World w) {
        return w.shared("listening.action", () -> freshAction(w));
    }

    private static UUID freshAction(World w) {
        return w.bean(YouSaidWeDid.class).create(w.person(ADMIN), new ActionDraft("Matrix action " + w.unique(),
                "", null, "PLANNED", null, List.of(suggestion(w))));
    }
}

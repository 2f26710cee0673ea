package org.shelfcare.timeoff;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.REPORT;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Actor.SUPERVISOR;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of handoff plans. REPORT's vacation has a plan with an item STAFF was asked to cover.
 * The plan is read by REPORT (who edits it), SUPERVISOR (the approver), the admin and STAFF (the
 * covering colleague, their part only); only REPORT changes it (the others who see it get 403), only
 * STAFF answers the item; everyone else, the operator and another library's admin get 404.
 * Templates are read by everyone of the library and managed by its admins; supervisors see the list
 * of templates, but the world's supervisor has no department, so manages none.
 */
class HandoffMatrix implements MatrixRows {

    private static final String PLAN = "/timeoff/requests/{id}/handoff";
    private static final String ITEM = "/timeoff/handoffs/items/{id}";
    private static final String TEMPLATE = "/timeoff/handoff-templates/{id}";
    private static final String API_PLAN = "/api/v1/timeoff/handoffs/{requestId}";
    private static final String API_ITEM = "/api/v1/timeoff/handoffs/items/{id}";
    private static final String API_TEMPLATE = "/api/v1/timeoff/handoff-templates/{id}";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // pages
                get(PLAN).path(w -> "/timeoff/requests/" + request(w) + "/handoff")
                        .expect(200, REPORT, SUPERVISOR, ADMIN, STAFF)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post(PLAN).path((w, a) -> "/timeoff/requests/" + request(w) + "/handoff")
                        .form((w, a) -> Map.of("outOfOffice", "Back on Monday", "keyContacts", "The front desk"))
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .otherwise(404),
                post(PLAN + "/items").path((w, a) -> "/timeoff/requests/" + request(w) + "/handoff/items")
                        .form((w, a) -> Map.of("kind", "TASK", "description", "Water the plants"))
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .otherwise(404),
                post(PLAN + "/template").path((w, a) -> "/timeoff/requests/" + request(w) + "/handoff/template")
                        .form((w, a) -> Map.of("templateId", template(w).toString()))
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .otherwise(404),
                get(ITEM).path(w -> "/timeoff/handoffs/items/" + item(w))
                        .expect(200, REPORT, SUPERVISOR, ADMIN, STAFF)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post(ITEM + "/answer").path((w, a) -> "/timeoff/handoffs/items/" + freshItem(w) + "/answer")
                        .form((w, a) -> Map.of("answer", "ACCEPT"))
                        .expect(302, STAFF, ANONYMOUS)
                        .expect(403, REPORT, SUPERVISOR, ADMIN)
                        .otherwise(404),
                get(ITEM + "/edit").path(w -> "/timeoff/handoffs/items/" + item(w) + "/edit")
                        .expect(200, REPORT)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post(ITEM).path((w, a) -> "/timeoff/handoffs/items/" + freshItem(w))
                        .form((w, a) -> Map.of("kind", "MEETING", "description", "Team meeting notes",
                                "coveringId", w.id(STAFF).toString()))
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .otherwise(404),
                get(ITEM + "/delete").path(w -> "/timeoff/handoffs/items/" + item(w) + "/delete")
                        .expect(200, REPORT)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .expect(302, ANONYMOUS)
                        .otherwise(404),
                post(ITEM + "/delete").path((w, a) -> "/timeoff/handoffs/items/" + freshItem(w) + "/delete")
                        .expect(302, REPORT, ANONYMOUS)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .otherwise(404),
                get("/timeoff/covering").expect(302, ANONYMOUS).otherwise(200),
                get("/timeoff/handoff-templates")
                        .expect(200, ADMIN, OTHER_ORG_ADMIN, SUPERVISOR)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                get("/timeoff/handoff-templates/new")
                        .expect(200, ADMIN, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS)
                        .otherwise(403),
                post("/timeoff/handoff-templates").form((w, a) -> templateForm(w))
                        .expect(302, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(TEMPLATE).path(w -> "/timeoff/handoff-templates/" + template(w))
                        .expect(200, ADMIN)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(TEMPLATE).path((w, a) -> "/timeoff/handoff-templates/" + freshTemplate(w))
                        .form((w, a) -> templateForm(w))
                        .expect(302, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(TEMPLATE + "/delete").path(w -> "/timeoff/handoff-templates/" + template(w) + "/delete")
                        .expect(200, ADMIN)
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(TEMPLATE + "/delete").path((w, a) -> "/timeoff/handoff-templates/" + freshTemplate(w) + "/delete")
                        .expect(302, ADMIN, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),

                // API
                get(API_PLAN).path(w -> "/api/v1/timeoff/handoffs/" + request(w))
                        .expect(200, REPORT, SUPERVISOR, ADMIN, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                put(API_PLAN).path((w, a) -> "/api/v1/timeoff/handoffs/" + request(w))
                        .json("""
                                {"outOfOffice":"Back on Monday","keyContacts":"The front desk"}""")
                        .expect(200, REPORT)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API_PLAN + "/items").path((w, a) -> "/api/v1/timeoff/handoffs/" + request(w) + "/items")
                        .json("""
                                {"kind":"PROGRAM","description":"Saturday storytime"}""")
                        .expect(201, REPORT)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API_PLAN + "/template").path((w, a) -> "/api/v1/timeoff/handoffs/" + request(w) + "/template")
                        .json((w, a) -> """
                                {"templateId":"%s"}""".formatted(template(w)))
                        .expect(200, REPORT)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get(API_ITEM).path(w -> "/api/v1/timeoff/handoffs/items/" + item(w))
                        .expect(200, REPORT, SUPERVISOR, ADMIN, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                put(API_ITEM).path((w, a) -> "/api/v1/timeoff/handoffs/items/" + freshItem(w))
                        .json("""
                                {"kind":"TASK","description":"Answer the shared inbox"}""")
                        .expect(200, REPORT)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                delete(API_ITEM).path((w, a) -> "/api/v1/timeoff/handoffs/items/" + freshItem(w))
                        .expect(204, REPORT)
                        .expect(403, SUPERVISOR, ADMIN, STAFF)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                post(API_ITEM + "/answer").path((w, a) -> "/api/v1/timeoff/handoffs/items/" + freshItem(w) + "/answer")
                        .json("""
                                {"answer":"DECLINE","reason":"I am at the branch that day"}""")
                        .expect(200, STAFF)
                        .expect(403, REPORT, SUPERVISOR, ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(404),
                get("/api/v1/timeoff/handoffs/covering").expect(401, ANONYMOUS).otherwise(200),
                get("/api/v1/timeoff/handoff-templates").expect(401, ANONYMOUS).otherwise(200),
                post("/api/v1/timeoff/handoff-templates").json((w, a) -> templateJson(w))
                        .expect(201, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API_TEMPLATE).path(w -> "/api/v1/timeoff/handoff-templates/" + template(w))
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                put(API_TEMPLATE).path((w, a) -> "/api/v1/timeoff/handoff-templates/" + freshTemplate(w))
                        .json((w, a) -> templateJson(w))
                        .expect(200, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403),
                delete(API_TEMPLATE).path((w, a) -> "/api/v1/timeoff/handoff-templates/" + freshTemplate(w))
                        .expect(204, ADMIN)
                        .expect(404, OTHER_ORG_ADMIN)
                        .expect(401, ANONYMOUS)
                        .otherwise(403));
    }

    /** REPORT's vacation whose plan has an item STAFF was asked to cover. (World.shared calls must not nest.) */
    private record Plan(UUID request, UUID item) {}

    private static Plan plan(World w) {
        return w.shared("handoff.plan", () -> {
            UUID request = newRequest(w, 0);
            return new Plan(request, newItem(w, request, "Shared desk shift"));
        });
    }

    /** The shared request, for rows that read it or add to it. */
    private static UUID request(World w) {
        return plan(w).request();
    }

    /** The shared item, for rows that only read it. */
    private static UUID item(World w) {
        return plan(w).item();
    }

    /**
     * A new item STAFF was asked to cover, for rows that change, delete or answer one. Every 40 items
     * go to another request of REPORT, so that no plan fills up.
     */
    private static UUID freshItem(World w) {
        int n = w.shared("handoff.items", AtomicInteger::new).getAndIncrement();
        UUID request = n < 40 ? request(w) : w.shared("handoff.request." + (n / 40), () -> newRequest(w, n / 40));
        return newItem(w, request, "Matrix desk shift " + n);
    }

    /** A pending vacation of REPORT on a day beyond those of {@code TimeoffMatrix}. */
    private static UUID newRequest(World w, int bucket) {
        LocalDate day = LocalDate.now(w.person(REPORT).zone()).plusDays(310 + bucket);
        return w.bean(TimeoffManagement.class).request(w.person(REPORT),
                new LeaveDraft("VACATION", day.toString(), day.toString(), null, null, null, null), null).id();
    }

    private static UUID newItem(World w, UUID request, String description) {
        return w.bean(HandoffPlans.class).addItem(w.person(REPORT), request,
                new HandoffItemDraft("DESK_SHIFT", description, null, null, w.id(STAFF).toString())).id();
    }

    /** A department of the home library, for templates. */
    private static UUID department(World w) {
        return w.shared("handoff.department", () -> {
            UUID id = UUID.randomUUID();
            w.bean(JdbcClient.class).sql("INSERT INTO department (id, org_id, name) VALUES (?, ?, 'Matrix Youth Services')")
                    .params(id, w.home().id()).update();
            return id;
        });
    }

    private static UUID template(World w) {
        UUID department = department(w);
        return w.shared("handoff.template", () -> newTemplate(w, department, 0));
    }

    private static UUID freshTemplate(World w) {
        return newTemplate(w, department(w), w.unique());
    }

    private static UUID newTemplate(World w, UUID department, int n) {
        return w.bean(HandoffPlans.class).createTemplate(w.person(ADMIN), new HandoffTemplateDraft(
                "Matrix template " + n, department.toString(),
                List.of(new HandoffTemplateDraft.Item("DESK_SHIFT", "Children's desk")))).id();
    }

    private static Map<String, String> templateForm(World w) {
        return Map.of("name", "Children's desk " + w.unique(), "departmentId", department(w).toString(),
                "items[0].kind", "DESK_SHIFT", "items[0].description", "Children's desk shifts");
    }

    private static String templateJson(World w) {
        return """
                {"name":"Children's desk %d","departmentId":"%s","items":[{"kind":"PROGRAM","description":"Storytime"}]}"""
                .formatted(w.unique(), department(w));
    }
}

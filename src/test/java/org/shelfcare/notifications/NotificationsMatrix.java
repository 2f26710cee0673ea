package org.shelfcare.notifications;

import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.STAFF;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notifications module's rows: everyone signed in has their own notification center and
 * preferences; one person's notification answers 404 to anyone else.
 */
class NotificationsMatrix implements MatrixRows {

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/notifications").expect(302, ANONYMOUS).otherwise(200),
                post("/notifications/{id}/read").path((w, a) -> "/notifications/" + notificationFor(w, a) + "/read")
                        .expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(302),
                post("/notifications/read-all").expect(302, ANONYMOUS).otherwise(302),
                get("/notifications/preferences").expect(302, ANONYMOUS).otherwise(200),
                post("/notifications/preferences").form((w, a) -> Map.of("quietStart", "20:00", "quietEnd", "07:00"))
                        .expect(302, ANONYMOUS).otherwise(302),

                get("/api/v1/notifications").expect(401, ANONYMOUS).otherwise(200),
                get("/api/v1/notifications/unread-count").expect(401, ANONYMOUS).otherwise(200),
                post("/api/v1/notifications/{id}/read").path((w, a) -> "/api/v1/notifications/" + notificationFor(w, a)
                        + "/read").expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(204),
                post("/api/v1/notifications/read-all").expect(401, ANONYMOUS).otherwise(204),
                get("/api/v1/notifications/preferences").expect(401, ANONYMOUS).otherwise(200),
                put("/api/v1/notifications/preferences")
                        .json("{\"quietHours\":{\"enabled\":true,\"start\":\"21:00\",\"end\":\"06:00\",\"days\":[\"MONDAY\"]}}")
                        .expect(401, ANONYMOUS).otherwise(200),

                get("/api/v1/stream").expect(401, ANONYMOUS).otherwise(200));
    }

    /** A fresh notification of the actor's own (another library's admin is handed staff's, and gets 404). */
    private static UUID notificationFor(World w, Actor actor) {
        if (actor == ANONYMOUS) {
            return UUID.randomUUID();
        }
        Actor owner = actor == OTHER_ORG_ADMIN ? STAFF : actor;
        UUID person = w.id(owner);
        UUID org = w.person(owner).organizationId();
        w.bean(NotificationManagement.class).notify(Notice.inApp(org, Set.of(person), "matrix.example",
                "notifications.title", List.of(), null));
        return w.bean(JdbcClient.class).sql("""
                SELECT id FROM notification WHERE org_id = ? AND person_id = ? AND read_at IS NULL
                ORDER BY created_at DESC LIMIT 1""").params(org, person).query(UUID.class).single();
    }
}

package org.shelfcare.wellbeing;

import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.util.List;
import java.util.Map;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;

/** The rows of the check-in reminder: everyone signed in keeps their own, and only their own. */
class ReminderMatrix implements MatrixRows {

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/wellbeing/reminder").expect(302, ANONYMOUS).otherwise(200),
                post("/wellbeing/reminder")
                        .form((w, a) -> Map.of("enabled", "true", "days", "MONDAY", "time", "09:30"))
                        .otherwise(302),
                get("/api/v1/wellbeing/reminder").expect(401, ANONYMOUS).otherwise(200),
                put("/api/v1/wellbeing/reminder").json("""
                        {"enabled":true,"days":["TUESDAY","THURSDAY"],"time":"16:00"}""")
                        .expect(401, ANONYMOUS)
                        .otherwise(200));
    }
}

package org.shelfcare.wellbeing;

import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;
import org.shelfcare.directory.CurrentUser;

/**
 * The rows of boundaries: everyone signed in keeps their own working agreement and status. A
 * colleague shares their agreement, so everyone of the home library reads it (the operator too, as
 * a member of that library), while another library's admin gets 404. An unshared agreement's 404 for the
 * supervisor, admin and operator is in {@link BoundariesPrivacyTests}.
 */
class BoundariesMatrix implements MatrixRows {

    private static final String AGREEMENT_JSON = """
            {"workingHours":{"MONDAY":{"start":"09:00","end":"17:00"}},"channels":["CHAT"],"shared":false}""";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/wellbeing/boundaries").expect(302, ANONYMOUS).otherwise(200),
                post("/wellbeing/boundaries")
                        .form((w, a) -> Map.of("start[MONDAY]", "09:00", "end[MONDAY]", "17:00", "channels", "EMAIL"))
                        .otherwise(302),
                get("/wellbeing/boundaries/{personId}").path(w -> "/wellbeing/boundaries/" + sharedBy(w))
                        .expect(302, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                post("/wellbeing/status").form((w, a) -> Map.of("status", "FOCUSED")).otherwise(302),

                // API
                get("/api/v1/wellbeing/boundaries").expect(401, ANONYMOUS).otherwise(200),
                put("/api/v1/wellbeing/boundaries").json(AGREEMENT_JSON).expect(401, ANONYMOUS).otherwise(200),
                get("/api/v1/wellbeing/boundaries/{personId}").path(w -> "/api/v1/wellbeing/boundaries/" + sharedBy(w))
                        .expect(401, ANONYMOUS)
                        .expect(404, OTHER_ORG_ADMIN)
                        .otherwise(200),
                get("/api/v1/wellbeing/status").expect(401, ANONYMOUS).otherwise(200),
                put("/api/v1/wellbeing/status").json("{\"status\":\"AVAILABLE\"}").expect(401, ANONYMOUS).otherwise(200));
    }

    /**
     * A colleague of the home library who shares their agreement: someone of their own, as the rows
     * that save the actors' agreements keep them unshared.
     */
    private static String sharedBy(World w) {
        return w.shared("wellbeing.sharedAgreement", () -> {
            CurrentUser sharing = w.home().person("Sharing Colleague");
            w.bean(Boundaries.class).save(sharing, new AgreementDraft(
                    Map.of(DayOfWeek.TUESDAY, new AgreementDraft.Hours("08:00", "16:00")), List.of("CHAT"),
                    "Within a day", "", "", true));
            return sharing.personId().toString();
        });
    }
}

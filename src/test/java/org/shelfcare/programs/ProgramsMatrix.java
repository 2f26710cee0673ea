package org.shelfcare.programs;

import static org.shelfcare.authorization.Actor.ADMIN;
import static org.shelfcare.authorization.Actor.ANONYMOUS;
import static org.shelfcare.authorization.Actor.OTHER_ORG_ADMIN;
import static org.shelfcare.authorization.Actor.SUPERVISOR;
import static org.shelfcare.authorization.Actor.WELLNESS_LEAD;
import static org.shelfcare.authorization.Endpoint.delete;
import static org.shelfcare.authorization.Endpoint.get;
import static org.shelfcare.authorization.Endpoint.patch;
import static org.shelfcare.authorization.Endpoint.post;
import static org.shelfcare.authorization.Endpoint.put;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.authorization.Actor;
import org.shelfcare.authorization.Endpoint;
import org.shelfcare.authorization.MatrixRows;
import org.shelfcare.authorization.World;

/**
 * The rows of programs. The home library's admin made a published staff program with sessions of
 * many seats. Everyone of the library sees it and registers with one click; admins and wellness
 * leads manage it (others 403); admins, wellness leads and supervisors create programs (a
 * supervisor's for their team); another library's admin gets 404 for everything of the home library.
 */
class ProgramsMatrix implements MatrixRows {

    private static final String API = "/api/v1/programs";

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                get("/programs").expect(302, ANONYMOUS).otherwise(200),
                get("/programs/new").expect(200, ADMIN, WELLNESS_LEAD, SUPERVISOR, OTHER_ORG_ADMIN)
                        .expect(302, ANONYMOUS).otherwise(403),
                post("/programs").form((w, a) -> Map.of("title", "Matrix program " + w.unique(), "category", "GATHERING",
                                "audience", "STAFF"))
                        .expect(302, ADMIN, WELLNESS_LEAD, SUPERVISOR, OTHER_ORG_ADMIN, ANONYMOUS).otherwise(403),
                get("/programs/{id}").path(w -> "/programs/" + program(w))
                        .expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(200),
                get("/programs/{id}/edit").path(w -> "/programs/" + program(w) + "/edit")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/programs/{id}").path(w -> "/programs/" + program(w))
                        .form((w, a) -> Map.of("title", "Matrix program", "category", "GATHERING", "audience", "STAFF"))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                post("/programs/{id}/sessions").path(w -> "/programs/" + program(w) + "/sessions")
                        .form((w, a) -> Map.of("date", LocalDate.now().plusDays(30).toString(), "startTime", "10:00",
                                "endTime", "11:00", "capacity", "100"))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                post("/programs/sessions/{id}/register").path(w -> "/programs/sessions/" + session(w, "pages") + "/register")
                        .expect(404, OTHER_ORG_ADMIN).otherwise(302),
                post("/programs/sessions/{id}/unregister").path((w, a) -> "/programs/sessions/" + registered(w, a) + "/unregister")
                        .expect(404, OTHER_ORG_ADMIN).otherwise(302),
                get("/programs/sessions/{id}/registrations").path(w -> "/programs/sessions/" + session(w, "pages") + "/registrations")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get("/programs/sessions/{id}/feedback").path(w -> "/programs/sessions/" + session(w, "pages") + "/feedback")
                        .expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(200),
                post("/programs/sessions/{id}/feedback").path(w -> "/programs/sessions/" + session(w, "pages") + "/feedback")
                        .form((w, a) -> Map.of("rating", "4"))
                        .expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(200),
                get(API + "/sessions/{id}/feedback").path(w -> API + "/sessions/" + session(w, "pages") + "/feedback")
                        .expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(200),
                post(API + "/sessions/{id}/feedback").path(w -> API + "/sessions/" + session(w, "pages") + "/feedback")
                        .json("{\"rating\":4}")
                        .expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(400),
                get("/programs/sessions/{id}/attendance").path(w -> "/programs/sessions/" + session(w, "pages") + "/attendance")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/programs/sessions/{id}/attendance/{registrationId}")
                        .path(w -> "/programs/sessions/" + attendee(w) + "/attendance/" + attendeeRegistration(w))
                        .form((w, a) -> Map.of("attended", "true"))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                post("/programs/sessions/{id}/attendance/walk-ins")
                        .path(w -> "/programs/sessions/" + session(w, "pages") + "/attendance/walk-ins")
                        .form((w, a) -> Map.of("name", ""))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                get("/programs/sessions/{id}/cancel").path(w -> "/programs/sessions/" + session(w, "pages") + "/cancel")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/programs/sessions/{id}/cancel").path((w, a) -> "/programs/sessions/" + fresh(w) + "/cancel")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                get("/programs/sessions/{id}.ics").path(w -> "/programs/sessions/" + session(w, "pages") + ".ics")
                        .expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(200),
                get("/programs/sessions/{id}/edit").path(w -> "/programs/sessions/" + session(w, "pages") + "/edit")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/programs/sessions/{id}/edit").path((w, a) -> "/programs/sessions/" + fresh(w) + "/edit")
                        .form((w, a) -> Map.of("date", LocalDate.now().plusDays(25).toString(), "startTime", "10:00",
                                "endTime", "11:30", "capacity", "100"))
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                get("/programs/{id}/delete").path(w -> "/programs/" + program(w) + "/delete")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(302, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post("/programs/{id}/delete").path((w, a) -> "/programs/" + deletable(w) + "/delete")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(403),
                // a deleted program is seen only by those who manage it
                post("/programs/{id}/restore").path((w, a) -> "/programs/" + deleted(w) + "/restore")
                        .expect(302, ADMIN, WELLNESS_LEAD, ANONYMOUS).otherwise(404),

                // the public pages: the same for everyone, signed in or not, of any library
                get("/p/{slug}/programs").path(w -> "/p/" + slug(w) + "/programs").otherwise(200),
                get("/p/{slug}/embed").path(w -> "/p/" + slug(w) + "/embed").otherwise(200),
                get("/programs/settings").expect(200, ADMIN, OTHER_ORG_ADMIN).expect(302, ANONYMOUS).otherwise(403),
                post("/programs/settings").form((w, a) -> Map.of("origins", ""))
                        .expect(302, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS).otherwise(403),
                post("/programs/settings/retention").form((w, a) -> Map.of("keepRegistrationsDays", "30"))
                        .expect(302, ADMIN, OTHER_ORG_ADMIN, ANONYMOUS).otherwise(403),
                get(API + "/settings").expect(200, ADMIN, OTHER_ORG_ADMIN).expect(401, ANONYMOUS).otherwise(403),
                put(API + "/settings").json("{\"keepRegistrationsDays\":30}")
                        .expect(200, ADMIN, OTHER_ORG_ADMIN).expect(401, ANONYMOUS).otherwise(403),
                // a patron's feedback link of a session that has not ended: the page saying it does not work yet
                get("/p/{slug}/programs/feedback/{token}").path(w -> "/p/" + slug(w) + "/programs/feedback/" + feedbackToken(w))
                        .otherwise(200),
                post("/p/{slug}/programs/feedback/{token}").path(w -> "/p/" + slug(w) + "/programs/feedback/" + feedbackToken(w))
                        .form((w, a) -> Map.of("rating", "4")).otherwise(200),
                get("/p/{slug}/programs.ics").path(w -> "/p/" + slug(w) + "/programs.ics").otherwise(200),
                get("/p/{slug}/programs.json").path(w -> "/p/" + slug(w) + "/programs.json").otherwise(200),
                get("/p/{slug}/programs/sessions/{id}").path(w -> "/p/" + slug(w) + "/programs/sessions/" + patronSession(w))
                        .otherwise(200),
                get("/p/{slug}/programs/sessions/{id}.ics")
                        .path(w -> "/p/" + slug(w) + "/programs/sessions/" + patronSession(w) + ".ics").otherwise(200),
                post("/p/{slug}/programs/sessions/{id}/registrations")
                        .path(w -> "/p/" + slug(w) + "/programs/sessions/" + patronSession(w) + "/registrations")
                        .json((w, a) -> "{\"name\":\"Patron\",\"email\":\"patron" + w.unique()
                                + "@example.org\",\"partySize\":1}")
                        .otherwise(201),
                get("/p/{slug}/programs/registrations/{token}").path(w -> "/p/" + slug(w) + "/programs/registrations/unknown")
                        .otherwise(404),
                post("/p/{slug}/programs/registrations/{token}").path(w -> "/p/" + slug(w) + "/programs/registrations/unknown")
                        .otherwise(404),

                get(API).expect(401, ANONYMOUS).otherwise(200),
                post(API).json((w, a) -> "{\"title\":\"Matrix API program " + w.unique()
                                + "\",\"category\":\"WORKSHOP\",\"audience\":\"STAFF\"}")
                        .expect(201, ADMIN, WELLNESS_LEAD, SUPERVISOR, OTHER_ORG_ADMIN).expect(401, ANONYMOUS)
                        .otherwise(403),
                get(API + "/{id}").path(w -> API + "/" + program(w))
                        .expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(200),
                patch(API + "/{id}").path(w -> API + "/" + program(w))
                        .json("{\"title\":\"Matrix program\",\"category\":\"GATHERING\",\"audience\":\"STAFF\"}")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                delete(API + "/{id}").path((w, a) -> API + "/" + deletable(w))
                        .expect(204, ADMIN, WELLNESS_LEAD).expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/{id}/restore").path((w, a) -> API + "/" + deleted(w) + "/restore")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(401, ANONYMOUS).otherwise(404),
                get(API + "/deleted").expect(401, ANONYMOUS).otherwise(200),
                put(API + "/sessions/{sessionId}").path((w, a) -> API + "/sessions/" + fresh(w))
                        .json((w, a) -> "{\"startsAt\":\"" + inDays(25) + "\",\"endsAt\":\""
                                + inDays(25).plus(Duration.ofHours(2)) + "\",\"capacity\":50}")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(API + "/{id}/sessions").path(w -> API + "/" + program(w) + "/sessions")
                        .expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(200),
                post(API + "/{id}/sessions").path(w -> API + "/" + program(w) + "/sessions")
                        .json((w, a) -> "{\"startsAt\":\"" + inDays(30) + "\",\"endsAt\":\""
                                + inDays(30).plus(Duration.ofHours(1)) + "\",\"capacity\":100}")
                        .expect(201, ADMIN, WELLNESS_LEAD).expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/sessions/{sessionId}/cancel").path((w, a) -> API + "/sessions/" + fresh(w) + "/cancel")
                        .expect(204, ADMIN, WELLNESS_LEAD).expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/sessions/{sessionId}/registrations")
                        .path(w -> API + "/sessions/" + session(w, "api") + "/registrations")
                        .expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(201),
                delete(API + "/sessions/{sessionId}/registrations/me")
                        .path((w, a) -> API + "/sessions/" + registered(w, a) + "/registrations/me")
                        .expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN).otherwise(204),
                get(API + "/sessions/{sessionId}/registrations")
                        .path(w -> API + "/sessions/" + session(w, "api") + "/registrations")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                get(API + "/sessions/{sessionId}/attendance")
                        .path(w -> API + "/sessions/" + session(w, "api") + "/attendance")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                put(API + "/sessions/{sessionId}/attendance/{registrationId}")
                        .path(w -> API + "/sessions/" + attendee(w) + "/attendance/" + attendeeRegistration(w))
                        .json("{\"attended\":true}")
                        .expect(204, ADMIN, WELLNESS_LEAD).expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403),
                post(API + "/sessions/{sessionId}/attendance/walk-ins")
                        .path(w -> API + "/sessions/" + session(w, "api") + "/attendance/walk-ins")
                        .json("{\"count\":1}")
                        .expect(200, ADMIN, WELLNESS_LEAD).expect(401, ANONYMOUS).expect(404, OTHER_ORG_ADMIN)
                        .otherwise(403));
    }

    private static Instant inDays(int days) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(15));
    }

    static UUID program(World w) {
        return w.shared("programs.program", () -> w.bean(ProgramsManagement.class).create(w.person(ADMIN),
                ProgramDraft.of("Matrix gathering", ProgramCategory.GATHERING, ProgramAudience.STAFF)));
    }

    /** A new program of the home library's admin, for the rows that delete one. */
    static UUID deletable(World w) {
        return w.bean(ProgramsManagement.class).create(w.person(ADMIN), ProgramDraft.of("Matrix to delete " + w.unique(),
                ProgramCategory.WORKSHOP, ProgramAudience.STAFF));
    }

    /** A program the home library's admin deleted, for the rows that restore one. */
    static UUID deleted(World w) {
        UUID id = deletable(w);
        w.bean(ProgramsManagement.class).deleteProgram(w.person(ADMIN), id);
        return id;
    }

    static String slug(World w) {
        return w.bean(org.shelfcare.directory.DirectoryManagement.class).organization(w.home().id()).slug();
    }

    /** A session of a published program for patrons, with many seats. */
    static UUID patronSession(World w) {
        return w.shared("programs.patronSession", () -> {
            ProgramsManagement programs = w.bean(ProgramsManagement.class);
            UUID program = programs.create(w.person(ADMIN), ProgramDraft.of("Matrix story time", ProgramCategory.OTHER,
                    ProgramAudience.PATRONS));
            return programs.addSessions(w.person(ADMIN), program,
                    SessionPlan.once(inDays(20), inDays(20).plus(Duration.ofHours(1)), 1000)).get(0);
        });
    }

    /** A real feedback link's token, for the public session (which has not ended, so the link does not work yet). */
    static String feedbackToken(World w) {
        UUID session = patronSession(w);
        return w.shared("programs.feedbackToken", () -> w.bean(PatronFeedback.class).token(session));
    }

    static UUID session(World w, String key) {
        return w.shared("programs.session." + key, () -> fresh(w));
    }

    /** A new session of 100 seats, for rows that change or cancel one. */
    static UUID fresh(World w) {
        return w.bean(ProgramsManagement.class).addSessions(w.person(ADMIN), program(w),
                SessionPlan.once(inDays(20), inDays(20).plus(Duration.ofHours(1)), 100)).get(0);
    }

    /** A session the home library's admin is registered for, for the attendance rows. */
    static UUID attendee(World w) {
        return w.shared("programs.attendee", () -> {
            UUID session = fresh(w);
            w.bean(ProgramsManagement.class).register(w.person(ADMIN), session);
            return session;
        });
    }

    static UUID attendeeRegistration(World w) {
        return w.shared("programs.attendeeRegistration", () -> w.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT id FROM program_registration WHERE session_id = ?").param(attendee(w)).query(UUID.class)
                .single());
    }

    /** A session the actor is registered for (anonymous and another library's admin: one nobody is). */
    static UUID registered(World w, Actor a) {
        UUID session = fresh(w);
        if (a != ANONYMOUS && a != OTHER_ORG_ADMIN) {
            w.bean(ProgramsManagement.class).register(w.person(a), session);
        }
        return session;
    }
}

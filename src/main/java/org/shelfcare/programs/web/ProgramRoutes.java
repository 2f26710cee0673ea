package org.shelfcare.programs.web;

import java.util.UUID;

/** The programs page routes, shared by the controllers and the templates. */
public final class ProgramRoutes {

    public static final String HOME = "/programs";
    public static final String NEW = "/programs/new";
    public static final String SETTINGS = "/programs/settings";
    static final String PROGRAM = "/programs/{id}";
    static final String SESSION = "/programs/sessions/{id}";

    private ProgramRoutes() {}

    public static String program(UUID id) {
        return HOME + "/" + id;
    }

    public static String edit(UUID id) {
        return program(id) + "/edit";
    }

    public static String sessions(UUID id) {
        return program(id) + "/sessions";
    }

    public static String session(UUID sessionId) {
        return HOME + "/sessions/" + sessionId;
    }

    public static String register(UUID sessionId) {
        return session(sessionId) + "/register";
    }

    public static String unregister(UUID sessionId) {
        return session(sessionId) + "/unregister";
    }

    public static String registrations(UUID sessionId) {
        return session(sessionId) + "/registrations";
    }

    /** The session's iCalendar file. */
    public static String calendar(UUID sessionId) {
        return session(sessionId) + ".ics";
    }

    public static String attendance(UUID sessionId) {
        return session(sessionId) + "/attendance";
    }

    public static String cancel(UUID sessionId) {
        return session(sessionId) + "/cancel";
    }

    /** The form that changes or moves one session. */
    public static String changeSession(UUID sessionId) {
        return session(sessionId) + "/edit";
    }

    /** The confirmation page that deletes a program, and its form's target. */
    public static String delete(UUID id) {
        return program(id) + "/delete";
    }

    public static String restore(UUID id) {
        return program(id) + "/restore";
    }
}

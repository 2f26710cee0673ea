package org.shelfcare.listening.web;

import java.util.UUID;

/** The listening page routes, shared by the controller and the templates. */
public final class ListeningRoutes {

    public static final String HOME = "/listening";
    public static final String JOIN = "/listening/join";
    public static final String NEW = "/listening/sessions/new";
    public static final String SUGGESTIONS = "/listening/suggestions";
    public static final String ACTIONS = "/listening/actions";
    static final String SESSIONS = "/listening/sessions";
    static final String SESSION = "/listening/sessions/{id}";

    private ListeningRoutes() {}

    public static String session(UUID id) {
        return SESSIONS + "/" + id;
    }

    public static String present(UUID id) {
        return session(id) + "/present";
    }

    public static String questions(UUID id) {
        return session(id) + "/questions";
    }

    public static String close(UUID id) {
        return session(id) + "/close";
    }

    public static String vote(UUID questionId) {
        return "/listening/questions/" + questionId + "/vote";
    }

    public static String approve(UUID questionId) {
        return "/listening/questions/" + questionId + "/approve";
    }

    public static String hide(UUID questionId) {
        return "/listening/questions/" + questionId + "/hide";
    }

    public static String answer(UUID questionId) {
        return "/listening/questions/" + questionId + "/answer";
    }

    /** The session's topic on the live stream. */
    public static String topic(UUID id) {
        return "listening.session." + id;
    }
}

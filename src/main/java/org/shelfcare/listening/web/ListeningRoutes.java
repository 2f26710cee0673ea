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

    public static String merge(UUID questionId) {
        return "/listening/questions/" + questionId + "/merge";
    }

    public static String unmerge(UUID questionId) {
        return "/listening/questions/" + questionId + "/unmerge";
    }

    public static String pin(UUID id) {
        return session(id) + "/pin";
    }

    public static String unpin(UUID id) {
        return session(id) + "/unpin";
    }

    /** The session's moderators' topic on the live stream (held questions). */
    public static String moderationTopic(UUID id) {
        return topic(id) + ".moderation";
    }

    /** The session's topic on the live stream. */
    public static String topic(UUID id) {
        return "listening.session." + id;
    }
}

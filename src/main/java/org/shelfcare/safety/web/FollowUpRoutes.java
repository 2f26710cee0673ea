package org.shelfcare.safety.web;

import java.util.UUID;

/** The follow-up page routes: the person's own follow-ups, care contacts' tasks, and the library's setting. */
public final class FollowUpRoutes {

    public static final String MINE = "/safety/followups";
    public static final String SETTINGS = "/safety/followups/settings";
    public static final String TASKS = "/safety/care/tasks";
    static final String FOLLOW_UP = "/safety/followups/{id}";
    static final String TASK = "/safety/care/tasks/{id}";

    private FollowUpRoutes() {}

    public static String followUp(UUID id) {
        return MINE + "/" + id;
    }

    public static String later(UUID id) {
        return followUp(id) + "/later";
    }

    public static String decline(UUID id) {
        return followUp(id) + "/decline";
    }

    public static String stop(UUID id) {
        return followUp(id) + "/stop";
    }

    public static String undo(UUID id) {
        return followUp(id) + "/undo";
    }

    public static String done(UUID taskId) {
        return TASKS + "/" + taskId + "/done";
    }

    public static String reopen(UUID taskId) {
        return TASKS + "/" + taskId + "/reopen";
    }
}

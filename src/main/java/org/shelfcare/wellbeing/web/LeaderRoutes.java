package org.shelfcare.wellbeing.web;

import java.util.UUID;

/** The leaders' corner and check-in reminder page routes, shared by the controllers and the templates. */
public final class LeaderRoutes {

    public static final String LEADERS = "/wellbeing/leaders";
    public static final String REMINDER = "/wellbeing/reminder";

    private LeaderRoutes() {}

    public static String edit(UUID id) {
        return LEADERS + "/" + id + "/edit";
    }

    public static String update(UUID id) {
        return LEADERS + "/" + id;
    }

    public static String delete(UUID id) {
        return LEADERS + "/" + id + "/delete";
    }
}

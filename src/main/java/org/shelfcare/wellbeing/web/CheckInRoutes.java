package org.shelfcare.wellbeing.web;

import java.util.UUID;

/** The check-in page routes, shared by the controller and the templates so that a rename breaks the build. */
public final class CheckInRoutes {

    public static final String HOME = "/wellbeing";
    public static final String CHECK_IN = HOME + "/check-in";
    static final String CHECK_INS = HOME + "/check-ins";

    private CheckInRoutes() {}

    /** The wellbeing home with the trend over {@code days} days. */
    public static String home(int days) {
        return HOME + "?days=" + days;
    }

    public static String edit(UUID id) {
        return CHECK_INS + "/" + id + "/edit";
    }

    public static String update(UUID id) {
        return CHECK_INS + "/" + id;
    }

    public static String delete(UUID id) {
        return CHECK_INS + "/" + id + "/delete";
    }
}

package org.shelfcare.wellbeing.web;

import java.util.UUID;
import org.shelfcare.wellbeing.BreakPractice;

/** The boundaries, status and breaks page routes, shared by the controllers and the templates. */
public final class BoundaryRoutes {

    public static final String BOUNDARIES = "/wellbeing/boundaries";
    public static final String STATUS = "/wellbeing/status";
    public static final String BREAKS = "/wellbeing/breaks";
    public static final String END_BREAK = BREAKS + "/current/end";
    /** The notifications module's preferences page, where quiet hours live (not duplicated here). */
    public static final String QUIET_HOURS = "/notifications/preferences";
    static final String PRACTICE = BREAKS + "/" + BreakPractice.SLUGS;

    private BoundaryRoutes() {}

    /** A colleague's shared working agreement. */
    public static String agreementOf(UUID personId) {
        return BOUNDARIES + "/" + personId;
    }

    public static String practice(BreakPractice practice) {
        return BREAKS + "/" + practice.slug();
    }
}

package org.shelfcare.safety;

import java.util.List;
import java.util.Set;

/**
 * The kinds of alert, as upper-case codes. This is the one place that knows them: alerts, their
 * templates and the API all check against it, so that a library's own list of incident types can
 * take its place later.
 */
public final class AlertTypes {

    /** Every code, in the order pages list them. */
    public static final List<String> CODES = List.of("BOMB_THREAT", "THREAT_OF_VIOLENCE", "CHALLENGING_PATRON",
            "HARASSMENT", "MEDICAL", "THEFT_OR_DAMAGE", "FACILITY_HAZARD", "OTHER");

    /** What any staff member may send, when their library allows it: there is no time to find a lead. */
    public static final Set<String> ANY_STAFF = Set.of("BOMB_THREAT", "THREAT_OF_VIOLENCE");

    private AlertTypes() {}

    public static boolean known(String code) {
        return CODES.contains(code);
    }

    /** The message key of the type's name, e.g. "Bomb threat". */
    public static String labelKey(String code) {
        return "safety.alerts.type." + code;
    }
}

package org.shelfcare.timeoff.web;

import java.util.UUID;

/** The time-off page routes, shared by the controller and the templates. */
public final class TimeoffRoutes {

    public static final String HOME = "/timeoff";
    public static final String REQUESTS = "/timeoff/requests";
    public static final String NEW = "/timeoff/requests/new";
    public static final String APPROVALS = "/timeoff/approvals";
    public static final String TYPES = "/timeoff/types";

    private TimeoffRoutes() {}

    public static String request(UUID id) {
        return REQUESTS + "/" + id;
    }

    public static String edit(UUID id) {
        return request(id) + "/edit";
    }

    public static String cancel(UUID id) {
        return request(id) + "/cancel";
    }

    public static String decision(UUID id) {
        return request(id) + "/decision";
    }

    public static String type(String code) {
        return TYPES + "/" + code;
    }
}

package org.shelfcare.resources.web;

import java.util.UUID;

/** The module's page routes, shared by the controllers and the templates so that a rename breaks the build. */
public final class ResourceRoutes {

    public static final String HELP = "/help";
    public static final String MANAGE = "/help/manage";
    public static final String NEW = MANAGE + "/new";

    private ResourceRoutes() {}

    public static String edit(UUID id) {
        return MANAGE + "/" + id + "/edit";
    }

    public static String update(UUID id) {
        return MANAGE + "/" + id;
    }

    public static String delete(UUID id) {
        return MANAGE + "/" + id + "/delete";
    }

    public static String hide(UUID id) {
        return MANAGE + "/" + id + "/hide";
    }

    public static String show(UUID id) {
        return MANAGE + "/" + id + "/show";
    }
}

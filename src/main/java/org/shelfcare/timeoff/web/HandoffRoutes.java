package org.shelfcare.timeoff.web;

import java.util.UUID;

/** The handoff plan page routes, shared by the controller and the templates. */
public final class HandoffRoutes {

    public static final String COVERING = "/timeoff/covering";
    public static final String ITEMS = "/timeoff/handoffs/items";
    public static final String TEMPLATES = "/timeoff/handoff-templates";
    public static final String NEW_TEMPLATE = TEMPLATES + "/new";

    private HandoffRoutes() {}

    public static String plan(UUID requestId) {
        return TimeoffRoutes.request(requestId) + "/handoff";
    }

    public static String planItems(UUID requestId) {
        return plan(requestId) + "/items";
    }

    public static String planTemplate(UUID requestId) {
        return plan(requestId) + "/template";
    }

    public static String item(UUID itemId) {
        return ITEMS + "/" + itemId;
    }

    public static String editItem(UUID itemId) {
        return item(itemId) + "/edit";
    }

    public static String deleteItem(UUID itemId) {
        return item(itemId) + "/delete";
    }

    public static String answer(UUID itemId) {
        return item(itemId) + "/answer";
    }

    public static String template(UUID templateId) {
        return TEMPLATES + "/" + templateId;
    }

    public static String deleteTemplate(UUID templateId) {
        return template(templateId) + "/delete";
    }
}

package org.shelfcare.timeoff.web;

import java.util.UUID;

/** The routes of calendar feeds, delegates and the no-guilt nudge, shared by controllers and templates. */
public final class FeedRoutes {

    public static final String FEEDS = "/timeoff/feeds";
    public static final String DELEGATE = "/timeoff/delegate";
    public static final String NUDGE = "/timeoff/nudge";

    private FeedRoutes() {}

    public static String revokeFeed(UUID id) {
        return FEEDS + "/" + id + "/revoke";
    }

    public static String renewFeed(UUID id) {
        return FEEDS + "/" + id + "/renew";
    }

    public static String endDelegation(UUID id) {
        return DELEGATE + "/" + id + "/end";
    }
}

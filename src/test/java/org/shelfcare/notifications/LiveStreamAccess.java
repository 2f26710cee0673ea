package org.shelfcare.notifications;

/** For browser tests: what a node does when another node wakes it, without a second node. */
public final class LiveStreamAccess {

    private LiveStreamAccess() {}

    /** Tells every open page that it may have missed events, as after a wake-up from another node. */
    public static void resyncEveryone(LiveStream live) {
        live.resyncEveryone();
    }
}

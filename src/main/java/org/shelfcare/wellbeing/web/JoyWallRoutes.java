package org.shelfcare.wellbeing.web;

import java.util.UUID;
import org.shelfcare.wellbeing.WallAudience;
import org.shelfcare.wellbeing.WallReaction;

/** The Joy Wall and kudos page routes, shared by the controllers and the templates. */
public final class JoyWallRoutes {

    public static final String WALL = "/wellbeing/wall";
    public static final String KUDOS = "/wellbeing/kudos";
    static final String SHARE = "/wellbeing/joy/{id}/share";
    static final String WITHDRAW = SHARE + "/withdraw";
    static final String POST = WALL + "/{postId}";

    private JoyWallRoutes() {}

    public static String wall(WallAudience scope) {
        return WALL + "?scope=" + scope.name();
    }

    public static String share(UUID entryId) {
        return "/wellbeing/joy/" + entryId + "/share";
    }

    public static String withdraw(UUID entryId) {
        return share(entryId) + "/withdraw";
    }

    public static String react(UUID postId, WallReaction reaction) {
        return WALL + "/" + postId + "/reactions/" + reaction.name();
    }

    public static String hide(UUID postId) {
        return WALL + "/" + postId + "/hide";
    }

    public static String unhide(UUID postId) {
        return WALL + "/" + postId + "/unhide";
    }

    public static String deleteKudos(UUID id) {
        return KUDOS + "/" + id + "/delete";
    }

    public static String hideKudos(UUID id) {
        return KUDOS + "/" + id + "/hide";
    }

    public static String unhideKudos(UUID id) {
        return KUDOS + "/" + id + "/unhide";
    }

    /** The id of a post's reactions, which htmx swaps after a reaction. */
    public static String reactionsId(UUID postId) {
        return "reactions-" + postId;
    }
}

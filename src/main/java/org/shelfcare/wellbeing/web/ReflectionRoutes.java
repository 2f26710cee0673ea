package org.shelfcare.wellbeing.web;

import java.util.UUID;
import org.shelfcare.wellbeing.ReflectionKind;

/** The reflection and affirmation page routes, shared by the controller and the templates. */
public final class ReflectionRoutes {

    public static final String TODAY = "/wellbeing/today";
    public static final String AFFIRMATIONS = "/wellbeing/affirmations";
    static final String KIND = "/wellbeing/" + ReflectionKind.SLUGS;

    private ReflectionRoutes() {}

    /** The list (and add form) of one kind: the joy log, gratitude notes, past intentions. */
    public static String list(ReflectionKind kind) {
        return "/wellbeing/" + kind.slug();
    }

    public static String edit(ReflectionKind kind, UUID id) {
        return list(kind) + "/" + id + "/edit";
    }

    public static String update(ReflectionKind kind, UUID id) {
        return list(kind) + "/" + id;
    }

    public static String delete(ReflectionKind kind, UUID id) {
        return list(kind) + "/" + id + "/delete";
    }

    public static String deleteAffirmation(UUID id) {
        return AFFIRMATIONS + "/" + id + "/delete";
    }
}

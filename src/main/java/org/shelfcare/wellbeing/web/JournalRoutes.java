package org.shelfcare.wellbeing.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The journal page routes, shared by the controller and the templates so that a rename breaks the build. */
public final class JournalRoutes {

    public static final String JOURNAL = "/wellbeing/journal";
    public static final String NEW = JOURNAL + "/new";
    public static final String PROMPTS = JOURNAL + "/prompts";
    public static final String EXPORT_ZIP = JOURNAL + "/export.zip";
    public static final String EXPORT_JSON = JOURNAL + "/export.json";

    private JournalRoutes() {}

    public static String entry(UUID id) {
        return JOURNAL + "/" + id;
    }

    public static String edit(UUID id) {
        return entry(id) + "/edit";
    }

    public static String delete(UUID id) {
        return entry(id) + "/delete";
    }

    /** A new entry answering the prompt {@code promptId}. */
    public static String write(String promptId) {
        return NEW + "?prompt=" + URLEncoder.encode(promptId, StandardCharsets.UTF_8);
    }

    /** The journal filtered to {@code tag}. */
    public static String tagged(String tag) {
        return JOURNAL + "?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }

    public static String deletePrompt(String id) {
        return PROMPTS + "/" + id + "/delete";
    }
}

package org.shelfcare.directory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Organization slugs: lowercase ASCII for public URLs, never a reserved word. */
final class Slugs {

    static final Set<String> RESERVED = Set.of("exchange", "api", "admin", "p", "setup", "login", "logout", "help",
            "css", "js", "webjars", "static", "actuator", "error", "operator", "settings", "www", "v3", "profile",
            "invitations", "language", "stream", "shelfcare", "sample");

    private Slugs() {}

    static String from(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            slug = "library";
        }
        return RESERVED.contains(slug) ? slug + "-library" : slug;
    }
}

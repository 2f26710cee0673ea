package org.shelfcare.programs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The web origins a library allows to show its program listing ({@code /p/<slug>/embed}) in a
 * frame on its own website. Admins keep the list; each origin is {@code https://host[:port]}, or
 * {@code http://localhost[:port]} for trying it out. An empty list (the default) lets no one frame it.
 */
@Service
@Transactional
public class EmbedOrigins {

    public static final int MAX = 20;
    public static final int ORIGIN_MAX = 300;

    private final JdbcClient jdbc;

    EmbedOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The library's origins, in the order they were entered. */
    @Transactional(readOnly = true)
    public List<String> origins(UUID orgId) {
        return jdbc.sql("SELECT origin FROM program_embed_origin WHERE org_id = ? ORDER BY origin").param(orgId)
                .query(String.class).list();
    }

    /** The list as an admin sees it to change it. */
    @Transactional(readOnly = true)
    public List<String> origins(CurrentUser admin) {
        if (!admin.isAdmin()) {
            throw Problems.forbidden();
        }
        return origins(admin.organizationId());
    }

    /**
     * Replaces the library's origins with those in {@code text} (one a line, or separated by
     * spaces or commas); admins only. A bad origin answers 400 naming it, and nothing changes.
     */
    public List<String> replace(CurrentUser admin, String text) {
        if (!admin.isAdmin()) {
            throw Problems.forbidden();
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String part : text.split("[\\s,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String origin = normalized(part);
            if (origin == null) {
                throw new InvalidInput(List.of(new InvalidInput.FieldError("origins", "programs.embed.invalid",
                        new Object[] {part.length() > 80 ? part.substring(0, 80) + "…" : part})));
            }
            origins.add(origin);
        }
        if (origins.size() > MAX) {
            throw Problems.invalid("origins", "programs.embed.tooMany", MAX);
        }
        jdbc.sql("DELETE FROM program_embed_origin WHERE org_id = ?").param(admin.organizationId()).update();
        for (String origin : origins) {
            jdbc.sql("INSERT INTO program_embed_origin (org_id, origin) VALUES (?, ?)")
                    .params(admin.organizationId(), origin).update();
        }
        return new ArrayList<>(origins);
    }

    /**
     * The origin as a {@code frame-ancestors} source ({@code https://host[:port]} in lower case,
     * or {@code http://localhost[:port]}), or null when it is not one: no path, query, user or wildcard.
     */
    static String normalized(String input) {
        String value = input.strip();
        if (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        if (value.isEmpty() || value.length() > ORIGIN_MAX || !value.matches("[A-Za-z0-9.:/\\-\\[\\]]+")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException bad) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (host == null || uri.getRawUserInfo() != null || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return null;
        }
        boolean local = "localhost".equals(host) || "127.0.0.1".equals(host);
        if (!"https".equals(scheme) && !("http".equals(scheme) && local)) {
            return null;
        }
        if (!local && (!host.contains(".") || host.startsWith(".") || host.endsWith(".") || host.contains(".."))) {
            return null;
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return null;
        }
        return scheme + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}

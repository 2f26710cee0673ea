package org.shelfcare.wellbeing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.shelfcare.wellbeing.JournalEntry;

/**
 * The person's whole journal to take away: one Markdown file per entry in a zip, or JSON. The text
 * is the person's own and stays as they wrote it.
 */
final class JournalExport {

    private JournalExport() {}

    /** An entry as the JSON export and the API show it; {@code readable} is false when its key was destroyed. */
    record EntryJson(UUID id, @Nullable String title, @Nullable String body, List<String> tags, @Nullable String prompt,
            boolean readable, Instant createdAt, Instant updatedAt) {

        static EntryJson of(JournalEntry e) {
            return new EntryJson(e.id(), e.title(), e.body(), e.tags(), e.prompt(), !e.unreadable(), e.createdAt(),
                    e.updatedAt());
        }
    }

    record Json(Instant exportedAt, List<EntryJson> entries) {

        static Json of(List<JournalEntry> entries) {
            return new Json(Instant.now(), entries.stream().map(EntryJson::of).toList());
        }
    }

    /** A zip of one Markdown file per entry, named by date and title. */
    static byte[] zip(List<JournalEntry> entries, ZoneId zone, String unreadable) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> names = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (JournalEntry entry : entries) {
                LocalDate date = LocalDate.ofInstant(entry.createdAt(), zone);
                String base = date + "-" + slug(entry.title() == null ? "entry" : entry.title());
                String name = base + ".md";
                for (int n = 2; !names.add(name); n++) {
                    name = base + "-" + n + ".md";
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(markdown(entry, date, unreadable).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }

    static String markdown(JournalEntry entry, LocalDate date, String unreadable) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(entry.title() == null ? date.toString() : entry.title().replace('\n', ' ')).append("\n\n");
        md.append("Date: ").append(date).append("\n");
        if (!entry.tags().isEmpty()) {
            md.append("Tags: ").append(String.join(", ", entry.tags())).append("\n");
        }
        if (entry.prompt() != null) {
            md.append("Prompt: ").append(entry.prompt().replace('\n', ' ')).append("\n");
        }
        md.append("\n").append(entry.unreadable() ? unreadable : entry.body()).append("\n");
        return md.toString();
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "entry" : slug;
    }
}

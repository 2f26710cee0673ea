package org.shelfcare.training;

import org.jspecify.annotations.Nullable;

/** What a manager typed for a catalog item, as typed: the service checks it and answers field errors. */
public record ItemDraft(@Nullable String title, @Nullable String description, @Nullable String provider,
        @Nullable String link, @Nullable String format, @Nullable String durationMinutes,
        @Nullable String recertMonths, @Nullable String programId) {

    /** A draft that names no program. */
    public ItemDraft(@Nullable String title, @Nullable String description, @Nullable String provider,
            @Nullable String link, @Nullable String format, @Nullable String durationMinutes,
            @Nullable String recertMonths) {
        this(title, description, provider, link, format, durationMinutes, recertMonths, null);
    }

    public static ItemDraft empty() {
        return new ItemDraft("", "", "", "", TrainingFormat.IN_PERSON.name(), "", "", "");
    }

    public static ItemDraft of(CatalogItem item) {
        return new ItemDraft(item.title(), item.description(), item.provider(), item.link(), item.format().name(),
                item.durationMinutes() == null ? "" : item.durationMinutes().toString(),
                item.recertMonths() == null ? "" : item.recertMonths().toString(),
                item.programId() == null ? "" : item.programId().toString());
    }
}

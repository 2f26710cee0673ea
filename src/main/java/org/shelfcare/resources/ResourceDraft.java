package org.shelfcare.resources;

import org.jspecify.annotations.Nullable;

/**
 * What an admin or wellness lead types for one of the library's own entries. Everything is checked
 * by {@link ResourcesManagement}; the form keeps what was typed when something needs fixing.
 *
 * @param category one of {@link ResourceCategory}'s codes
 * @param locale {@code en} or {@code es} for text in one language; blank for every reader
 * @param sortOrder a whole number as typed; blank puts the entry after the others
 */
public record ResourceDraft(@Nullable String category, @Nullable String locale, @Nullable String name,
        @Nullable String description, @Nullable String phone, @Nullable String sms, @Nullable String smsBody,
        @Nullable String webUrl, @Nullable String hours, @Nullable String languages, boolean confidential,
        @Nullable String source, @Nullable String sortOrder) {}

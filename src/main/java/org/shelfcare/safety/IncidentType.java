package org.shelfcare.safety;

import org.jspecify.annotations.Nullable;

/**
 * A kind of incident of a library: one of the built-in types (which keep their code and can be
 * renamed or retired) or one the library added.
 *
 * @param label the name in the reader's language
 * @param labelEn the library's own English name, or null for the built-in one
 * @param labelEs the library's own Spanish name, or null for the built-in one (or the English name)
 * @param retired no longer offered for new reports; earlier reports keep it
 * @param uses how many reports (drafts included) have this type
 */
public record IncidentType(String code, String label, boolean builtIn, boolean retired, @Nullable String labelEn,
        @Nullable String labelEs, long uses) {}

package org.shelfcare.wellbeing;

import org.jspecify.annotations.Nullable;

/**
 * A reflection as typed or sent, checked by {@link Reflections}: a text of at least one character
 * and at most {@link ReflectionKind#max()}, and an optional date ({@code YYYY-MM-DD}, never in the
 * future; today in the person's time zone when left out).
 */
public record ReflectionDraft(@Nullable String text, @Nullable String date) {}

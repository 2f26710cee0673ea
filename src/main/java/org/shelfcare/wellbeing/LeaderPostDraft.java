package org.shelfcare.wellbeing;

import org.jspecify.annotations.Nullable;

/**
 * A leaders' corner post as typed or sent, checked by {@link LeadersCorner}: an optional title of up
 * to {@link LeadersCorner#TITLE_MAX} characters, a body of up to {@link LeadersCorner#BODY_MAX}, and
 * the audience ({@code TEAM} or {@code LIBRARY}; when left out, TEAM for supervisors, else LIBRARY).
 */
public record LeaderPostDraft(@Nullable String title, @Nullable String body, @Nullable String audience) {}

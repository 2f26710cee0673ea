package org.shelfcare.wellbeing;

import org.jspecify.annotations.Nullable;

/**
 * Kudos as typed or sent, checked by {@link Kudos}.
 *
 * @param to the colleague's id
 * @param visibility WALL or PRIVATE
 */
public record KudosDraft(@Nullable String to, @Nullable String text, @Nullable String visibility) {}

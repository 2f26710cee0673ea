package org.shelfcare.listening;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A theme that wellness leads group suggestions into.
 *
 * @param suggestions how many visible suggestions it holds, or null when fewer than k (the count
 *        could point at someone)
 */
public record SuggestionTheme(UUID id, String name, @Nullable Integer suggestions) {}

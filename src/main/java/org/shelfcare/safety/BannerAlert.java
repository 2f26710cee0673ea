package org.shelfcare.safety;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An alert a person was sent in the last day, as their page's banner shows it.
 *
 * @param status the person's answer ({@code SAFE}, {@code NEED_HELP}), or null before they answer
 * @param cleared whether the all clear has been given (the banner then shows it only while it is on screen)
 */
public record BannerAlert(UUID id, boolean drill, String headline, String message, @Nullable String status,
        boolean cleared) {

    /** Where the person answers it, or reads it after the all clear. */
    public String link() {
        return AlertDelivery.path(id);
    }
}

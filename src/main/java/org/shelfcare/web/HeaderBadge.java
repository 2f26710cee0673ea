package org.shelfcare.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A link with a count in the layout header for signed-in people (the notification center and its
 * unread count), contributed by a module as a bean so that this package imports no module.
 */
public interface HeaderBadge {

    /** The badge for the signed-in person of {@code request}, or empty when there is none. */
    Optional<Badge> badge(HttpServletRequest request);

    /**
     * @param path where the link leads
     * @param labelKey message key of the link text
     * @param countKey message key of the count for screen readers, e.g. "{0} unread"
     * @param elementId id of the count element, which page scripts keep up to date
     * @param count the number shown (nothing is shown for 0)
     */
    record Badge(String path, String labelKey, String countKey, String elementId, long count) {}
}

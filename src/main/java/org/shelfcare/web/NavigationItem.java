package org.shelfcare.web;

import org.jspecify.annotations.Nullable;

/**
 * A link on the home page and in the main navigation, contributed by a module as a bean.
 *
 * @param module the module code a library can switch off (null for links that are always there)
 * @param labelKey message key of the link text
 * @param descriptionKey message key of the one-line description on the home page
 * @param path where it leads
 * @param requiredRole role code needed to see the link, or null for everyone signed in
 * @param order position, lowest first
 */
public record NavigationItem(@Nullable String module, String labelKey, String descriptionKey, String path,
        @Nullable String requiredRole, int order) {

    boolean visibleTo(Chrome chrome) {
        return chrome.signedIn() && (module == null || !chrome.disabledModules().contains(module))
                && (requiredRole == null || chrome.hasRole(requiredRole));
    }
}

/**
 * Shared web infrastructure: the page layout and navigation, messages in English and Spanish,
 * problem details for the API, error pages and htmx helpers. It imports no other module; modules
 * plug into the layout through {@link org.shelfcare.web.ChromeProvider},
 * {@link org.shelfcare.web.NavigationItem} and {@link org.shelfcare.web.HeaderBadge}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.shelfcare.web;

import org.jspecify.annotations.NullMarked;

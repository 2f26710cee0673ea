/**
 * Safety and care during and after incidents: alerts that reach a branch or the whole library at
 * once (in the app, by email past quiet hours, and in the library's chat) and ask each person "I'm
 * safe" or "I need help", with plain-language templates per type and an "all clear".
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Safety",
        allowedDependencies = {"directory", "notifications", "privacy", "resources", "web"})
package org.shelfcare.safety;

import org.jspecify.annotations.NullMarked;

/**
 * Listening: sessions and town halls with live anonymous questions, a suggestion box open any
 * time, and "You said, we did": the actions that staff feedback became, with their progress.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Listening", allowedDependencies = {"directory", "notifications", "privacy", "web"})
package org.shelfcare.listening;

import org.jspecify.annotations.NullMarked;

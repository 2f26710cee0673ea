/**
 * Personal wellbeing, private to each person: check-ins of mood, energy and stress with a sealed
 * note, and their own trends. Nobody else reads them, and they feed no aggregate of any kind.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Wellbeing", allowedDependencies = {"directory", "privacy", "web"})
package org.shelfcare.wellbeing;

import org.jspecify.annotations.NullMarked;

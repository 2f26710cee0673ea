/**
 * Personal wellbeing, private to each person: check-ins of mood, energy and stress with their own
 * trends, and a journal with prompts. Private text is sealed; nobody else reads it, and none of it
 * feeds an aggregate of any kind.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Wellbeing", allowedDependencies = {"directory", "privacy", "web"})
package org.shelfcare.wellbeing;

import org.jspecify.annotations.NullMarked;

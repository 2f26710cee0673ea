/**
 * Personal wellbeing, private to each person: check-ins of mood, energy and stress with their own
 * trends, a journal with prompts, the morning intention, the evening library-joy log, gratitude
 * notes and the affirmation of the day. Private text is sealed; nobody else reads it, and none of it
 * feeds an aggregate of any kind. What a person chooses to share goes on the Joy Wall (a copy of a
 * joy entry, named or anonymous, with colleagues' reactions) and as kudos to a colleague.
 * Boundaries: a working agreement shared with colleagues only by choice, a capacity status beside
 * the person's name, and mindful breaks with guided practices and a timer. Leaders' corner: short
 * reflections that supervisors and leaders post for their teams, meant to be read. An optional,
 * gentle check-in reminder goes through the notifications module.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Wellbeing", allowedDependencies = {"directory", "notifications", "privacy", "web"})
package org.shelfcare.wellbeing;

import org.jspecify.annotations.NullMarked;

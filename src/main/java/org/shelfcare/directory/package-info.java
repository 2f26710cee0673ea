/**
 * The base of ShelfCare: organizations (libraries), their branches and departments, people and
 * their roles, invitations, the roster import, working patterns, and each library's settings
 * (its own names for shared terms, the modules it uses, its anonymity threshold). It depends only
 * on the shared web infrastructure; other modules learn of changes through its events.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = "web")
package org.shelfcare.directory;

import org.jspecify.annotations.NullMarked;

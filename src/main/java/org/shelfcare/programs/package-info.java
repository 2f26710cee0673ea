/**
 * Programs: wellness programs and events for staff and patrons (guided meditation, poetry clubs,
 * journaling, pet therapy visits, gatherings such as "Bring Your Own Cup", workshops). A program
 * is a series with its sessions, weekly or monthly with exceptions and an end; admins and wellness
 * leads manage the library's programs, supervisors their team's, and a program can be delegated to
 * its facilitator. A program is published at once unless saved as a draft. Other modules that need
 * events use this one.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Programs",
        allowedDependencies = {"directory", "notifications", "web"})
package org.shelfcare.programs;

import org.jspecify.annotations.NullMarked;

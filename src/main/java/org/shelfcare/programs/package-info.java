/**
 * Programs: wellness programs and events for staff and patrons (guided meditation, poetry clubs,
 * journaling, pet therapy visits, gatherings such as "Bring Your Own Cup", workshops). A program
 * is a series with its sessions, weekly or monthly with exceptions and an end; admins and wellness
 * leads manage the library's programs, supervisors their team's, and a program can be delegated to
 * its facilitator. A program is published at once unless saved as a draft. Staff register with one
 * click; a full session takes a waitlist whose parties are seated in order as seats free up, never
 * over-booking. Patrons find programs for them on the library's public page, feed and JSON, and
 * register with a name, an email and the number of people, no account: a confirmation email with a
 * cancel link, limits per address and per email against floods, and their registrations deleted
 * 30 days after the session. Everyone registered gets a reminder the day before (once, by a
 * scheduled job) and is told when a session is cancelled; each session has an iCalendar file
 * ("Add to calendar"), staff and public. A compact listing can be framed on the library's own
 * website, by the origins its admins list only. Those who manage a program check people in on a
 * tablet (registered people and walk-ins); who came is deleted with the registrations, the counts
 * stay. After a session, those who took part give short anonymous feedback (a rating and a comment,
 * kept without any person; results only from k answers). Other modules that need events use this
 * one.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Programs",
        allowedDependencies = {"directory", "notifications", "privacy", "web"})
package org.shelfcare.programs;

import org.jspecify.annotations.NullMarked;

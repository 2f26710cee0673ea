/**
 * Time off: each library's leave types (vacation, sick, mental health day, personal, training,
 * other) and its people's leave requests for full days, half days or hours, decided by the
 * person's supervisor (or an admin when there is none). Before sending, a person sees who on their
 * team is already out, shown only as "Out". A request of a private type (sick, personal, mental
 * health day by default) is approved automatically and looks the same as any other private request
 * to everyone but the requester: type "Out", no note. Notes are sealed with the requester's key.
 * Private calendar feeds show time off in people's own calendar apps, a delegate decides while the
 * supervisor is out, and a library may send a kind nudge to whoever has had no time off for months.
 * Coverage rules count who is present from working patterns and approved time off, warn before a
 * request would leave a branch or department short, and mark short days on the team calendar, which
 * shows everyone who is out and never why.
 * A request can carry a handoff plan ("Prepare The Others"): items colleagues are asked to cover,
 * who accept or decline, an out-of-office message, key contacts and templates per department.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Time off", allowedDependencies = {"directory", "notifications", "privacy", "web"})
package org.shelfcare.timeoff;

import org.jspecify.annotations.NullMarked;

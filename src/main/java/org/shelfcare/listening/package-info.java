/**
 * Listening: sessions and town halls where staff ask questions, named or anonymously, and vote on
 * each other's questions, which re-rank live on the session page. Admins and wellness leads hold
 * sessions for the whole library or a branch or department; supervisors for their own branch or
 * department. An anonymous question stores no author, no IP address and only its date; a vote
 * stores only HMAC(server key, person + question), never the voter.
 * A suggestion box is open any time, with the same anonymity, and "You said, we did" shows the
 * actions that staff feedback became, with their progress.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Listening", allowedDependencies = {"directory", "notifications", "privacy", "web"})
package org.shelfcare.listening;

import org.jspecify.annotations.NullMarked;

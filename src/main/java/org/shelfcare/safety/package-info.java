/**
 * Safety: incident reports in two tracks. The factual record (what happened, where, who was
 * involved, what was done) is read by safety leads, admins and its reporter, never by the people
 * it is about, and every read is written to the audit log. The care track (who was affected, how
 * they are doing, requests for a check-in) is read by care contacts only, its notes sealed with the
 * library's care key. Right after reporting, the reporter sees "Get help now".
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Safety",
        allowedDependencies = {"directory", "notifications", "privacy", "resources", "web"})
package org.shelfcare.safety;

import org.jspecify.annotations.NullMarked;

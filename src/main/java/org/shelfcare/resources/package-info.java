/**
 * "Get help now": the library's Employee Assistance Program, crisis lines, counseling, HR and union
 * contacts; instance-wide defaults plus each library's own, kept by admins and wellness leads.
 * Opening the help page leaves no trace: no audit entry, no log line, no notification.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Resources", allowedDependencies = {"directory", "web"})
package org.shelfcare.resources;

import org.jspecify.annotations.NullMarked;

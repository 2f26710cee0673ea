/**
 * Training: the library's catalog of trainings (trauma-informed practice, mental health first aid,
 * de-escalation, bomb threat and emergency drills, EAP orientation, and the library's own), which
 * of them a role, a job title or a department must take and how often, each person's "My training"
 * with what is required and optional for them, completions with a date, a certificate or a note that
 * leads verify, reminders before a training expires and when it is overdue, and a compliance view
 * (by department and branch, people counted under each branch they work at, filters by branch,
 * department, training and status, a history of the last 12 months, an overdue list) for
 * supervisors about their teams and for admins and wellness leads about the whole library. A
 * training may name the program (programs module) that offers it: its sessions show on "My
 * training", and a check-in there records the training. Training completion is operational data,
 * shown by name to those people only, and never thresholded.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Training",
        allowedDependencies = {"directory", "notifications", "programs", "web"})
package org.shelfcare.training;

import org.jspecify.annotations.NullMarked;

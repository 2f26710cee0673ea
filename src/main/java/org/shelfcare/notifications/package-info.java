/**
 * Notifications: the in-app notification center, email through a persistent outbox with retries,
 * each person's quiet hours and per-kind preferences, and the one live event stream that pages
 * hold open. Every module notifies people through {@link org.shelfcare.notifications.NotificationManagement}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"directory", "web"})
package org.shelfcare.notifications;

import org.jspecify.annotations.NullMarked;

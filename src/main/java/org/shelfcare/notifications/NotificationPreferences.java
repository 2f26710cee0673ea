package org.shelfcare.notifications;

import java.util.List;

/**
 * A person's notification settings: quiet hours, and per kind of notification whether it shows in
 * the app and whether it comes by email (both on unless the person switched them off).
 */
public record NotificationPreferences(QuietHours quietHours, List<TypePreference> types) {

    public NotificationPreferences {
        types = List.copyOf(types);
    }

    public TypePreference forType(String type) {
        return types.stream().filter(t -> t.type().equals(type)).findFirst()
                .orElse(new TypePreference(type, true, true));
    }

    public record TypePreference(String type, boolean inApp, boolean email) {}
}

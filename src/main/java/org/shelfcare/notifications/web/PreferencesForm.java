package org.shelfcare.notifications.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shelfcare.notifications.NotificationPreferences;
import org.shelfcare.notifications.NotificationType;
import org.shelfcare.notifications.QuietHours;
import org.shelfcare.web.InvalidInput;

/** What the preferences form shows, and what the person typed when it comes back with errors. */
public record PreferencesForm(boolean quietEnabled, String quietStart, String quietEnd, List<String> quietDays,
        Set<String> inApp, Set<String> email) {

    static PreferencesForm of(NotificationPreferences preferences) {
        QuietHours quiet = preferences.quietHours();
        return new PreferencesForm(quiet.enabled(), quiet.start().toString(), quiet.end().toString(),
                quiet.days().stream().sorted().map(DayOfWeek::name).toList(),
                Set.copyOf(preferences.types().stream().filter(NotificationPreferences.TypePreference::inApp)
                        .map(NotificationPreferences.TypePreference::type).toList()),
                Set.copyOf(preferences.types().stream().filter(NotificationPreferences.TypePreference::email)
                        .map(NotificationPreferences.TypePreference::type).toList()));
    }

    public boolean day(DayOfWeek day) {
        return quietDays.contains(day.name());
    }

    NotificationPreferences toPreferences(List<NotificationType> types) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        LocalTime start = time("quietHours/start", quietStart, errors);
        LocalTime end = time("quietHours/end", quietEnd, errors);
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : quietDays) {
            try {
                days.add(DayOfWeek.valueOf(day));
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInput.FieldError("quietHours/days", "notifications.preferences.noDays",
                        new Object[0]));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new NotificationPreferences(new QuietHours(quietEnabled, start, end, days), types.stream()
                .map(type -> new NotificationPreferences.TypePreference(type.code(), inApp.contains(type.code()),
                        email.contains(type.code())))
                .toList());
    }

    private static LocalTime time(String field, String text, List<InvalidInput.FieldError> errors) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException malformed) {
            errors.add(new InvalidInput.FieldError(field, "notifications.preferences.timeInvalid", new Object[0]));
            return LocalTime.MIDNIGHT;
        }
    }
}

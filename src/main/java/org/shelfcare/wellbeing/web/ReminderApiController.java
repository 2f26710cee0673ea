package org.shelfcare.wellbeing.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.DayOfWeek;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.CheckInReminder;
import org.shelfcare.wellbeing.CheckInReminderDraft;
import org.shelfcare.wellbeing.CheckInReminders;
import org.shelfcare.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The caller's own optional check-in reminder as JSON. */
@ApiController("/api/v1/wellbeing/reminder")
class ReminderApiController {

    private final CheckInReminders reminders;

    ReminderApiController(CheckInReminders reminders) {
        this.reminders = reminders;
    }

    /** {@code time} is {@code HH:MM} in {@code timeZone}, the caller's own zone. */
    record ReminderJson(boolean enabled, List<String> days, String time, String timeZone) {

        static ReminderJson of(CheckInReminder r, CurrentUser user) {
            return new ReminderJson(r.enabled(), r.days().stream().sorted().map(DayOfWeek::name).toList(),
                    r.time().toString(), user.zone().getId());
        }
    }

    record ReminderRequest(@Nullable Boolean enabled, @Nullable List<String> days, @Nullable String time) {

        CheckInReminderDraft draft() {
            return new CheckInReminderDraft(Boolean.TRUE.equals(enabled), days, time);
        }
    }

    @Operation(summary = "The caller's check-in reminder (off unless they switched it on)")
    @GetMapping
    ReminderJson get(CurrentUser user) {
        return ReminderJson.of(reminders.reminder(user), user);
    }

    @Operation(summary = "Set the caller's check-in reminder: enabled, days (MONDAY ... SUNDAY) and time (HH:MM, their zone)")
    @PutMapping
    ReminderJson put(CurrentUser user, @RequestBody ReminderRequest request) {
        return ReminderJson.of(reminders.save(user, request.draft()), user);
    }
}

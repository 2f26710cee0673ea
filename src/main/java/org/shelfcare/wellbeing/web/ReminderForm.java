package org.shelfcare.wellbeing.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.shelfcare.wellbeing.CheckInReminder;
import org.shelfcare.wellbeing.CheckInReminderDraft;

/** The check-in reminder form; it keeps what was chosen. */
public class ReminderForm {

    private boolean enabled;
    private List<String> days = new ArrayList<>();
    private String time = "";

    static ReminderForm of(CheckInReminder reminder) {
        ReminderForm form = new ReminderForm();
        form.enabled = reminder.enabled();
        form.days = new ArrayList<>(reminder.days().stream().sorted().map(DayOfWeek::name).toList());
        form.time = reminder.time().toString();
        return form;
    }

    CheckInReminderDraft draft() {
        return new CheckInReminderDraft(enabled, days, time);
    }

    public boolean day(DayOfWeek day) {
        return days.contains(day.name());
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean value) { enabled = value; }
    public List<String> getDays() { return days; }
    public void setDays(List<String> value) { days = value; }
    public String getTime() { return time; }
    public void setTime(String value) { time = value; }
}

package org.shelfcare.wellbeing.web;

import org.jspecify.annotations.Nullable;
import org.shelfcare.wellbeing.BreakPractice;
import org.shelfcare.wellbeing.Breaks;
import org.shelfcare.web.Problems;

/** Starting a break: the practice, the minutes as typed, and whether colleagues see it (on unless unticked). */
public class BreakForm {

    private String practice = "";
    private String minutes = "";
    private boolean showStatus;

    static BreakForm of(BreakPractice practice) {
        BreakForm form = new BreakForm();
        form.practice = practice.name();
        form.minutes = String.valueOf(practice.minutes());
        form.showStatus = true;
        return form;
    }

    /** The minutes typed; null when left empty (the practice's own). */
    @Nullable Integer minutesValue() {
        String text = minutes.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            throw Problems.invalid("minutes", "wellbeing.breaks.minutesRange", Breaks.MIN_MINUTES, Breaks.MAX_MINUTES);
        }
    }

    public String getPractice() { return practice; }
    public void setPractice(String value) { practice = value; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String value) { minutes = value; }
    public boolean isShowStatus() { return showStatus; }
    public void setShowStatus(boolean value) { showStatus = value; }
}

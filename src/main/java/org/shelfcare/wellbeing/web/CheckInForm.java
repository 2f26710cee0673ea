package org.shelfcare.wellbeing.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.shelfcare.wellbeing.CheckIn;
import org.shelfcare.wellbeing.CheckInDraft;

/** The check-in form; it keeps what was chosen and typed when something needs fixing. */
public class CheckInForm {

    /** The three scores, in the order the form asks for them. */
    public static final java.util.List<String> SCORES = java.util.List.of("mood", "energy", "stress");

    private String mood = "";
    private String energy = "";
    private String stress = "";
    private String note = "";
    private String date = "";

    static CheckInForm on(LocalDate date) {
        CheckInForm form = new CheckInForm();
        form.date = date.toString();
        return form;
    }

    static CheckInForm of(CheckIn checkIn) {
        CheckInForm form = on(checkIn.date());
        form.mood = String.valueOf(checkIn.mood());
        form.energy = String.valueOf(checkIn.energy());
        form.stress = String.valueOf(checkIn.stress());
        form.note = checkIn.note() == null ? "" : checkIn.note();
        return form;
    }

    CheckInDraft draft() {
        return new CheckInDraft(parse(mood), parse(energy), parse(stress), note, date);
    }

    /** The chosen value of one of {@link #SCORES}. */
    public String score(String name) {
        return switch (name) {
            case "mood" -> mood;
            case "energy" -> energy;
            case "stress" -> stress;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Nothing chosen is missing; anything but a whole number is out of range. */
    private static @Nullable Integer parse(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    public String getMood() { return mood; }
    public void setMood(String value) { mood = value; }
    public String getEnergy() { return energy; }
    public void setEnergy(String value) { energy = value; }
    public String getStress() { return stress; }
    public void setStress(String value) { stress = value; }
    public String getNote() { return note; }
    public void setNote(String value) { note = value; }
    public String getDate() { return date; }
    public void setDate(String value) { date = value; }
}

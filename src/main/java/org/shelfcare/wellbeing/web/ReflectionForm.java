package org.shelfcare.wellbeing.web;

import java.time.LocalDate;
import org.shelfcare.wellbeing.Reflection;
import org.shelfcare.wellbeing.ReflectionDraft;

/** The form of a reflection (and of an affirmation, which has only a text); it keeps what was typed. */
public class ReflectionForm {

    private String text = "";
    private String date = "";

    static ReflectionForm on(LocalDate date) {
        ReflectionForm form = new ReflectionForm();
        form.date = date.toString();
        return form;
    }

    static ReflectionForm of(Reflection reflection) {
        ReflectionForm form = on(reflection.date());
        form.text = reflection.text() == null ? "" : reflection.text();
        return form;
    }

    ReflectionDraft draft() {
        return new ReflectionDraft(text, date);
    }

    public String getText() { return text; }
    public void setText(String value) { text = value; }
    public String getDate() { return date; }
    public void setDate(String value) { date = value; }
}

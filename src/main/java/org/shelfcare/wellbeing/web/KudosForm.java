package org.shelfcare.wellbeing.web;

import org.shelfcare.wellbeing.KudosDraft;

/** The kudos form; it keeps what was typed. */
public class KudosForm {

    private String to = "";
    private String text = "";
    private String visibility = "WALL";

    KudosDraft draft() {
        return new KudosDraft(to, text, visibility);
    }

    public String getTo() { return to; }
    public void setTo(String value) { to = value; }
    public String getText() { return text; }
    public void setText(String value) { text = value; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String value) { visibility = value; }
}

package org.shelfcare.timeoff.web;

import org.shelfcare.timeoff.HandoffItem;
import org.shelfcare.timeoff.HandoffItemDraft;

/** A handoff item on the plan page; it keeps what was typed. {@code formToken} makes a double click add one item. */
public class HandoffItemForm {

    private String kind = "";
    private String description = "";
    private String date = "";
    private String time = "";
    private String coveringId = "";
    private String formToken = "";

    static HandoffItemForm of(HandoffItem item) {
        HandoffItemForm form = new HandoffItemForm();
        form.kind = item.kind().name();
        form.description = item.description();
        form.date = item.date() == null ? "" : item.date().toString();
        form.time = item.time() == null ? "" : item.time().toString();
        form.coveringId = item.coveringId() == null ? "" : item.coveringId().toString();
        return form;
    }

    HandoffItemDraft draft() {
        return new HandoffItemDraft(kind, description, date, time, coveringId);
    }

    public String getKind() { return kind; }
    public void setKind(String value) { kind = value; }
    public String getDescription() { return description; }
    public void setDescription(String value) { description = value; }
    public String getDate() { return date; }
    public void setDate(String value) { date = value; }
    public String getTime() { return time; }
    public void setTime(String value) { time = value; }
    public String getCoveringId() { return coveringId; }
    public void setCoveringId(String value) { coveringId = value; }
    public String getFormToken() { return formToken; }
    public void setFormToken(String value) { formToken = value; }
}

package org.shelfcare.timeoff.web;

import java.time.LocalDate;
import org.shelfcare.timeoff.LeaveDraft;
import org.shelfcare.timeoff.LeavePortion;
import org.shelfcare.timeoff.LeaveRequest;

/** The leave request form; it keeps what was typed. {@code formToken} makes a double click send once. */
public class LeaveForm {

    private String type = "";
    private String startDate = "";
    private String endDate = "";
    private String portion = LeavePortion.FULL_DAYS.name();
    private String startTime = "";
    private String endTime = "";
    private String note = "";
    private String formToken = "";
    private String step = "";

    static LeaveForm starting(LocalDate date, String formToken) {
        LeaveForm form = new LeaveForm();
        form.startDate = date.toString();
        form.endDate = date.toString();
        form.formToken = formToken;
        return form;
    }

    static LeaveForm of(LeaveRequest request) {
        LeaveForm form = new LeaveForm();
        form.type = request.type();
        form.startDate = request.startDate().toString();
        form.endDate = request.endDate().toString();
        form.portion = request.portion().name();
        form.startTime = request.startTime() == null ? "" : request.startTime().toString();
        form.endTime = request.endTime() == null ? "" : request.endTime().toString();
        form.note = request.note() == null ? "" : request.note();
        return form;
    }

    LeaveDraft draft() {
        return new LeaveDraft(type, startDate, endDate, portion, startTime, endTime, note);
    }

    /** Whether the person asked only to see who is out, not to send. */
    boolean checking() {
        return "check".equals(step);
    }

    public String getType() { return type; }
    public void setType(String value) { type = value; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String value) { startDate = value; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String value) { endDate = value; }
    public String getPortion() { return portion; }
    public void setPortion(String value) { portion = value; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String value) { startTime = value; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String value) { endTime = value; }
    public String getNote() { return note; }
    public void setNote(String value) { note = value; }
    public String getFormToken() { return formToken; }
    public void setFormToken(String value) { formToken = value; }
    public String getStep() { return step; }
    public void setStep(String value) { step = value; }
}

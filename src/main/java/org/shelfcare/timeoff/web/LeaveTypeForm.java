package org.shelfcare.timeoff.web;

import org.shelfcare.timeoff.LeaveType;

/** An admin's form for one leave type; an unticked box is absent from the post, so false. */
public class LeaveTypeForm {

    private boolean needsApproval;
    private String noticeDays = "0";
    private boolean noteAllowed;
    private boolean privateType;

    static LeaveTypeForm of(LeaveType type) {
        LeaveTypeForm form = new LeaveTypeForm();
        form.needsApproval = type.needsApproval();
        form.noticeDays = Integer.toString(type.noticeDays());
        form.noteAllowed = type.noteAllowed();
        form.privateType = type.privateType();
        return form;
    }

    public boolean isNeedsApproval() { return needsApproval; }
    public void setNeedsApproval(boolean value) { needsApproval = value; }
    public String getNoticeDays() { return noticeDays; }
    public void setNoticeDays(String value) { noticeDays = value; }
    public boolean isNoteAllowed() { return noteAllowed; }
    public void setNoteAllowed(boolean value) { noteAllowed = value; }
    public boolean isPrivateType() { return privateType; }
    public void setPrivateType(boolean value) { privateType = value; }
}

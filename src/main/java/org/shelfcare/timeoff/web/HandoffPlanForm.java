package org.shelfcare.timeoff.web;

import org.shelfcare.timeoff.HandoffPlan;

/** The out-of-office message and key contacts of a plan; it keeps what was typed. */
public class HandoffPlanForm {

    private String outOfOffice = "";
    private String keyContacts = "";

    static HandoffPlanForm of(HandoffPlan plan) {
        HandoffPlanForm form = new HandoffPlanForm();
        form.outOfOffice = plan.outOfOffice() == null ? "" : plan.outOfOffice();
        form.keyContacts = plan.keyContacts() == null ? "" : plan.keyContacts();
        return form;
    }

    public String getOutOfOffice() { return outOfOffice; }
    public void setOutOfOffice(String value) { outOfOffice = value; }
    public String getKeyContacts() { return keyContacts; }
    public void setKeyContacts(String value) { keyContacts = value; }
}

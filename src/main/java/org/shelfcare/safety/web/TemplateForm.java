package org.shelfcare.safety.web;

import org.shelfcare.safety.AlertTemplate;

/** The template form; it keeps what was typed. */
public class TemplateForm {

    private String headline = "";
    private String message = "";
    private String allClear = "";

    static TemplateForm of(AlertTemplate template) {
        TemplateForm form = new TemplateForm();
        form.headline = template.headline();
        form.message = template.message();
        form.allClear = template.allClear();
        return form;
    }

    public String getHeadline() { return headline; }
    public void setHeadline(String value) { headline = value; }
    public String getMessage() { return message; }
    public void setMessage(String value) { message = value; }
    public String getAllClear() { return allClear; }
    public void setAllClear(String value) { allClear = value; }
}

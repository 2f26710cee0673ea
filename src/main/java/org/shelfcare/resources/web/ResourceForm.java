package org.shelfcare.resources.web;

import org.shelfcare.resources.ResourceDraft;
import org.shelfcare.resources.SupportResource;

/** The form for one of the library's own entries; it keeps what was typed when something needs fixing. */
public class ResourceForm {

    private String category = "";
    private String locale = "";
    private String name = "";
    private String description = "";
    private String phone = "";
    private String sms = "";
    private String smsBody = "";
    private String webUrl = "";
    private String hours = "";
    private String languages = "";
    private boolean confidential;
    private String source = "";
    private String sortOrder = "";

    static ResourceForm of(SupportResource r) {
        ResourceForm form = new ResourceForm();
        form.category = r.category().name();
        form.locale = orEmpty(r.locale());
        form.name = r.name();
        form.description = orEmpty(r.description());
        form.phone = orEmpty(r.phone());
        form.sms = orEmpty(r.sms());
        form.smsBody = orEmpty(r.smsBody());
        form.webUrl = orEmpty(r.webUrl());
        form.hours = orEmpty(r.hours());
        form.languages = orEmpty(r.languages());
        form.confidential = r.confidential();
        form.source = orEmpty(r.source());
        form.sortOrder = String.valueOf(r.sortOrder());
        return form;
    }

    ResourceDraft draft() {
        return new ResourceDraft(category, locale, name, description, phone, sms, smsBody, webUrl, hours, languages,
                confidential, source, sortOrder);
    }

    private static String orEmpty(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    public String getCategory() { return category; }
    public void setCategory(String value) { category = value; }
    public String getLocale() { return locale; }
    public void setLocale(String value) { locale = value; }
    public String getName() { return name; }
    public void setName(String value) { name = value; }
    public String getDescription() { return description; }
    public void setDescription(String value) { description = value; }
    public String getPhone() { return phone; }
    public void setPhone(String value) { phone = value; }
    public String getSms() { return sms; }
    public void setSms(String value) { sms = value; }
    public String getSmsBody() { return smsBody; }
    public void setSmsBody(String value) { smsBody = value; }
    public String getWebUrl() { return webUrl; }
    public void setWebUrl(String value) { webUrl = value; }
    public String getHours() { return hours; }
    public void setHours(String value) { hours = value; }
    public String getLanguages() { return languages; }
    public void setLanguages(String value) { languages = value; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean value) { confidential = value; }
    public String getSource() { return source; }
    public void setSource(String value) { source = value; }
    public String getSortOrder() { return sortOrder; }
    public void setSortOrder(String value) { sortOrder = value; }
}

package org.shelfcare.directory.web;

import java.util.Arrays;
import java.util.List;

/** The setup wizard's form; it keeps what was typed when something needs fixing. */
public class SetupForm {

    private String organizationName = "";
    private String branches = "";
    private String departments = "";
    private String adminName = "";
    private String adminEmail = "";
    private String adminPassword = "";
    private String setupToken = "";

    public String getOrganizationName() { return organizationName; }
    public void setOrganizationName(String value) { organizationName = value; }
    public String getBranches() { return branches; }
    public void setBranches(String value) { branches = value; }
    public String getDepartments() { return departments; }
    public void setDepartments(String value) { departments = value; }
    public String getAdminName() { return adminName; }
    public void setAdminName(String value) { adminName = value; }
    public String getAdminEmail() { return adminEmail; }
    public void setAdminEmail(String value) { adminEmail = value; }
    public String getAdminPassword() { return adminPassword; }
    public void setAdminPassword(String value) { adminPassword = value; }
    public String getSetupToken() { return setupToken; }
    public void setSetupToken(String value) { setupToken = value; }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}

package org.shelfcare.timeoff.web;

import java.util.ArrayList;
import java.util.List;
import org.shelfcare.directory.WorkingPattern;
import org.shelfcare.timeoff.CoverageManagement;
import org.shelfcare.timeoff.CoverageRule;

/** An admin's form for a coverage rule; unticked weekdays are absent from the post. */
public class CoverageRuleForm {

    private String branchId = "";
    private String departmentId = "";
    private List<String> weekdays = new ArrayList<>();
    private String part = "";
    private String minimum = "1";

    /** A new rule starts on weekdays, all day, one person. */
    static CoverageRuleForm starting() {
        CoverageRuleForm form = new CoverageRuleForm();
        form.weekdays = new ArrayList<>(List.of("MON", "TUE", "WED", "THU", "FRI"));
        return form;
    }

    static CoverageRuleForm of(CoverageRule rule) {
        CoverageRuleForm form = new CoverageRuleForm();
        form.branchId = rule.branchId() == null ? "" : rule.branchId().toString();
        form.departmentId = rule.departmentId() == null ? "" : rule.departmentId().toString();
        form.weekdays = new ArrayList<>(rule.weekdays().stream().map(WorkingPattern::code).toList());
        form.part = rule.part() == null ? "" : rule.part().name();
        form.minimum = Integer.toString(rule.minimum());
        return form;
    }

    CoverageManagement.RuleDraft draft() {
        return new CoverageManagement.RuleDraft(branchId, departmentId, weekdays, part, minimum);
    }

    public boolean hasDay(String code) {
        return weekdays.contains(code);
    }

    public String getBranchId() { return branchId; }
    public void setBranchId(String value) { branchId = value == null ? "" : value; }
    public String getDepartmentId() { return departmentId; }
    public void setDepartmentId(String value) { departmentId = value == null ? "" : value; }
    public List<String> getWeekdays() { return weekdays; }
    public void setWeekdays(List<String> value) { weekdays = value == null ? new ArrayList<>() : value; }
    public String getPart() { return part; }
    public void setPart(String value) { part = value == null ? "" : value; }
    public String getMinimum() { return minimum; }
    public void setMinimum(String value) { minimum = value == null ? "" : value; }
}

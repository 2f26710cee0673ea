package org.shelfcare.directory.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.Unit;
import org.shelfcare.directory.WorkingPattern;
import org.shelfcare.web.Problems;

/** The invite and edit forms for a person; they keep what was typed when something needs fixing. */
public class PersonForm {

    /** The choices for one day of the working pattern. */
    public static final List<String> DAY_CHOICES = List.of("", "ALL", "AM", "PM");

    private String name = "";
    private String email = "";
    private String username = "";
    private String branchId = "";
    private String departmentId = "";
    private String jobTitle = "";
    private String supervisorId = "";
    private String startedOn = "";
    private List<String> roles = new ArrayList<>();
    private List<String> otherBranchIds = new ArrayList<>();
    private Map<String, String> pattern = new LinkedHashMap<>();

    public String getName() { return name; }
    public void setName(String value) { name = value; }
    public String getEmail() { return email; }
    public void setEmail(String value) { email = value; }
    public String getUsername() { return username; }
    public void setUsername(String value) { username = value; }
    public String getBranchId() { return branchId; }
    public void setBranchId(String value) { branchId = value; }
    public String getDepartmentId() { return departmentId; }
    public void setDepartmentId(String value) { departmentId = value; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String value) { jobTitle = value; }
    public String getSupervisorId() { return supervisorId; }
    public void setSupervisorId(String value) { supervisorId = value; }
    public String getStartedOn() { return startedOn; }
    public void setStartedOn(String value) { startedOn = value; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> value) { roles = value; }
    public List<String> getOtherBranchIds() { return otherBranchIds; }
    public void setOtherBranchIds(List<String> value) { otherBranchIds = value; }
    public Map<String, String> getPattern() { return pattern; }
    public void setPattern(Map<String, String> value) { pattern = value; }

    public boolean hasRole(Role role) {
        return role == Role.STAFF || roles.contains(role.name());
    }

    public boolean hasOtherBranch(Unit branch) {
        return otherBranchIds.contains(branch.id().toString());
    }

    /** The choice for {@code day}: "" (not worked), ALL, AM or PM. */
    public String day(DayOfWeek day) {
        return pattern.getOrDefault(WorkingPattern.code(day), "");
    }

    /** The working pattern as stored, e.g. {@code MON,TUE,WED:AM}. */
    String workingPattern() {
        StringJoiner text = new StringJoiner(",");
        for (DayOfWeek day : DayOfWeek.values()) {
            String choice = day(day);
            if ("ALL".equals(choice)) {
                text.add(WorkingPattern.code(day));
            } else if (!choice.isEmpty()) {
                text.add(WorkingPattern.code(day) + ":" + choice);
            }
        }
        return text.toString();
    }

    void setWorkingPattern(WorkingPattern working) {
        pattern.clear();
        for (DayOfWeek day : DayOfWeek.values()) {
            var parts = working.on(day);
            pattern.put(WorkingPattern.code(day), parts.isEmpty() ? "" : parts.size() == 2 ? "ALL" : parts.iterator().next().name());
        }
    }

    static PersonForm of(PersonView person, List<Unit> otherBranches, WorkingPattern working) {
        PersonForm form = new PersonForm();
        form.name = person.name();
        form.email = person.email() == null ? "" : person.email();
        form.username = person.username() == null ? "" : person.username();
        form.branchId = person.branchId() == null ? "" : person.branchId().toString();
        form.departmentId = person.departmentId() == null ? "" : person.departmentId().toString();
        form.jobTitle = person.jobTitle() == null ? "" : person.jobTitle();
        form.supervisorId = person.supervisorId() == null ? "" : person.supervisorId().toString();
        form.startedOn = person.startedOn() == null ? "" : person.startedOn().toString();
        form.roles = new ArrayList<>(person.roles() == null ? List.of() : person.roles().stream().map(Enum::name).toList());
        form.otherBranchIds = new ArrayList<>(otherBranches.stream().map(b -> b.id().toString()).toList());
        form.setWorkingPattern(working);
        return form;
    }

    /** A UUID picked from a select; an empty choice is null, and a forged one answers 404. */
    static @Nullable UUID id(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException forged) {
            throw Problems.notFound();
        }
    }

    static List<UUID> ids(List<String> values) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values) {
            UUID id = id(value);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}

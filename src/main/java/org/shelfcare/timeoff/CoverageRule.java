package org.shelfcare.timeoff;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.StaffMember;
import org.shelfcare.directory.WorkingPattern.DayPart;

/**
 * At least {@code minimum} people present in a unit (a branch, a department, or a department of
 * one branch) on some weekdays, in one half of the day or, without {@code part}, all day.
 *
 * @param teamSize how many active people the unit has now, whatever their working pattern
 */
public record CoverageRule(UUID id, @Nullable UUID branchId, @Nullable String branchName,
        @Nullable UUID departmentId, @Nullable String departmentName, Set<DayOfWeek> weekdays,
        @Nullable DayPart part, int minimum, int teamSize) {

    /** The unit's name as people read it: "Central Library", "Circulation" or "Central Library, Circulation". */
    public String unit() {
        if (branchName != null && departmentName != null) {
            return branchName + ", " + departmentName;
        }
        return branchName != null ? branchName : departmentName == null ? "" : departmentName;
    }

    /** Whether the person belongs to the unit: their home branch and their department match. */
    public boolean includes(StaffMember person) {
        return (branchId == null || branchId.equals(person.branchId()))
                && (departmentId == null || departmentId.equals(person.departmentId()));
    }

    /** More people asked for than the unit has: saved anyway, with a warning. */
    public boolean aboveTeamSize() {
        return minimum > teamSize;
    }
}

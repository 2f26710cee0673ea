package org.shelfcare.timeoff;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SampleLibraryCreated;
import org.shelfcare.directory.Unit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Coverage rules a real library might keep, for the sample library, made by its director through
 * the same service as the pages: two people at Central's circulation desk on weekdays, someone in
 * youth services at Central on Saturday mornings, and two people at each smaller branch on weekdays.
 */
@Component
class CoverageSampleContent {

    private final DirectoryManagement directory;
    private final CoverageManagement coverage;

    CoverageSampleContent(DirectoryManagement directory, CoverageManagement coverage) {
        this.directory = directory;
        this.coverage = coverage;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated event) {
        CurrentUser director = directory.currentUser(event.directorId()).orElse(null);
        if (director == null) {
            return;
        }
        List<Unit> branches = directory.branches(event.organizationId());
        List<Unit> departments = directory.departments(event.organizationId());
        String central = id(branches, "Central Library");
        List<String> weekdays = List.of("MON", "TUE", "WED", "THU", "FRI");
        add(director, central, id(departments, "Circulation"), weekdays, null, 2);
        add(director, central, id(departments, "Youth Services"), List.of("SAT"), "AM", 1);
        add(director, id(branches, "Eastside Branch"), null, weekdays, null, 2);
        add(director, id(branches, "Riverside Branch"), null, weekdays, null, 2);
    }

    private void add(CurrentUser director, @Nullable String branch, @Nullable String department, List<String> days,
            @Nullable String part, int minimum) {
        if (branch == null && department == null) {
            return;
        }
        coverage.create(director, new CoverageManagement.RuleDraft(branch, department, days, part,
                String.valueOf(minimum)));
    }

    private static @Nullable String id(List<Unit> units, String name) {
        return units.stream().filter(u -> u.name().equals(name)).map(Unit::id).map(UUID::toString).findFirst()
                .orElse(null);
    }
}

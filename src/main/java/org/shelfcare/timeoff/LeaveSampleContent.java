package org.shelfcare.timeoff;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SampleLibraryCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Made-up time off for the sample library, over the next weeks: a few approved vacations, a
 * vacation waiting in the circulation manager's queue, a mental health day (which others see only
 * as "Out") and a training day. Everything goes through {@link TimeoffManagement}, so approvals,
 * notifications and sealed notes are exactly as for real requests. A request whose days someone
 * already holds (other sample content may add its own) is skipped.
 */
@Component
class LeaveSampleContent {

    private static final Logger log = LoggerFactory.getLogger(LeaveSampleContent.class);

    /** Who asks for what, in days from today, and whether the supervisor approves it. */
    private record Planned(String name, String type, int from, int to, @Nullable String note, boolean approve) {}

    static final List<Planned> PLANNED = List.of(
            new Planned("Tom Becker", LeaveType.VACATION, 8, 12, "Camping with my kids before school starts.", true),
            new Planned("Priya Raman", LeaveType.VACATION, 15, 19, null, true),
            new Planned("Hannah Lee", LeaveType.VACATION, 29, 33, "My sister's wedding in Oaxaca.", true),
            new Planned("Ethan Clark", LeaveType.VACATION, 36, 40, null, true),
            new Planned("Aaliyah Johnson", "TRAINING", 11, 11, "De-escalation workshop at the state library.", true),
            new Planned("Marcus Brown", "MENTAL_HEALTH_DAY", 4, 4, null, false),
            new Planned("Grace Kim", LeaveType.VACATION, 22, 24, "A long weekend at the coast, if it suits the desk.",
                    false));

    private final TimeoffManagement timeoff;
    private final LeaveRequests requests;
    private final DirectoryManagement directory;

    LeaveSampleContent(TimeoffManagement timeoff, LeaveRequests requests, DirectoryManagement directory) {
        this.timeoff = timeoff;
        this.requests = requests;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated event) {
        Map<String, CurrentUser> byName = new HashMap<>();
        for (UUID id : event.peopleIds()) {
            directory.currentUser(id).filter(p -> p.organizationId().equals(event.organizationId()))
                    .ifPresent(p -> byName.put(p.name(), p));
        }
        int added = 0;
        for (Planned planned : PLANNED) {
            CurrentUser person = byName.get(planned.name());
            if (person != null && add(person, planned)) {
                added++;
            }
        }
        log.info("Sample library {}: {} time-off requests", event.organizationId(), added);
    }

    private boolean add(CurrentUser person, Planned planned) {
        LocalDate today = timeoff.today(person);
        LocalDate start = today.plusDays(planned.from());
        LocalDate end = today.plusDays(planned.to());
        // checked first: a refused request inside this transaction would roll back all of it
        if (requests.overlaps(person.organizationId(), person.personId(), start, end, null)) {
            return false;
        }
        TimeoffManagement.Sent sent = timeoff.request(person, new LeaveDraft(planned.type(), start.toString(),
                end.toString(), null, null, null, planned.note()), null);
        if (planned.approve() && sent.status() == LeaveStatus.PENDING) {
            supervisor(person).ifPresent(supervisor -> timeoff.decide(supervisor, sent.id(), "APPROVE",
                    "Enjoy it, the team has it covered."));
        }
        return true;
    }

    private Optional<CurrentUser> supervisor(CurrentUser person) {
        UUID supervisorId = directory.person(person, person.personId()).supervisorId();
        return supervisorId == null ? Optional.empty() : directory.currentUser(supervisorId);
    }
}

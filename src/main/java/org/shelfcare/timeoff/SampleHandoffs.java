package org.shelfcare.timeoff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SampleLibraryCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A handoff plan for the sample library: the children's librarian asks for a week of vacation six
 * weeks ahead and prepares the others: the children's desk, storytime, a planning meeting and the
 * class-visit inbox, two of them accepted, one asked and one accepted on the spot. Her manager keeps
 * a "Children's desk" template for the department. When the week is already taken by another sample
 * request, the plan is left out.
 */
@Component
class SampleHandoffs {

    /** Positions in {@link SampleLibraryCreated#peopleIds()}: see the sample's staff list. */
    private static final int YOUTH_MANAGER = 3;
    private static final int CHILDRENS_LIBRARIAN = 17;
    private static final int TEEN_LIBRARIAN = 18;
    private static final int YOUTH_ASSOCIATE = 19;
    private static final int EASTSIDE_CHILDRENS_LIBRARIAN = 29;

    private final TimeoffManagement timeoff;
    private final HandoffPlans plans;
    private final LeaveRequests requests;
    private final DirectoryManagement directory;

    SampleHandoffs(TimeoffManagement timeoff, HandoffPlans plans, LeaveRequests requests, DirectoryManagement directory) {
        this.timeoff = timeoff;
        this.plans = plans;
        this.requests = requests;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated sample) {
        if (sample.peopleIds().size() <= EASTSIDE_CHILDRENS_LIBRARIAN) {
            return;
        }
        Optional<CurrentUser> manager = person(sample, YOUTH_MANAGER);
        Optional<CurrentUser> hannah = person(sample, CHILDRENS_LIBRARIAN);
        Optional<CurrentUser> marcus = person(sample, TEEN_LIBRARIAN);
        Optional<CurrentUser> olivia = person(sample, YOUTH_ASSOCIATE);
        Optional<CurrentUser> chloe = person(sample, EASTSIDE_CHILDRENS_LIBRARIAN);
        if (manager.isEmpty() || hannah.isEmpty() || marcus.isEmpty() || olivia.isEmpty() || chloe.isEmpty()) {
            return;
        }
        template(manager.get(), hannah.get());
        LocalDate monday = timeoff.today(hannah.get()).plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate friday = monday.plusDays(4);
        if (requests.overlaps(sample.organizationId(), hannah.get().personId(), monday, friday, null)) {
            // another sample listener gave her time off that week: her plan is left out
            return;
        }
        UUID request = timeoff.request(hannah.get(), new LeaveDraft(LeaveType.VACATION, monday.toString(),
                friday.toString(), null, null, null, "A week at the lake with my sister's family."), null).id();
        plans.savePlan(hannah.get(), request, """
                I am away from %s to %s and not reading email. For storytime and class visits, please ask Olivia \
                Nguyen; for anything that cannot wait, Sofia Alvarez.""".formatted(monday, friday), """
                Sofia Alvarez, Youth Services Manager: at the Central Library most weekdays
                Olivia Nguyen: the children's desk, Monday to Wednesday
                The summer reading binder is on the shelf above my desk.""");
        UUID desk = plans.addItem(hannah.get(), request, new HandoffItemDraft(HandoffKind.DESK_SHIFT.name(),
                "Children's desk, morning shift (the craft cart is in the workroom)", monday.plusDays(1).toString(),
                "10:00", olivia.get().personId().toString())).id();
        UUID storytime = plans.addItem(hannah.get(), request, new HandoffItemDraft(HandoffKind.PROGRAM.name(),
                "Wednesday storytime for ages 3 to 5: the book bin and the felt board are ready",
                monday.plusDays(2).toString(), "10:30", marcus.get().personId().toString())).id();
        plans.addItem(hannah.get(), request, new HandoffItemDraft(HandoffKind.MEETING.name(),
                "Summer reading planning meeting: take notes and share the sign-up numbers",
                monday.plusDays(3).toString(), "14:00", chloe.get().personId().toString()));
        UUID inbox = plans.addItem(hannah.get(), request, new HandoffItemDraft(HandoffKind.TASK.name(),
                "Answer class-visit requests in the youth services inbox", null, null,
                olivia.get().personId().toString())).id();
        plans.answer(olivia.get(), desk, HandoffPlans.Answer.ACCEPT.name(), null);
        plans.answer(marcus.get(), storytime, HandoffPlans.Answer.ACCEPT.name(), null);
        plans.answer(olivia.get(), inbox, HandoffPlans.Answer.ACCEPT.name(), null);
    }

    private void template(CurrentUser manager, CurrentUser member) {
        UUID department = directory.person(member, member.personId()).departmentId();
        if (department == null) {
            return;
        }
        plans.createTemplate(manager, new HandoffTemplateDraft("Children's desk", department.toString(), List.of(
                new HandoffTemplateDraft.Item(HandoffKind.DESK_SHIFT.name(), "Children's desk shifts"),
                new HandoffTemplateDraft.Item(HandoffKind.PROGRAM.name(), "Storytime and baby lap-sit programs"),
                new HandoffTemplateDraft.Item(HandoffKind.MEETING.name(), "Youth services team meeting"),
                new HandoffTemplateDraft.Item(HandoffKind.TASK.name(), "Class-visit and school requests in the shared inbox"),
                new HandoffTemplateDraft.Item(HandoffKind.TASK.name(), "Holds shelf for the children's book club"))));
    }

    private Optional<CurrentUser> person(SampleLibraryCreated sample, int position) {
        return directory.currentUser(sample.peopleIds().get(position));
    }
}

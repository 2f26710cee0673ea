package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.SampleLibraryCreated;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample library's time off: approved vacations, one waiting, an "Out" day; overlaps skipped. */
@IntegrationTest
class LeaveSampleContentTests {

    @Autowired Fixtures fixtures;
    @Autowired TimeoffManagement timeoff;
    @Autowired LeaveSampleContent sample;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theSampleGetsRealisticLeaveAndSkipsDaysAlreadyTaken() throws InterruptedException {
        Fixtures.Library library = fixtures.library("Leave Sample Library");
        CurrentUser luis = library.person("Luis Hernández", Role.SUPERVISOR);
        CurrentUser grace = library.reportOf(luis, "Grace Kim");
        CurrentUser tom = library.reportOf(luis, "Tom Becker");
        CurrentUser aaliyah = library.reportOf(luis, "Aaliyah Johnson");
        CurrentUser marcus = library.reportOf(luis, "Marcus Brown");
        // the sample's own names (the fixtures number theirs)
        for (CurrentUser person : List.of(luis, grace, tom, aaliyah, marcus)) {
            jdbc.sql("UPDATE person SET name = ? WHERE id = ?")
                    .params(person.name().replaceAll(" \\d+$", ""), person.personId()).update();
        }
        // another sample helper already gave Tom days that overlap his planned vacation
        LocalDate day = timeoff.today(tom).plusDays(10);
        timeoff.request(tom, new LeaveDraft("OTHER", day.toString(), day.toString(), null, null, null, null), null);

        sample.on(new SampleLibraryCreated(library.id(), library.admin().personId(),
                List.of(library.admin().personId(), luis.personId(), grace.personId(), tom.personId(),
                        aaliyah.personId(), marcus.personId()), List.of(), List.of()));
        // the listener runs after the sample's transaction, on its own thread
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (timeoff.mine(grace).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(100);
        }

        List<LeaveRequest> queue = timeoff.approvals(luis);
        assertThat(queue).filteredOn(r -> r.status() == LeaveStatus.PENDING).extracting(LeaveRequest::personName)
                .contains("Grace Kim");
        assertThat(queue).filteredOn(r -> r.personName().equals("Marcus Brown")).singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo(LeaveType.OUT));
        assertThat(timeoff.mine(aaliyah)).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("TRAINING");
            assertThat(r.status()).isEqualTo(LeaveStatus.APPROVED);
        });
        assertThat(timeoff.mine(tom)).extracting(LeaveRequest::type).containsExactly("OTHER");
    }
}

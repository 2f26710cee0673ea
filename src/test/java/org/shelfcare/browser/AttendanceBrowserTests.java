package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.programs.ProgramAudience;
import org.shelfcare.programs.ProgramCategory;
import org.shelfcare.programs.ProgramDraft;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.SessionPlan;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A wellness lead opens the check-in list of a session from the program page, taps "Here" for a
 * registered colleague and counts a walk-in; then the library's embeddable listing. axe checks
 * every page on the way.
 */
class AttendanceBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aLeadChecksPeopleInOnTheListAndTheCountsShow() {
        Fixtures.Library library = fixtures.library("Browser Attendance Library");
        CurrentUser lead = library.person("Lou Lead", Role.WELLNESS_LEAD);
        CurrentUser staff = library.person("Sol Staff");
        UUID program = programs.create(lead, ProgramDraft.of("Guided meditation", ProgramCategory.GUIDED_MEDITATION,
                ProgramAudience.BOTH));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(15));
        UUID session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10))
                .get(0);
        programs.register(staff, session);
        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);

        visit("/programs/" + program);
        checkPage();
        driver.findElements(By.linkText("Check-in list")).get(0).click();
        checkPage();
        assertThat(text()).contains("Sol Staff", "Present: 0 of 1 registered (0 walk-ins)");
        driver.findElement(By.cssSelector("button.check-in-toggle")).click();
        checkPage();
        assertThat(text()).contains("Present: 1 of 1 registered (0 walk-ins)");
        type("name", "Wren Walk-in");
        submit("form[action$='/walk-ins']");
        checkPage();
        assertThat(text()).contains("The walk-in is counted.", "Wren Walk-in", "Present: 2 of 1 registered (1 walk-ins)");

        driver.manage().deleteAllCookies();
        visit("/p/" + directory.organization(library.id()).slug() + "/embed");
        checkPage();
        assertThat(text()).contains("Upcoming programs", "Guided meditation");
    }
}

package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.Unit;
import org.shelfcare.support.Fixtures;
import org.shelfcare.timeoff.LeaveDraft;
import org.shelfcare.timeoff.TimeoffManagement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin adds a coverage rule for a branch; the team calendar then marks today as under the
 * minimum, with the colleague who is out by name and never the kind of time off, in the month and
 * in the week; the admin deletes the rule after a confirmation.
 */
class CoverageBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired LibrarySettings settings;
    @Autowired TimeoffManagement timeoff;
    @Autowired PeopleAdministration people;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aRuleMarksShortDaysOnTheTeamCalendar() {
        Fixtures.Library library = fixtures.library("Browser Coverage Library");
        Unit branch = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "Harbor Branch");
        CurrentUser olive = person(library, "Olive Out", branch);
        person(library, "Pat Present", branch);
        LocalDate today = timeoff.today(olive);
        timeoff.request(olive, new LeaveDraft("MENTAL_HEALTH_DAY", today.toString(), today.toString(), null, null, null,
                null), null);

        signIn(Objects.requireNonNull(library.admin().email()), Fixtures.PASSWORD);
        visit("/timeoff");
        driver.findElement(By.linkText("Coverage rules")).click();
        checkPage();
        assertThat(text()).contains("There are no coverage rules yet.");
        driver.findElement(By.linkText("Add a coverage rule")).click();
        checkPage();
        new Select(field("branchId")).selectByVisibleText("Harbor Branch");
        for (String day : List.of("SAT", "SUN")) {
            field("weekday-" + day).click();
        }
        type("minimum", "3");
        driver.findElement(By.cssSelector("form[action='/timeoff/coverage'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("The coverage rule was saved.", "has only 2 people now, fewer than the minimum of 3",
                "Harbor Branch", "Mon Tue Wed Thu Fri Sat Sun");

        driver.findElement(By.partialLinkText("Change")).click();
        checkPage();
        type("minimum", "2");
        driver.findElement(By.cssSelector("form[action^='/timeoff/coverage/'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("The coverage rule was saved.").doesNotContain("fewer than the minimum");

        visit("/timeoff");
        driver.findElement(By.linkText("Team calendar")).click();
        checkPage();
        String month = text();
        assertThat(month).contains("Team calendar", "Olive Out", "Under minimum: Harbor Branch, 1 of 2 (all day)",
                "(today)").doesNotContain("Mental health day");
        new Select(field("branch")).selectByVisibleText("Harbor Branch");
        driver.findElement(By.cssSelector("form.calendar-filter button[type=submit]")).click();
        checkPage();
        driver.findElement(By.linkText("Show a week")).click();
        checkPage();
        assertThat(text()).contains("Week of", "Olive Out", "Nobody is out.", "Under minimum:");
        driver.findElement(By.linkText("Next week")).click();
        checkPage();
        assertThat(text()).doesNotContain("Olive Out");
        driver.findElement(By.linkText("Today")).click();
        assertThat(text()).contains("Olive Out");

        visit("/timeoff/coverage");
        driver.findElement(By.partialLinkText("Delete")).click();
        checkPage();
        assertThat(text()).contains("Delete this coverage rule?");
        driver.findElement(By.cssSelector("button.danger")).click();
        checkPage();
        assertThat(text()).contains("The coverage rule was deleted.", "There are no coverage rules yet.");
    }

    private CurrentUser person(Fixtures.Library library, String name, Unit branch) {
        DirectoryManagement directory = fixtures.directory();
        Invitation invitation = directory.invite(library.admin(), new NewPerson(name, name.toLowerCase().replace(' ', '.')
                + library.number() + "@harbor.example", null, List.of(Role.STAFF), branch.id(), null, null, null));
        directory.acceptInvitation(invitation.token(), Fixtures.PASSWORD);
        // both work every day, so that today is a working day whatever day the test runs
        people.setWorkingPattern(library.admin(), invitation.personId(), "MON,TUE,WED,THU,FRI,SAT,SUN");
        return directory.currentUser(invitation.personId()).orElseThrow();
    }
}

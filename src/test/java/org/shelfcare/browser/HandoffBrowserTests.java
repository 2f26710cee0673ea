package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.timeoff.LeaveDraft;
import org.shelfcare.timeoff.TimeoffManagement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A children's librarian prepares the others for her vacation: an out-of-office message, two items
 * (one removed after a confirmation), a colleague asked; the colleague accepts from the list of what
 * they cover, and the supervisor sees the plan complete.
 */
class HandoffBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired TimeoffManagement timeoff;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aPlanIsPreparedAndAColleagueAcceptsTheirItem() {
        Fixtures.Library library = fixtures.library("Browser Handoff Library");
        CurrentUser supervisor = library.person("Sofia Supervisor", Role.SUPERVISOR);
        CurrentUser hannah = library.reportOf(supervisor, "Hannah Librarian");
        CurrentUser olivia = library.reportOf(supervisor, "Olivia Associate");
        LocalDate first = timeoff.today(hannah).plusDays(30);
        UUID request = timeoff.request(hannah, new LeaveDraft("VACATION", first.toString(), first.plusDays(2).toString(),
                null, null, null, null), null).id();

        signIn(Objects.requireNonNull(hannah.email()), Fixtures.PASSWORD);
        visit("/timeoff/requests/" + request);
        assertThat(text()).contains("No handoff plan yet");
        driver.findElement(By.linkText("Prepare the others")).click();
        checkPage();
        assertThat(text()).contains("Who sees what", "No items yet.");
        type("outOfOffice", "Away at the lake; back the following Monday.");
        type("keyContacts", "Sofia for anything urgent");
        driver.findElement(By.cssSelector("form[action$='/handoff'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("The out-of-office message and key contacts have been saved.");

        new Select(field("kind")).selectByVisibleText("Desk shift");
        type("description", "Children's desk, morning shift");
        new Select(field("coveringId")).selectByVisibleText(olivia.name());
        driver.findElement(By.cssSelector("form[action$='/handoff/items'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("The item has been added.", "Covered by " + olivia.name() + ": Waiting for an answer");

        // a mistake: nothing chosen keeps the description and says what is missing
        type("description", "Book club holds");
        driver.findElement(By.cssSelector("form[action$='/handoff/items'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("Choose what it is");
        assertThat(field("description").getAttribute("value")).isEqualTo("Book club holds");
        new Select(field("kind")).selectByVisibleText("Task");
        driver.findElement(By.cssSelector("form[action$='/handoff/items'] button[type=submit]")).click();
        checkPage();
        driver.findElement(By.xpath("//a[contains(., 'Remove') and contains(., 'Book club holds')]")).click();
        checkPage();
        assertThat(text()).contains("Remove this item?", "Book club holds");
        driver.findElement(By.cssSelector("button.danger")).click();
        checkPage();
        assertThat(text()).contains("The item has been removed.").doesNotContain("Book club holds");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(olivia.email()), Fixtures.PASSWORD);
        visit("/timeoff");
        driver.findElement(By.linkText("Cover you were asked for")).click();
        checkPage();
        assertThat(text()).contains(hannah.name() + ": Out", "Children's desk, morning shift").doesNotContain("Vacation");
        driver.findElement(By.partialLinkText("Open")).click();
        checkPage();
        assertThat(text()).contains("Away at the lake", "Sofia for anything urgent", "Can you cover it?");
        field("answer-ACCEPT").click();
        driver.findElement(By.cssSelector("form[action$='/answer'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("Thank you: you will cover it.", "Accepted");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(supervisor.email()), Fixtures.PASSWORD);
        visit("/timeoff/approvals");
        assertThat(text()).contains("Handoff plan: 1 of 1 items covered");
        visit("/timeoff/requests/" + request + "/handoff");
        assertThat(text()).contains("Accepted", "Away at the lake").doesNotContain("Add an item");
    }
}

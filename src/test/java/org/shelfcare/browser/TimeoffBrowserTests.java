package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report asks for a mental health day and a vacation; their supervisor sees the mental health
 * day only as "Out", approved automatically, and approves the vacation.
 */
class TimeoffBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aMentalHealthDayIsOnlyOutToTheSupervisor() {
        Fixtures.Library library = fixtures.library("Browser Time Off Library");
        CurrentUser supervisor = library.person("Sasha Supervisor", Role.SUPERVISOR);
        CurrentUser report = library.reportOf(supervisor, "Riley Report");
        LocalDate today = LocalDate.now(report.zone());

        signIn(Objects.requireNonNull(report.email()), Fixtures.PASSWORD);
        driver.findElement(By.linkText("Time off")).click();
        checkPage();
        driver.findElement(By.linkText("Ask for time off")).click();
        checkPage();
        assertThat(text()).contains("Who sees what", "Mental health day");
        new Select(field("type")).selectByVisibleText("Mental health day");
        date("startDate", today.plusDays(3));
        date("endDate", today.plusDays(3));
        driver.findElement(By.cssSelector("button[value=send]")).click();
        checkPage();
        assertThat(text()).contains("Your time off is approved.", "Mental health day",
                "This kind is private: your supervisor, admins and colleagues see only \"Out\"");

        visit("/timeoff/requests/new");
        new Select(field("type")).selectByVisibleText("Vacation (ask 14 days ahead)");
        date("startDate", today.plusDays(20));
        date("endDate", today.plusDays(22));
        type("note", "Family wedding <3");
        driver.findElement(By.cssSelector("button[value=send]")).click();
        checkPage();
        assertThat(text()).contains("Your request has been sent to your approver.", "Vacation", "Family wedding <3");

        visit("/timeoff");
        assertThat(text()).contains("Mental health day", "Vacation", "Waiting for a decision");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(supervisor.email()), Fixtures.PASSWORD);
        visit("/timeoff/approvals");
        String queue = text();
        assertThat(queue).contains(report.name() + ": Out", report.name() + ": Vacation")
                .doesNotContain("Mental health day");
        driver.findElements(By.partialLinkText("Open")).get(0).click();
        checkPage();
        assertThat(text()).contains("Vacation", "Family wedding <3", "Your decision");
        field("decision-DECLINE").click();
        driver.findElement(By.cssSelector("form[action$='/decision'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("Say why you decline");
        field("decision-APPROVE").click();
        driver.findElement(By.cssSelector("form[action$='/decision'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("You approved the time off.");

        driver.findElements(By.partialLinkText("Open")).get(0).click();
        checkPage();
        assertThat(text()).contains("Out", "approved automatically").doesNotContain("Mental health day");

        visit("/notifications");
        assertThat(text()).contains(report.name() + " will be out from").doesNotContain("Mental health day");
    }

    @Test
    void changeAndCancelARequestAndEditALeaveType() {
        Fixtures.Library library = fixtures.library("Browser Time Off Admin Library");
        CurrentUser supervisor = library.person("Sol Supervisor", Role.SUPERVISOR);
        CurrentUser report = library.reportOf(supervisor, "Rae Report");
        LocalDate today = LocalDate.now(report.zone());

        signIn(Objects.requireNonNull(report.email()), Fixtures.PASSWORD);
        visit("/timeoff/requests/new");
        new Select(field("type")).selectByVisibleText("Training (ask 7 days ahead)");
        date("startDate", today.plusDays(9));
        date("endDate", today.plusDays(10));
        field("portion-AM").click();
        driver.findElement(By.cssSelector("button[value=send]")).click();
        checkPage();
        assertThat(text()).contains("A half day or hours are for one day only");
        date("endDate", today.plusDays(9));
        driver.findElement(By.cssSelector("button[value=send]")).click();
        checkPage();
        driver.findElement(By.linkText("Change the request")).click();
        checkPage();
        field("portion-PM").click();
        driver.findElement(By.cssSelector("button[value=send]")).click();
        checkPage();
        assertThat(text()).contains("Your request has been changed.", "afternoon");
        driver.findElement(By.linkText("Cancel the time off")).click();
        checkPage();
        driver.findElement(By.cssSelector("button.danger")).click();
        checkPage();
        assertThat(text()).contains("Your time off has been cancelled.", "Cancelled");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(library.admin().email()), Fixtures.PASSWORD);
        visit("/timeoff");
        driver.findElement(By.linkText("Kinds of time off")).click();
        checkPage();
        driver.findElement(By.xpath("//a[contains(., 'Edit') and contains(., 'Training')]")).click();
        checkPage();
        type("noticeDays", "3");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("The kind of time off has been saved.", "3 days");
    }

    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field(id), value.toString());
    }
}

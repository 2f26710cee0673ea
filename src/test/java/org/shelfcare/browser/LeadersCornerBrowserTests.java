package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor shares a reflection in the leaders' corner and their report finds it on their
 * wellbeing home; the report then sets a gentle check-in reminder.
 */
class LeadersCornerBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aSupervisorPostsAndTheirReportSeesItOnTheWellbeingHome() {
        Fixtures.Library library = fixtures.library("Browser Leaders Library");
        CurrentUser supervisor = library.person("Sam Supervisor", Role.SUPERVISOR);
        CurrentUser report = library.reportOf(supervisor, "Rae Report");

        signIn(Objects.requireNonNull(supervisor.email()), Fixtures.PASSWORD);
        visit("/wellbeing/leaders");
        assertThat(text()).contains("No reflections here yet.");
        submit("main form.leader-form");
        checkPage();
        assertThat(text()).as("nothing typed: a clear message").contains("Please write your reflection first.");
        type("title", "Phones off after six");
        type("body", "I stopped answering email at night. If something cannot wait, call me.");
        assertThat(field("audience-TEAM").isSelected()).as("a supervisor writes for the team unless they choose").isTrue();
        submit("main form.leader-form");
        checkPage();
        assertThat(text()).contains("Your reflection is posted.").contains("Phones off after six");

        driver.findElement(By.cssSelector("main a[href$='/edit']")).click();
        checkPage();
        driver.findElement(By.linkText("Back to the leaders' corner")).click();
        driver.findElement(By.cssSelector("main a[href$='/delete']")).click();
        checkPage();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Delete this reflection?");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(report.email()), Fixtures.PASSWORD);
        visit("/wellbeing");
        assertThat(driver.findElement(By.id("leaders-heading")).getText()).isEqualTo("From your leaders");
        screenshot("wellbeing-home-leaders");
        assertThat(text()).contains("Phones off after six")
                .contains("I stopped answering email at night. If something cannot wait, call me.");
        driver.findElement(By.linkText("All reflections in the leaders' corner")).click();
        checkPage();
        assertThat(text()).contains("Phones off after six").doesNotContain("Share a reflection");

        driver.findElement(By.linkText("Check-in reminder")).click();
        checkPage();
        field("enabled").click();
        field("day-TUESDAY").click();
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '09:15'", field("time"));
        submit("main form[action='/wellbeing/reminder']");
        checkPage();
        assertThat(text()).contains("Your reminder is on.");
        assertThat(field("enabled").isSelected()).isTrue();
        assertThat(field("time").getAttribute("value")).isEqualTo("09:15");
        assertThat(field("day-TUESDAY").isSelected()).isFalse();
        assertThat(field("day-MONDAY").isSelected()).isTrue();
    }
}

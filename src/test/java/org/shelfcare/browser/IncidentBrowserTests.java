package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
 * A staff member reports a challenging patron interaction: a missing field keeps what they typed,
 * the report goes in, "Get help now" follows and they ask for a check-in; the care contact sees
 * the request in the care track.
 */
class IncidentBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aStaffMemberReportsAnIncidentAndAsksForACheckIn() {
        Fixtures.Library library = fixtures.library("Browser Safety Library");
        CurrentUser staff = library.person("Rosa Reporter");
        CurrentUser colleague = library.person("Theo Teen Desk");
        CurrentUser care = library.person("Carla Care", Role.CARE_CONTACT);
        CurrentUser lead = library.person("Lena Lead", Role.SAFETY_LEAD);

        signIn(Objects.requireNonNull(staff.email()), Fixtures.PASSWORD);
        visit("/safety");
        assertThat(text()).contains("You have not reported an incident.", "never a person the report is about");
        driver.findElement(By.linkText("Report an incident")).click();
        checkPage();
        type("area", "Teen room");
        type("description", "A patron shouted \"I will wait for you outside\" at the desk.");
        driver.findElement(By.cssSelector("input[name=actions][value=DE_ESCALATION]")).click();
        new Select(field("affectedPersonIds")).selectByVisibleText(colleague.name());
        driver.findElement(By.cssSelector("button[value=submit]")).click();
        checkPage();
        assertThat(text()).contains("Choose the type of incident.", "Enter the date and time it happened.");
        assertThat(field("area").getAttribute("value")).isEqualTo("Teen room");
        assertThat(field("description").getAttribute("value")).contains("I will wait for you outside");

        new Select(field("type")).selectByVisibleText("Challenging patron interaction");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field("occurredAt"),
                LocalDateTime.now(staff.zone()).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString());
        driver.findElement(By.cssSelector("button[value=submit]")).click();
        checkPage();
        assertThat(text()).contains("Thank you for reporting", "Get help now", "988");
        driver.findElement(By.xpath("//button[contains(., 'Yes, please check in with me today')]")).click();
        checkPage();
        assertThat(text()).contains("Someone will check in with you today", "You asked for a check-in");
        driver.findElement(By.linkText("See your report")).click();
        checkPage();
        assertThat(text()).contains("Challenging patron interaction", "Teen room", "De-escalation tried")
                .doesNotContain(colleague.name());
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(care.email()), Fixtures.PASSWORD);
        visit("/safety");
        driver.findElement(By.linkText("Challenging patron interaction")).click();
        checkPage();
        assertThat(text()).contains("Care track", colleague.name(), staff.name() + " asked on", "Carla Care");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/safety");
        driver.findElement(By.linkText("Incident trends")).click();
        checkPage();
        String thisMonth = YearMonth.now(lead.zone()).toString();
        // the default period is the last whole months; this month's report shows when asked for
        visit("/safety/trends?from=" + thisMonth + "&to=" + thisMonth);
        checkPage();
        assertThat(text()).contains("Incidents in this period: 1", "Challenging patron interaction")
                .doesNotContain(colleague.name(), "Care track");
    }
}

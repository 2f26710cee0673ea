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
 * A wellness lead requires trauma-informed practice of everyone; a staff member sees it as not done
 * yet, records it (a missing date keeps the note), and sees it done; the lead verifies it and finds
 * everyone up to date in the compliance view.
 */
class TrainingBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aLeadRequiresATrainingAStaffMemberRecordsItAndTheLeadVerifiesIt() {
        Fixtures.Library library = fixtures.library("Browser Training Library");
        CurrentUser lead = library.person("Wren Wellness", Role.WELLNESS_LEAD);
        CurrentUser staff = library.person("Tess Trainee");

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/training");
        checkPage();
        driver.findElement(By.linkText("Training catalog")).click();
        checkPage();
        assertThat(text()).contains("Trauma-informed practice", "De-escalation", "Every 24 months");
        new Select(field("itemId")).selectByVisibleText("Trauma-informed practice");
        driver.findElement(By.cssSelector("input[name=audience][value=EVERYONE]")).click();
        driver.findElement(By.xpath("//button[contains(., 'Add a requirement')]")).click();
        checkPage();
        assertThat(text()).contains("Requirement added.");
        assertThat(driver.findElement(By.id("requirements-table")).getText()).contains("Trauma-informed practice", "Everyone")
                .doesNotContain("Everyone: Everyone");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(staff.email()), Fixtures.PASSWORD);
        visit("/training");
        checkPage();
        assertThat(text()).contains("Required for you", "Trauma-informed practice", "Not done yet");
        driver.findElement(By.xpath("//table//a[contains(., 'Record')]")).click();
        checkPage();
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = ''", field("completedOn"));
        type("note", "Read the SAMHSA guidance with my team");
        driver.findElement(By.xpath("//button[contains(., 'Save')]")).click();
        checkPage();
        assertThat(text()).contains("Enter the date as YYYY-MM-DD.");
        assertThat(field("note").getAttribute("value")).isEqualTo("Read the SAMHSA guidance with my team");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field("completedOn"),
                LocalDate.now(staff.zone()).minusDays(3).toString());
        driver.findElement(By.xpath("//button[contains(., 'Save')]")).click();
        checkPage();
        assertThat(text()).contains("It counts now", "Done", "Waiting for a lead");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/training/review");
        checkPage();
        assertThat(text()).contains(staff.name() + ": Trauma-informed practice", "Read the SAMHSA guidance");
        driver.findElement(By.xpath("//button[contains(., 'Verify')]")).click();
        checkPage();
        assertThat(text()).contains("Verified: " + staff.name(), "Nothing is waiting to be checked.");
        visit("/training/compliance");
        checkPage();
        assertThat(text()).contains("Completion by department", "Overdue or not done yet");
    }
}

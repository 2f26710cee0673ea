package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A box-breathing break started with the keyboard: the steps, the timer with its polite spoken
 * updates, and the "On a break, back at" status a colleague sees beside the name.
 */
class BreaksBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void startABoxBreathingBreakWithTheKeyboardAndAColleagueSeesIt() {
        Fixtures.Library library = fixtures.library("Browser Breaks Library");
        CurrentUser kai = library.person("Kai Breather");
        CurrentUser lee = library.person("Lee Colleague");
        signIn(Objects.requireNonNull(kai.email()), Fixtures.PASSWORD);

        visit("/wellbeing");
        driver.findElement(By.linkText("Breaks")).sendKeys(Keys.ENTER);
        checkPage();
        assertThat(text()).contains("Take breaks without guilt", "Box breathing", "Mindful walking",
                "Intentional listening", "A 15-minute reset");
        driver.findElement(By.cssSelector("a[href='/wellbeing/breaks/box-breathing']")).sendKeys(Keys.ENTER);
        checkPage();
        assertThat(driver.findElements(By.cssSelector("ol.break-steps li"))).hasSize(5);
        assertThat(field("showStatus").isSelected()).as("colleagues see the break unless the person says no").isTrue();
        type("minutes", "5");
        field("minutes").sendKeys(Keys.ENTER);
        checkPage();

        assertThat(driver.getCurrentUrl()).endsWith("/wellbeing/breaks/box-breathing");
        assertThat(text()).contains("Your break has started. Colleagues see that you are back at", "Your break: Box breathing");
        assertThat(driver.findElements(By.cssSelector("ol.break-steps li"))).as("the steps stay in view").hasSize(5);
        WebElement announce = driver.findElement(By.cssSelector("#break-timer [data-timer-announce]"));
        assertThat(announce.getAttribute("aria-live")).isEqualTo("polite");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !announce.getAttribute("textContent").isEmpty());
        assertThat(announce.getAttribute("textContent")).isEqualTo("About 5 minutes left.");
        WebElement clock = driver.findElement(By.cssSelector("#break-timer [data-timer-clock]"));
        assertThat(clock.isDisplayed()).isTrue();
        assertThat(clock.getText()).matches("[45]:\\d\\d");

        WebElement pause = driver.findElement(By.cssSelector("[data-timer-pause]"));
        pause.sendKeys(Keys.ENTER);
        assertThat(announce.getAttribute("textContent")).isEqualTo("Timer paused.");
        WebElement resume = driver.findElement(By.cssSelector("[data-timer-resume]"));
        assertThat(resume.isDisplayed()).isTrue();
        assertThat(driver.switchTo().activeElement()).isEqualTo(resume);
        resume.sendKeys(Keys.ENTER);
        assertThat(announce.getAttribute("textContent")).isEqualTo("Timer running again.");
        screenshot("break-box-breathing");

        // spoken as a whole minute passes, not every second
        jdbc.sql("UPDATE wellbeing_break SET ends_at = ? WHERE person_id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(64)), kai.personId()).update();
        driver.navigate().refresh();
        WebElement spoken = driver.findElement(By.cssSelector("#break-timer [data-timer-announce]"));
        assertThat(spoken.getAttribute("textContent")).isEqualTo("About 2 minutes left.");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "1 minute left.".equals(spoken.getAttribute("textContent")));

        visit("/wellbeing/boundaries");
        assertThat(text()).contains("While your break runs, colleagues see \"On a break, back at");

        // a colleague sees it beside the name
        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(lee.email()), Fixtures.PASSWORD);
        visit("/people");
        WebElement row = driver.findElement(By.xpath("//th[a[contains(., '" + kai.name() + "')]]"));
        assertThat(row.getText()).contains("On a break, back at");
        visit("/people/" + kai.personId());
        assertThat(text()).contains("On a break, back at");

        // ending it early clears it
        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(kai.email()), Fixtures.PASSWORD);
        visit("/wellbeing/breaks");
        driver.findElement(By.cssSelector("#break-timer form button[type=submit]")).sendKeys(Keys.ENTER);
        checkPage();
        assertThat(text()).contains("Welcome back.").doesNotContain("Your break: Box breathing");
        visit("/people");
        assertThat(text()).doesNotContain("On a break, back at");
    }

    @Test
    void writeAWorkingAgreementFixTheBadDayShareItAndAColleagueReadsIt() {
        Fixtures.Library library = fixtures.library("Browser Boundaries Library");
        CurrentUser ada = library.person("Ada Agreement");
        CurrentUser lee = library.person("Lee Reader");
        signIn(Objects.requireNonNull(ada.email()), Fixtures.PASSWORD);

        visit("/wellbeing/boundaries");
        assertThat(text()).contains("Private: only you can see your working agreement.");
        field("status-FOCUSED").sendKeys(Keys.SPACE);
        driver.findElement(By.cssSelector("form.status-form button[type=submit]")).sendKeys(Keys.ENTER);
        checkPage();
        assertThat(text()).contains("Your status is set.");

        time("hours-MONDAY-start", "17", "00", "PM");
        time("hours-MONDAY-end", "09", "00", "AM");
        field("channel-CHAT").sendKeys(Keys.SPACE);
        type("protectedTime", "Tuesday mornings: programme planning");
        field("shared").sendKeys(Keys.SPACE);
        driver.findElement(By.cssSelector("form.agreement-form button[type=submit]")).sendKeys(Keys.ENTER);
        checkPage();
        assertThat(text()).contains("On Monday your hours end (09:00) before they start (17:00).");
        assertThat(field("hours-MONDAY-start").getAttribute("value")).isEqualTo("17:00");
        assertThat(field("protectedTime").getAttribute("value")).isEqualTo("Tuesday mornings: programme planning");
        assertThat(field("channel-CHAT").isSelected()).isTrue();
        assertThat(field("shared").isSelected()).isTrue();
        screenshot("boundaries-error");

        time("hours-MONDAY-end", "05", "30", "PM");
        driver.findElement(By.cssSelector("form.agreement-form button[type=submit]")).sendKeys(Keys.ENTER);
        checkPage();
        assertThat(text()).contains("Your working agreement is saved and shared with your colleagues.");

        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(lee.email()), Fixtures.PASSWORD);
        visit("/people/" + ada.personId());
        assertThat(text()).contains("Focused");
        driver.findElement(By.linkText("How to work with them (working agreement)")).sendKeys(Keys.ENTER);
        checkPage();
        assertThat(text()).contains("Working agreement of " + ada.name(), "17:00 to 17:30",
                "Tuesday mornings: programme planning", "Chat");
    }

    /** Types a time into a time field the way a keyboard user does: hours, minutes, then AM or PM. */
    private void time(String id, String hours, String minutes, String half) {
        WebElement field = field(id);
        field.sendKeys(hours, minutes, half);
    }
}

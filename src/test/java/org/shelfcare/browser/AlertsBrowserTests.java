package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.safety.AlertDraft;
import org.shelfcare.safety.Alerts;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Safety alerts in a real browser: the banner appears on a page that is already open when an alert
 * is sent, and turns into "All clear" when it ends; a safety lead sends one from the forms.
 */
class AlertsBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Alerts alerts;

    @AfterEach
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void theBannerAppearsOnAnOpenPageAndTurnsIntoAllClear() {
        Fixtures.Library library = fixtures.library("Browser Alert Library");
        CurrentUser lead = library.person("Lena Lead", Role.SAFETY_LEAD);
        CurrentUser staff = library.person("Sam Staff");
        signIn(Objects.requireNonNull(staff.email()), Fixtures.PASSWORD);
        visit("/timeoff");
        assertThat(driver.findElement(By.id("safety-alert-banner")).isDisplayed()).isFalse();

        UUID id = alerts.send(lead, new AlertDraft("BOMB_THREAT", "Meet at the fire station on Elm St.", true,
                List.of()), null);
        WebElement banner = waitForBanner("Meet at the fire station on Elm St.");
        assertThat(banner.getText()).contains("DRILL", "Bomb threat: leave the building now",
                "Answer: I'm safe or I need help");
        assertThat(driver.getCurrentUrl()).endsWith("/timeoff");
        checkPage();

        banner.findElement(By.linkText("Answer: I'm safe or I need help")).click();
        checkPage();
        assertThat(driver.getCurrentUrl()).endsWith("/safety/alerts/" + id);
        driver.findElement(By.cssSelector("form.answer-buttons button[value=SAFE]")).click();
        checkPage();
        assertThat(text()).contains("Thank you. We know you are safe.", "Your answer: I'm safe.");

        alerts.allClear(lead, id, "The police have finished. Come back inside.");
        waitForBanner("The police have finished. Come back inside.");
        assertThat(driver.findElement(By.id("safety-alert-banner")).getText())
                .contains("All clear: Bomb threat: leave the building now");
        checkPage();
    }

    @Test
    void aSafetyLeadSendsAnAlertAndWatchesTheAnswers() {
        Fixtures.Library library = fixtures.library("Browser Lead Library");
        CurrentUser lead = library.person("Lee Lead", Role.SAFETY_LEAD);
        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/safety/alerts");
        assertThat(text()).contains("No alerts yet.");
        driver.findElement(By.linkText("Alert templates")).click();
        checkPage();
        assertThat(text()).contains("radios or mobile phones");
        visit("/safety/alerts");
        driver.findElement(By.linkText("Send an alert")).click();
        checkPage();
        driver.findElement(By.linkText("Medical emergency")).click();
        checkPage();
        type("message", "Someone fainted in the children's room.");
        submit("main form");
        checkPage();

        assertThat(text()).contains("The alert is on its way to everyone.", "Someone fainted in the children's room.",
                "Who has not answered", library.admin().name());
        driver.findElement(By.linkText("Give the all clear")).click();
        checkPage();
        submit("main form");
        checkPage();
        assertThat(text()).contains("The all clear is on its way to everyone alerted.",
                "first responders have taken over");
    }

    private WebElement waitForBanner(String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            WebElement banner = d.findElement(By.id("safety-alert-banner"));
            return banner.isDisplayed() && banner.getText().contains(text) ? banner : null;
        });
    }
}

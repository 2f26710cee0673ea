package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
import org.shelfcare.notifications.LiveStream;
import org.shelfcare.notifications.LiveStreamAccess;
import org.shelfcare.safety.AlertDraft;
import org.shelfcare.safety.Alerts;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Safety alerts in a real browser: the banner appears on a page that is already open when an alert
 * is sent, and turns into "All clear" when it ends; a page that missed events (an alert sent
 * through another node) catches up; a safety lead sends one from the forms.
 */
class AlertsBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Alerts alerts;
    @Autowired LiveStream live;
    @Autowired JdbcClient jdbc;

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
    void aPageThatMissedAnAlertCatchesUpWhenWoken() {
        Fixtures.Library library = fixtures.library("Browser Catch-up Library");
        CurrentUser lead = library.person("Lou Lead", Role.SAFETY_LEAD);
        CurrentUser staff = library.person("Cat Staff");
        signIn(Objects.requireNonNull(staff.email()), Fixtures.PASSWORD);
        visit("/timeoff");
        assertThat(driver.findElement(By.id("safety-alert-banner")).isDisplayed()).isFalse();

        // an alert written by another node, whose events never reached this one
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO safety_alert (id, org_id, type, headline, message, drill, whole_library, sent_by, sent_at)
                VALUES (?, ?, 'MEDICAL', 'Medical emergency', 'Sent through another server', FALSE, TRUE, ?, ?)""")
                .params(id, library.id(), lead.personId(), Timestamp.from(Instant.now())).update();
        jdbc.sql("""
                INSERT INTO safety_alert_recipient (alert_id, org_id, person_id, name, token_hash, token_expires_at)
                VALUES (?, ?, ?, 'Cat Staff', ?, ?)""")
                .params(id, library.id(), staff.personId(), UUID.randomUUID().toString().replace("-", ""),
                        Timestamp.from(Instant.now().plus(Duration.ofDays(1)))).update();
        LiveStreamAccess.resyncEveryone(live);
        WebElement banner = waitForBanner("Sent through another server");
        assertThat(banner.getText()).contains("Medical emergency", "Answer: I'm safe or I need help");
        assertThat(driver.getCurrentUrl()).endsWith("/timeoff");
        checkPage();

        jdbc.sql("UPDATE safety_alert SET all_clear_at = ? WHERE id = ?").params(Timestamp.from(Instant.now()), id).update();
        LiveStreamAccess.resyncEveryone(live);
        waitForBanner("All clear: Medical emergency");
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

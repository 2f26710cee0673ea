package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.safety.IncidentDraft;
import org.shelfcare.safety.Playbooks;
import org.shelfcare.safety.SafetyManagement;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A safety lead opens the report of a bomb threat, finds the DHS/CISA checklist on it and ticks a
 * step off: the page shows who ticked it and when, and the playbook log lists it. The playbook's
 * edit form, the review form and the message to staff pass the accessibility check too.
 */
class PlaybookBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired SafetyManagement safety;
    @Autowired Playbooks playbooks;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aSafetyLeadTicksAStepOfThePlaybookOnAnIncident() {
        Fixtures.Library library = fixtures.library("Browser Playbook Library");
        CurrentUser reporter = library.person("Rafa Reporter");
        CurrentUser lead = library.person("Lina Lead", Role.SAFETY_LEAD);
        UUID id = safety.report(reporter, IncidentDraft.of("BOMB_THREAT", Instant.now().minus(20, ChronoUnit.MINUTES),
                "A caller said there was a bomb in the building.").withPeople(List.of(), List.of(), List.of()), true);

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/safety/incidents/" + id);
        checkPage();
        assertThat(text()).contains("Playbook", "0 of 8 steps done.", "Do not hang up", "Source: CISA");
        driver.findElement(By.cssSelector("button[aria-label='Mark step 3 as done']")).click();
        checkPage();
        assertThat(text()).contains("1 of 8 steps done.", "Ticked by Lina Lead", "Playbook log", "Marked as done");
        assertThat(driver.findElements(By.cssSelector("button[aria-label='Mark step 3 as not done']"))).hasSize(1);

        // a colleague working the same incident ticks a step: this page shows it without a reload
        CurrentUser colleague = library.person("Cole Colleague", Role.SAFETY_LEAD);
        playbooks.tick(colleague, id, playbooks.forIncident(colleague, id).steps().get(0).id(), true);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("playbook-live")).getText()
                .contains("2 of 8 steps done."));
        assertThat(text()).contains("Ticked by Cole Colleague");
        assertThat(driver.getCurrentUrl()).endsWith("/safety/incidents/" + id + "#playbook");
        checkPage();

        driver.findElement(By.linkText("Change the playbooks")).click();
        checkPage();
        assertThat(text()).contains("Playbooks", "Change the playbook for Bomb threat");
        driver.findElement(By.linkText("Change the playbook for Bomb threat")).click();
        checkPage();
        driver.findElement(By.cssSelector("button[aria-label='Remove step 8']")).click();
        checkPage();
        assertThat(text()).contains("Remove step 8?");

        visit("/safety/incidents/" + id + "/review");
        checkPage();
        driver.findElement(By.cssSelector("form[action$='/review'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("Choose the date and time of the review.");
        visit("/safety/incidents/" + id + "/message");
        checkPage();
        assertThat(field("leader-message").getAttribute("value")).contains("Dear colleagues,", "Lina Lead");
    }
}

package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.safety.CareFollowUps;
import org.shelfcare.safety.IncidentDraft;
import org.shelfcare.safety.SafetyManagement;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A week after an incident, an affected colleague is asked how they are doing and answers "I'd
 * like to talk"; the care contact finds the task, sees the answer in the care track and marks the
 * task done.
 */
class FollowUpBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired SafetyManagement safety;
    @Autowired CareFollowUps followUps;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void anAffectedColleagueAsksToTalkAndTheCareContactMarksTheTaskDone() {
        Fixtures.Library library = fixtures.library("Browser Follow-up Library");
        CurrentUser reporter = library.person("Rosa Reporter");
        CurrentUser affected = library.person("Ava Affected");
        CurrentUser care = library.person("Carla Care", Role.CARE_CONTACT);
        UUID incident = safety.report(reporter, IncidentDraft.of("CHALLENGING_PATRON",
                Instant.now().minus(8, ChronoUnit.DAYS), "A patron shouted \"I will wait for you outside\".")
                .withPeople(List.of(), List.of(), List.of(affected.personId())), true);
        jdbc.sql("UPDATE safety_followup SET due_at = ? WHERE incident_id = ? AND seq = 1")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), incident).update();
        followUps.deliverDue(Instant.now());

        signIn(Objects.requireNonNull(affected.email()), Fixtures.PASSWORD);
        visit("/safety");
        driver.findElement(By.partialLinkText("How are you doing?")).click();
        checkPage();
        driver.findElement(By.partialLinkText("How are you doing?")).click();
        checkPage();
        assertThat(text()).contains("How are you doing?", "Only your library's care contacts see your answers")
                .doesNotContain("wait for you outside", reporter.name());
        // not today: asked again in three days, then answered now after all
        driver.findElement(By.xpath("//button[contains(., 'Ask me again in 3 days')]")).click();
        checkPage();
        assertThat(text()).contains("We'll ask you again in a few days.", "You asked to be asked again later");
        driver.findElement(By.xpath("//button[contains(., 'Answer now instead')]")).click();
        checkPage();
        driver.findElement(By.id("answer-TALK")).click();
        type("note", "Mornings are best for me.");
        driver.findElement(By.xpath("//button[contains(., 'Send my answer')]")).click();
        checkPage();
        assertThat(text()).contains("Thank you. Your answer went to the care contacts only.",
                "Your answer: I'd like to talk", "A care contact will get in touch with you");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(care.email()), Fixtures.PASSWORD);
        visit("/safety");
        driver.findElement(By.linkText("Care tasks")).click();
        checkPage();
        assertThat(text()).contains("Open tasks", affected.name(), "To talk");
        driver.findElement(By.xpath("//a[contains(., 'Challenging patron interaction')]")).click();
        checkPage();
        assertThat(text()).contains("Follow-ups per affected person", "I'd like to talk", "Mornings are best for me.");
        driver.findElement(By.xpath("//button[contains(., 'Mark done')]")).click();
        checkPage();
        assertThat(text()).contains("Task marked done.", "Done by " + care.name());
    }
}

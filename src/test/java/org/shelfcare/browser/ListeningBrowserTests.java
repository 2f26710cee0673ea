package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.listening.ListeningSessions;
import org.shelfcare.listening.SessionDraft;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A staff member finds an upcoming town hall, joins it with its code, asks anonymously and votes;
 * the host sees the question as "Anonymous". A host pins and merges questions, closes the session,
 * publishes notes and finds the exports.
 */
class ListeningBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired ListeningSessions sessions;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aStaffMemberAsksAnonymouslyAndVotes() {
        Fixtures.Library library = fixtures.library("Browser Listening Library");
        CurrentUser lead = library.person("Lena Lead", Role.WELLNESS_LEAD);
        CurrentUser staff = library.person("Sam Staff");
        library.person("Cory Colleague");
        library.person("Dana Colleague");
        library.person("Eli Colleague");
        ListeningSessions.Created session = sessions.create(lead, SessionDraft.of("Spring town hall",
                Instant.now().plus(1, ChronoUnit.DAYS).toString()));

        signIn(Objects.requireNonNull(staff.email()), Fixtures.PASSWORD);
        visit("/listening");
        checkPage();
        assertThat(text()).contains("Upcoming sessions", "Spring town hall", "no name, no IP address, only the date");
        driver.findElement(By.linkText("Join with a code")).click();
        checkPage();
        type("code", session.joinCode());
        submit("form[action='/listening/join']");
        checkPage();
        assertThat(text()).contains("Spring town hall", "No questions yet");

        type("text", "Could we have a quiet room for breaks?");
        submit("form[action$='/questions']");
        checkPage();
        assertThat(text()).contains("Keep your secret", "the only way to edit or withdraw the question");
        driver.findElement(By.linkText("Back to the session")).click();
        checkPage();
        assertThat(text()).contains("Could we have a quiet room for breaks?",
                "Anonymous", "Votes: 0");
        driver.findElement(By.xpath("//button[contains(., 'Vote for this')]")).click();
        checkPage();
        assertThat(text()).contains("Votes: 1", "Withdraw my vote");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/listening/sessions/" + session.id());
        checkPage();
        assertThat(text()).contains("Could we have a quiet room for breaks?", "Anonymous", "Votes: 1", "Close the session")
                .doesNotContain(staff.name());
    }

    @Test
    void aHostPinsAndMergesQuestionsThenClosesPublishesNotesAndFindsTheExports() {
        Fixtures.Library library = fixtures.library("Browser Moderation Library");
        CurrentUser lead = library.person("Mo Moderator", Role.WELLNESS_LEAD);
        CurrentUser ana = library.person("Ana Asker");
        CurrentUser ben = library.person("Ben Asker");
        ListeningSessions.Created session = sessions.create(lead, SessionDraft.of("Quiet space forum",
                Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        sessions.ask(ana, session.id(), "Could we have a quiet room?", false);
        sessions.ask(ben, session.id(), "A quiet room for breaks, please", false);
        sessions.ask(ben, session.id(), "Can the late shift end earlier?", false);

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/listening/sessions/" + session.id());
        WebElement qr = driver.findElement(By.cssSelector("img[src$='/qr.svg']"));
        assertThat(qr.getAttribute("alt")).contains(session.joinCode());
        assertThat(((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", qr))
                .as("the QR code loads").isNotEqualTo(0L);
        assertThat(driver.findElement(By.id("pinned")).isDisplayed()).as("nothing pinned yet").isFalse();

        // pin the question discussed now
        moderate("Could we have a quiet room?");
        question("Could we have a quiet room?").findElement(By.xpath(".//button[contains(., 'Pin as now discussing')]")).click();
        checkPage();
        WebElement pinned = driver.findElement(By.id("pinned"));
        assertThat(pinned.isDisplayed()).isTrue();
        assertThat(pinned.getText()).contains("Now discussing", "Could we have a quiet room?", "Unpin");
        visit("/listening/sessions/" + session.id() + "/present");
        assertThat(driver.findElement(By.cssSelector("#pinned .pinned-text")).getText())
                .isEqualTo("Could we have a quiet room?");
        driver.findElement(By.linkText("Back to the session")).click();
        checkPage();

        // merge the duplicate into it, undo, merge again
        moderate("A quiet room for breaks, please");
        WebElement duplicate = question("A quiet room for breaks, please");
        new Select(duplicate.findElement(By.cssSelector("select[name=into]")))
                .selectByVisibleText("Could we have a quiet room?");
        duplicate.findElement(By.xpath(".//button[normalize-space(.)='Merge']")).click();
        checkPage();
        assertThat(text()).contains("Merged. The question now appears under the one it was merged into");
        WebElement original = question("Could we have a quiet room?");
        assertThat(original.getText()).contains("Merged into this question:", "A quiet room for breaks, please");
        assertThat(driver.findElements(By.cssSelector("#question-list > li"))).hasSize(2);
        original.findElement(By.xpath(".//button[contains(., 'Undo the merge')]")).click();
        checkPage();
        assertThat(driver.findElements(By.cssSelector("#question-list > li"))).hasSize(3);

        // close, publish notes, find the exports
        driver.findElement(By.xpath("//button[contains(., 'Close the session')]")).click();
        checkPage();
        driver.findElement(By.linkText("Write the notes for the audience")).click();
        checkPage();
        type("text", "We will open a quiet room on the second floor in May.");
        driver.findElement(By.xpath("//button[contains(., 'Publish notes')]")).click();
        checkPage();
        assertThat(text()).contains("Notes from the session", "We will open a quiet room on the second floor in May.");
        assertThat(driver.findElements(By.cssSelector("a[href$='/export.csv']"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("a[href$='/export.pdf']"))).hasSize(1);
        assertThat(driver.findElements(By.id("pinned"))).as("a closed session pins nothing").isEmpty();
    }

    /** The list item of the question with this text. */
    private WebElement question(String text) {
        return driver.findElement(By.xpath("//ol[@id='question-list']/li[.//p[normalize-space(.)='" + text + "']]"));
    }

    /** Opens the question's moderation panel. */
    private void moderate(String text) {
        question(text).findElement(By.tagName("summary")).click();
    }
}

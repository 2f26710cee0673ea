package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.listening.ListeningSessions;
import org.shelfcare.listening.QuestionPosted;
import org.shelfcare.listening.SessionDraft;
import org.shelfcare.listening.SuggestionBox;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A wellness lead puts a town hall question in a theme, turns it into an action and edits the action;
 * the voter sees the news on the session page, the anonymous asker on their own page with the secret.
 */
class QuestionTrailsBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired ListeningSessions sessions;
    @Autowired SuggestionBox box;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aQuestionBecomesAnActionAndItsPeopleSeeTheNews() {
        Fixtures.Library library = fixtures.library("Browser Trails Library");
        CurrentUser asker = library.person("Ari Asker");
        CurrentUser voter = library.person("Vi Voter");
        library.person("Cy Shelver");
        library.person("Di Desk");
        CurrentUser lead = library.person("Ed Lead", Role.WELLNESS_LEAD);
        UUID session = sessions.create(lead, SessionDraft.of("Spring town hall",
                Instant.now().plus(1, ChronoUnit.DAYS).toString())).id();
        QuestionPosted question = sessions.post(asker, session, "Can the staff room get a second microwave?", true);
        sessions.vote(voter, question.id());
        box.createTheme(lead, "Breaks and rest");

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/listening/sessions/" + session);
        checkPage();
        new Select(field("qtheme-" + question.id())).selectByVisibleText("Breaks and rest");
        submit("form[action='/listening/questions/" + question.id() + "/theme']");
        checkPage();
        assertThat(text()).contains("The question's theme is set.", "Theme: Breaks and rest");
        driver.findElement(By.linkText("Breaks and rest")).click();
        checkPage();
        assertThat(text()).contains("Session questions", "Can the staff room get a second microwave?", "fewer than 5")
                .doesNotContain(asker.name());

        visit("/listening/actions");
        checkPage();
        type("title", "A second microwave");
        org.openqa.selenium.WebElement box = driver.findElement(By.cssSelector("input[name=questionIds][value='" + question.id() + "']"));
        // the label's session name sits over the styled box; ticking it is what a click on the label does
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", box);
        assertThat(box.isSelected()).isTrue();
        submit("form[action='/listening/actions']");
        checkPage();
        assertThat(text()).contains("A second microwave", "You asked (session questions)",
                "Can the staff room get a second microwave?");
        driver.findElement(By.partialLinkText("Edit")).click();
        checkPage();
        type("title", " ");
        type("description", "Facilities orders one for the staff room");
        submit("main form[action$='/edit']");
        checkPage();
        assertThat(text()).contains("Please fix the following");
        assertThat(field("description").getAttribute("value")).isEqualTo("Facilities orders one for the staff room");
        type("title", "A second microwave for the staff room");
        new Select(field("status")).selectByVisibleText("In progress");
        submit("main form[action$='/edit']");
        checkPage();
        assertThat(text()).contains("The action is saved.", "A second microwave for the staff room", "In progress");

        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(voter.email()), Fixtures.PASSWORD);
        visit("/listening/sessions/" + session);
        checkPage();
        assertThat(text()).contains("This led to:", "A second microwave for the staff room", "New for you");

        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(asker.email()), Fixtures.PASSWORD);
        visit("/listening/questions/" + question.id() + "/own");
        checkPage();
        type("editToken", Objects.requireNonNull(question.editToken()));
        submit("main form[action$='/own']");
        checkPage();
        assertThat(text()).contains("Something is new on your question", "A second microwave for the staff room");
    }
}

package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** An anonymous suggestion with its secret, a colleague's upvote, and a wellness lead turning it into an action on the board. */
class SuggestionsBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void suggestAnonymouslyUpvoteAndSeeTheActionOnTheBoard() {
        Fixtures.Library library = fixtures.library("Browser Suggestions Library");
        CurrentUser author = library.person("Ari Author");
        CurrentUser colleague = library.person("Bo Colleague");
        library.person("Cy Shelver");
        library.person("Di Desk");
        CurrentUser lead = library.person("Ed Lead", Role.WELLNESS_LEAD);

        signIn(Objects.requireNonNull(author.email()), Fixtures.PASSWORD);
        visit("/listening/suggestions");
        checkPage();
        assertThat(text()).contains("Anonymous suggestions keep no name", "No suggestions yet.");
        assertThat(field("anonymous").isSelected()).as("anonymous by default").isTrue();
        type("text", "A standing desk at the returns counter");
        submit("main form[action='/listening/suggestions']");
        checkPage();
        assertThat(text()).contains("Keep your secret", "Copy it now");
        String secret = field("secret").getAttribute("value");
        assertThat(secret).hasSizeGreaterThan(20);
        driver.findElement(By.linkText("Back to the suggestion box")).click();
        checkPage();
        assertThat(text()).contains("A standing desk at the returns counter", "Anonymous").doesNotContain(author.name());

        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(colleague.email()), Fixtures.PASSWORD);
        visit("/listening/suggestions");
        driver.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Upvote')]")).click();
        checkPage();
        assertThat(text()).contains("1 upvote", "Take back my upvote");

        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/listening/actions");
        checkPage();
        assertThat(text()).contains("No actions yet.");
        type("title", "Standing desks at every counter");
        driver.findElement(By.cssSelector("input[name=suggestionIds]")).click();
        new org.openqa.selenium.support.ui.Select(field("status")).selectByVisibleText("In progress");
        submit("form[action='/listening/actions']");
        checkPage();
        assertThat(text()).contains("The action is on the board.", "In progress", "Standing desks at every counter",
                "A standing desk at the returns counter");

        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(colleague.email()), Fixtures.PASSWORD);
        visit("/listening/actions");
        checkPage();
        assertThat(text()).contains("Standing desks at every counter", "New for you",
                "changed since you last looked");
    }
}

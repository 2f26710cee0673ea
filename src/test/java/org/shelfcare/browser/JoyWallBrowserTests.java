package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** Sharing a joy entry anonymously, reacting to it on the wall, giving kudos, and a wellness lead hiding the post. */
class JoyWallBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void shareAnEntryAnonymouslyReactAndSeeItOnTheWall() {
        Fixtures.Library library = fixtures.library("Browser Joy Library");
        CurrentUser author = library.person("Jo Joyful");
        CurrentUser colleague = library.person("Kit Colleague");
        library.person("Lane Colleague");
        CurrentUser lead = library.person("Mo Lead", Role.WELLNESS_LEAD);
        signIn(Objects.requireNonNull(author.email()), Fixtures.PASSWORD);

        visit("/wellbeing/joy");
        type("text", "A patron's grandson found his first <em>graphic novel</em> and would not put it down");
        submit("form.reflection-form");
        checkPage();
        driver.findElement(By.partialLinkText("Share to the Joy Wall")).click();
        checkPage();
        assertThat(text()).contains("Who can see it", "Anonymous: nobody can see who wrote it, admins included.");
        field("anonymous").click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("Shared to the Joy Wall anonymously.",
                "Shared anonymously with the whole library on");

        driver.findElement(By.linkText("Joy Wall")).click();
        checkPage();
        assertThat(text()).contains("Anonymous", "You shared this anonymously.",
                "A patron's grandson found his first <em>graphic novel</em>").doesNotContain(author.name());
        WebElement celebrate = driver.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Celebrate')]"));
        assertThat(celebrate.getAttribute("aria-pressed")).isEqualTo("false");
        celebrate.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> "true".equals(d.findElement(
                By.xpath("//button[starts-with(normalize-space(.), 'Celebrate')]")).getAttribute("aria-pressed")));
        assertThat(driver.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Celebrate')]")).getText())
                .isEqualTo("Celebrate 1");
        assertThat(driver.getCurrentUrl()).as("swapped in place by htmx").endsWith("/wellbeing/wall");
        checkPage();

        driver.findElement(By.linkText("Kudos")).click();
        checkPage();
        new org.openqa.selenium.support.ui.Select(field("to")).selectByVisibleText(colleague.name());
        type("text", "Thank you for the display of summer reads");
        driver.findElement(By.cssSelector("form[action='/wellbeing/kudos'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("Your kudos have been given.", "To " + colleague.name());

        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/wellbeing/wall");
        assertThat(text()).contains("Celebrate 1", "Thank you for the display of summer reads",
                author.name() + " to " + colleague.name());
        assertThat(driver.findElement(By.cssSelector("article.wall-post")).getText()).as("the post names nobody")
                .startsWith("Anonymous").doesNotContain(author.name());
        driver.findElement(By.partialLinkText("Hide")).click();
        checkPage();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("Please give a reason: the author will see it.");
        type("reason", "It names a patron's family");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("The post is hidden.", "Hidden from the wall. Reason: It names a patron's family");

        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(author.email()), Fixtures.PASSWORD);
        visit("/wellbeing/joy");
        assertThat(text()).contains("A wellness lead or admin hid this post from the wall. Reason: It names a patron's family");
        driver.findElement(By.partialLinkText("Withdraw from the Joy Wall")).click();
        checkPage();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("Your post has been withdrawn from the Joy Wall.", "Share to the Joy Wall");
    }
}

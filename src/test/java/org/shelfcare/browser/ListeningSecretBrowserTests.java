package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.listening.ListeningSessions;
import org.shelfcare.listening.SessionDraft;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An anonymous asker copies the secret shown once, opens their question with it, edits it and
 * withdraws it; it leaves the session's list.
 */
class ListeningSecretBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired ListeningSessions sessions;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void anAnonymousAskerEditsAndWithdrawsWithTheirSecret() {
        Fixtures.Library library = fixtures.library("Browser Secret Library");
        CurrentUser lead = library.person("Lena Lead", Role.WELLNESS_LEAD);
        CurrentUser staff = library.person("Sam Staff");
        library.person("Cory Colleague");
        library.person("Dana Colleague");
        library.person("Eli Colleague");
        ListeningSessions.Created session = sessions.create(lead, SessionDraft.of("Autumn town hall",
                Instant.now().plus(1, ChronoUnit.DAYS).toString()));

        signIn(Objects.requireNonNull(staff.email()), Fixtures.PASSWORD);
        visit("/listening/sessions/" + session.id());
        checkPage();
        type("text", "Can the staff room get a kettle?");
        submit("form[action$='/questions']");
        checkPage();
        assertThat(text()).contains("Keep your secret", "cannot see who asked");
        String secret = driver.findElement(By.id("secret")).getDomProperty("value");
        driver.findElement(By.linkText("Open your question now")).click();
        checkPage();
        type("editToken", "not my secret");
        submit("form[action$='/own']");
        checkPage();
        assertThat(text()).contains("That secret does not match this question").doesNotContain("kettle");

        driver.findElement(By.id("editToken")).clear();
        type("editToken", Objects.requireNonNull(secret));
        submit("form[action$='/own']");
        checkPage();
        assertThat(text()).contains("Visible to the session");
        driver.findElement(By.id("text")).clear();
        type("text", "Can the staff room get a kettle and a fridge?");
        submit("form[action$='/own']");
        checkPage();
        assertThat(text()).contains("Your question was changed.", "a kettle and a fridge");

        driver.findElement(By.linkText("Asked this? Open it with your secret")).click();
        checkPage();
        type("editToken", secret);
        submit("form[action$='/own']");
        checkPage();
        submit("form[action$='/withdraw']");
        checkPage();
        assertThat(text()).contains("Your question was withdrawn.").doesNotContain("a kettle and a fridge");
    }
}

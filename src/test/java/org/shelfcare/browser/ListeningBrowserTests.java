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
 * A staff member finds an upcoming town hall, joins it with its code, asks anonymously and votes;
 * the host sees the question as "Anonymous".
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
}

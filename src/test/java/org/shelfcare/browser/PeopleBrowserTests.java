package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin invites a colleague from the people pages; the colleague joins with the copied link. */
class PeopleBrowserTests extends BrowserTest {

    private static final String PASSWORD = "quiet stacks after closing time";

    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void anAdminInvitesAPersonWhoJoinsWithTheLink() {
        Fixtures.Library library = fixtures.library("Invite Browser Library");
        signIn(library.admin().email(), Fixtures.PASSWORD);

        visit("/admin/people/new");
        type("name", "Sam Shelver");
        type("username", "sam.shelver" + library.number());
        submit("main form[action='/admin/people']");
        checkPage();
        String link = field("invitation-link").getAttribute("value");
        assertThat(link).contains("/invitations/");

        visit("/admin/people");
        assertThat(text()).contains("Sam Shelver");

        driver.manage().deleteAllCookies();
        driver.get(link);
        checkPage();
        assertThat(text()).contains("Sam Shelver, you have been invited").contains("sam.shelver" + library.number());
        type("password", PASSWORD);
        submit("main form");
        checkPage();

        signIn("sam.shelver" + library.number(), PASSWORD);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Sam Shelver");
        visit("/profile");
        assertThat(field("name").getAttribute("value")).isEqualTo("Sam Shelver");
    }
}

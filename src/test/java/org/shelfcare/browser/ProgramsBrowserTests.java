package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A wellness lead creates a program for staff and patrons and adds a weekly series of sessions;
 * a patron, signed out, finds it on the library's public page, registers for two people and sees
 * the confirmation. axe checks every page on the way.
 */
class ProgramsBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aLeadPublishesAWeeklySeriesAndAPatronRegistersOnThePublicPage() {
        Fixtures.Library library = fixtures.library("Browser Programs Library");
        CurrentUser lead = library.person("Lou Lead", Role.WELLNESS_LEAD);
        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);

        visit("/programs");
        checkPage();
        driver.findElement(By.linkText("New program")).click();
        checkPage();
        type("title", "Pet therapy visit");
        new Select(field("category")).selectByValue("PET_THERAPY");
        driver.findElement(By.cssSelector("input[name=audience][value=BOTH]")).click();
        type("room", "Children's room");
        type("accessibility", "Step-free entrance");
        driver.findElement(By.cssSelector("button[value=publish]")).click();
        checkPage();
        assertThat(text()).contains("Program published.", "Pet therapy visit", "No upcoming sessions.");

        LocalDate day = LocalDate.now().plusDays(7);
        set("date", day.toString());
        set("startTime", "10:00");
        set("endTime", "11:00");
        type("capacity", "8");
        driver.findElement(By.cssSelector("input[name=repeat][value=WEEKLY]")).click();
        type("count", "4");
        submit("form[action$='/sessions']");
        checkPage();
        assertThat(text()).contains("4 sessions added.", "8 of 8 seats left");

        driver.manage().deleteAllCookies();
        visit("/p/" + directory.organization(library.id()).slug() + "/programs");
        checkPage();
        assertThat(text()).contains("Programs and events", "Pet therapy visit", "Children's room", "8 seats left");
        driver.findElements(By.partialLinkText("Register for Pet therapy visit")).get(0).click();
        checkPage();
        type("name", "Pat Patron");
        type("email", "pat@example.org");
        type("partySize", "2");
        submit("main form");
        checkPage();
        assertThat(text()).contains("You are registered. We sent a confirmation to your email");
        assertThat(driver.manage().getCookies()).as("the public pages set no cookie").isEmpty();
    }

    /** Date and time inputs take typed text in the browser's own format; set their value directly. */
    private void set(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field(id), value);
    }
}

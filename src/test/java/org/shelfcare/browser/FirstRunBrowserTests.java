package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A library's first hour with ShelfCare, in a real browser. */
class FirstRunBrowserTests extends BrowserTest {

    private static final String PASSWORD = "paper lanterns over the reading room";

    @Autowired JdbcClient jdbc;
    @Autowired DirectoryManagement directory;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void theSetupWizardCreatesTheLibraryAndItsAdminSignsIn() {
        jdbc.sql("DELETE FROM instance_setup").update();
        try {
            driver.get(url("/"));
            assertThat(driver.getCurrentUrl()).endsWith("/setup");
            checkPage();

            // a mistake first: what was typed stays, the summary says what to fix
            type("organizationName", "Lakeshore Public Library");
            type("branches", "Central\nHarbor Branch");
            type("departments", "Circulation\nYouth Services");
            type("adminName", "Lee Lakeshore");
            type("adminEmail", "lee@lakeshore.example");
            type("adminPassword", "too short");
            submit("main form[action='/setup']");
            checkPage();
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("Please use at least 15 characters.");
            assertThat(field("organizationName").getAttribute("value")).isEqualTo("Lakeshore Public Library");
            assertThat(field("branches").getAttribute("value")).contains("Harbor Branch");

            type("adminPassword", PASSWORD);
            submit("main form[action='/setup']");
            checkPage();
            assertThat(driver.getCurrentUrl()).endsWith("/login");
            assertThat(text()).contains("Your library is ready.");

            signIn("lee@lakeshore.example", PASSWORD);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Lee Lakeshore");
            assertThat(text()).contains("Lakeshore Public Library");
            screenshot("home");
        } finally {
            if (!directory.isSetUp()) {
                jdbc.sql("INSERT INTO instance_setup (id, done_at) VALUES (1, CURRENT_TIMESTAMP)").update();
            }
        }
    }

    @Test
    void anInviteeSetsAPasswordSignsInSwitchesToSpanishAndSignsOut() {
        Fixtures.Library library = fixtures.library("Browser Library");
        Invitation invitation = directory.invite(library.admin(), new NewPerson("Rosa Reyes",
                "rosa" + library.number() + "@browser.example", null, List.of(), null, null, "Page", null));

        visit("/invitations/" + invitation.token());
        assertThat(text()).contains("Rosa Reyes, you have been invited to ShelfCare");
        type("password", PASSWORD);
        submit("main form");
        checkPage();
        assertThat(text()).contains("Your account is ready.");

        signIn("rosa" + library.number() + "@browser.example", PASSWORD);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Rosa Reyes");

        driver.findElement(By.cssSelector("form.language-switch button[value=es]")).click();
        checkPage();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Le damos la bienvenida, Rosa Reyes");

        driver.findElement(By.cssSelector("header form[action='/logout'] button")).click();
        checkPage();
        assertThat(text()).contains("Ha cerrado la sesión.");

        // the back button on a shared computer shows nothing private
        driver.navigate().back();
        assertThat(text()).doesNotContain("Rosa Reyes");
        assertThat(driver.getCurrentUrl()).contains("/login");

        // the language stays with the person: sign in again on this (now English) browser
        driver.manage().deleteAllCookies();
        signIn("rosa" + library.number() + "@browser.example", PASSWORD);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Le damos la bienvenida, Rosa Reyes");
    }

    @Test
    void theSignInPageWorksAtPhoneWidth() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(320, 700));
        try {
            visit("/login");
            Object scrollWidth = ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(320);
            assertThat(driver.findElement(By.cssSelector("a.help-now")).isDisplayed()).isTrue();
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}

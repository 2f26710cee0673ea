package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** "Get help now" in a real browser: from the sign-in page, on a phone, and kept by a wellness lead. */
class HelpBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void oneClickFromTheSignInPageOnAPhoneInEnglishAndSpanish() {
        driver.manage().window().setSize(new Dimension(320, 700));
        visit("/login");
        driver.findElement(By.cssSelector("a.help-now")).click();
        checkPage();

        assertThat(driver.getCurrentUrl()).endsWith("/help");
        assertThat(text()).contains("If you are in immediate danger, call 911.",
                "Nobody at your library can see that you opened this page.", "988 Suicide & Crisis Lifeline",
                "Crisis Text Line", "Text HOME to 741741");
        assertThat(driver.findElement(By.cssSelector("a[href='tel:911']")).isDisplayed()).isTrue();
        Object scrollWidth = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(320);
        screenshot("help-phone");

        driver.findElement(By.cssSelector("form.language-switch button[value=es]")).click();
        checkPage();
        assertThat(driver.getCurrentUrl()).endsWith("/help");
        assertThat(text()).contains("Si está en peligro inmediato, llame al 911.",
                "988 Línea de Prevención del Suicidio y Crisis", "Envíe AYUDA al 741741");
    }

    @Test
    void aWellnessLeadAddsTheLibrarysEapAndStaffSeeIt() {
        Fixtures.Library library = fixtures.library("Browser Help Library");
        CurrentUser lead = library.person("Wendy Wellness", Role.WELLNESS_LEAD);
        CurrentUser staff = library.person("Sam Shelver");

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/help");
        driver.findElement(By.linkText("Manage support resources")).click();
        checkPage();
        assertThat(driver.getCurrentUrl()).endsWith("/help/manage");
        driver.findElement(By.linkText("Add an entry")).click();
        checkPage();

        // a mistake first: the summary says what to fix, and what was typed stays
        type("name", "Browser EAP by Acme Care");
        type("phone", "1-800-555-0199");
        type("webUrl", "javascript:alert(1)");
        submit("main form");
        checkPage();
        assertThat(driver.findElement(By.id("error-summary")).getText())
                .contains("Please enter a web address starting with https:// or http://.");
        assertThat(field("name").getAttribute("value")).isEqualTo("Browser EAP by Acme Care");
        assertThat(field("phone").getAttribute("value")).isEqualTo("1-800-555-0199");

        type("webUrl", "https://eap.example/browser");
        submit("main form");
        checkPage();
        assertThat(text()).contains("\"Browser EAP by Acme Care\" is now on your library's help page.");

        driver.manage().deleteAllCookies();
        signIn(Objects.requireNonNull(staff.email()), Fixtures.PASSWORD);
        visit("/help");
        assertThat(text()).contains("Browser EAP by Acme Care", "Call 1-800-555-0199", "Added by your library.");
        assertThat(driver.findElements(By.linkText("Manage support resources"))).isEmpty();
    }
}

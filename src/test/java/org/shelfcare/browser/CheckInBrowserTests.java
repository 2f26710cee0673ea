package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** Checking in with the keyboard only, on a phone-sized screen, and finding the day in the trend table. */
class CheckInBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void checkInWithTheKeyboardAndSeeTheTrendTable() {
        CurrentUser person = fixtures.library("Browser Check-in Library").person("Kim Keyboard");
        signIn(Objects.requireNonNull(person.email()), Fixtures.PASSWORD);
        driver.manage().window().setSize(new Dimension(320, 800));

        driver.findElement(By.linkText("Wellbeing")).sendKeys(Keys.ENTER);
        checkPage();
        assertThat(driver.getCurrentUrl()).endsWith("/wellbeing");
        assertThat(text()).contains("Only you can see your check-ins. Your supervisor and admins cannot, and they are never part of any report.");

        visit("/wellbeing/check-in");
        // a radio group is one tab stop: space picks, arrow keys move the choice
        field("mood-1").sendKeys(Keys.SPACE);
        field("mood-1").sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        field("energy-3").sendKeys(Keys.SPACE);
        field("stress-2").sendKeys(Keys.SPACE);
        assertThat(field("mood-4").isSelected()).isTrue();
        field("note").sendKeys("Story time went well <b>really</b>");
        Object scrollWidth = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("no sideways scrolling at 320 px").isLessThanOrEqualTo(320);
        screenshot("check-in-phone");
        field("date").sendKeys(Keys.ENTER);
        checkPage();

        assertThat(driver.getCurrentUrl()).endsWith("/wellbeing");
        assertThat(text()).contains("Thank you for checking in.", "Story time went well <b>really</b>",
                "Mood: 4 (Good)", "Energy: 3 (Moderate)", "Stress: 2 (A little stress)");
        WebElement table = driver.findElement(By.cssSelector("table.trend-table"));
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(1);
        assertThat(table.findElements(By.cssSelector("tbody td")).stream().map(WebElement::getText).toList())
                .containsExactly("4.0", "3.0", "2.0");
        assertThat(driver.findElements(By.cssSelector("svg.trend-chart circle"))).hasSize(3);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("trend-heading")));
        screenshot("wellbeing-trend-phone");

        driver.findElement(By.linkText("30 days")).click();
        checkPage();
        assertThat(text()).contains("Your last 30 days");
    }
}

package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.timeoff.LeaveDraft;
import org.shelfcare.timeoff.TimeoffManagement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor makes a team calendar feed, which a calendar app then reads without signing in, and
 * names a delegate from the approvals page before going on leave.
 */
class TimeoffFeedsBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired TimeoffManagement timeoff;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aTeamFeedAndADelegate() throws Exception {
        Fixtures.Library library = fixtures.library("Browser Feeds Library");
        CurrentUser supervisor = library.person("Skye Supervisor", Role.SUPERVISOR);
        CurrentUser report = library.reportOf(supervisor, "Remy Report");
        CurrentUser deputy = library.person("Dora Deputy", Role.SUPERVISOR);
        LocalDate day = timeoff.today(report).plusDays(6);
        timeoff.request(report, new LeaveDraft("MENTAL_HEALTH_DAY", day.toString(), day.toString(), null, null, null,
                null), null);

        signIn(Objects.requireNonNull(supervisor.email()), Fixtures.PASSWORD);
        visit("/timeoff");
        driver.findElement(By.partialLinkText("Calendar feeds")).click();
        checkPage();
        assertThat(text()).contains("Subscribe from web", "From URL", "treat it like a password");
        field("scope-TEAM").click();
        driver.findElement(By.cssSelector("main form[action='/timeoff/feeds'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("Your new feed", "shown only now");
        String address = field("feed-url").getDomProperty("value");
        assertThat(address).contains("/feeds/timeoff/").endsWith(".ics");

        // a calendar app reads it without signing in
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).contains("SUMMARY:" + report.name() + " — out").doesNotContain("Mental");

        visit("/timeoff/feeds");
        driver.findElement(By.cssSelector("form[action$='/revoke'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("The feed is revoked");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

        visit("/timeoff/approvals");
        driver.findElement(By.linkText("A delegate while you are out")).click();
        checkPage();
        new Select(field("delegateId")).selectByVisibleText(deputy.name());
        LocalDate today = timeoff.today(supervisor);
        date("startDate", today);
        date("endDate", today.plusDays(4));
        driver.findElement(By.cssSelector("main form[action='/timeoff/delegate'] button[type=submit]")).click();
        checkPage();
        assertThat(text()).contains("Your delegate is named.", deputy.name() + " decides for you");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(deputy.email()), Fixtures.PASSWORD);
        visit("/timeoff/approvals");
        assertThat(text()).contains(report.name() + ": Out").doesNotContain("Mental health day");
        visit("/timeoff/delegate");
        assertThat(text()).contains("You decide for " + supervisor.name());
    }

    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field(id), value.toString());
    }
}

package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.programs.ProgramAudience;
import org.shelfcare.programs.ProgramCategory;
import org.shelfcare.programs.ProgramDraft;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.SessionPlan;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A wellness lead opens the check-in list of a session from the program page, taps "Here" for a
 * registered colleague (the row changes in place, without a page load) and counts a walk-in;
 * then the library's embeddable listing. An admin sets the days registrations are kept, and a
 * patron registers, gets a feedback link after the session and answers once. axe checks every
 * page on the way.
 */
class AttendanceBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("patronFeedbackTask") RecurringTask<Void> patronFeedbackTask;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aLeadChecksPeopleInOnTheListAndTheCountsShow() {
        Fixtures.Library library = fixtures.library("Browser Attendance Library");
        CurrentUser lead = library.person("Lou Lead", Role.WELLNESS_LEAD);
        CurrentUser staff = library.person("Sol Staff");
        UUID program = programs.create(lead, ProgramDraft.of("Guided meditation", ProgramCategory.GUIDED_MEDITATION,
                ProgramAudience.BOTH));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(15));
        UUID session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10))
                .get(0);
        programs.register(staff, session);
        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);

        visit("/programs/" + program);
        checkPage();
        driver.findElements(By.linkText("Check-in list")).get(0).click();
        checkPage();
        assertThat(text()).contains("Sol Staff", "Present: 0 of 1 registered (0 walk-ins)");
        // with JavaScript, tapping Here swaps just the row and the count: the page stays (its marker too)
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.stillThisPage = true");
        driver.findElement(By.cssSelector("button.check-in-toggle")).click();
        swapped().until(d -> d.findElement(By.id("check-in-count")).getText()
                .contains("Present: 1 of 1 registered (0 walk-ins)"));
        assertThat(js.executeScript("return window.stillThisPage === true")).as("no page load").isEqualTo(true);
        assertThat(driver.findElement(By.cssSelector("button.check-in-toggle")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        checkPage();
        driver.findElement(By.cssSelector("button.check-in-toggle")).click();
        swapped().until(d -> "false".equals(
                d.findElement(By.cssSelector("button.check-in-toggle")).getAttribute("aria-pressed")));
        assertThat(driver.findElement(By.id("check-in-count")).getText()).contains("Present: 0 of 1 registered");
        assertThat(js.executeScript("return window.stillThisPage === true")).isEqualTo(true);
        driver.findElement(By.cssSelector("button.check-in-toggle")).click();
        swapped().until(d -> d.findElement(By.id("check-in-count")).getText()
                .contains("Present: 1 of 1 registered (0 walk-ins)"));
        type("name", "Wren Walk-in");
        submit("form[action$='/walk-ins']");
        checkPage();
        assertThat(text()).contains("The walk-in is counted.", "Wren Walk-in", "Present: 2 of 1 registered (1 walk-ins)");

        driver.manage().deleteAllCookies();
        visit("/p/" + directory.organization(library.id()).slug() + "/embed");
        checkPage();
        assertThat(text()).contains("Upcoming programs", "Guided meditation");
    }

    /** Waits out an htmx swap: the element looked at may be replaced while it is read. */
    private static WebDriverWait swapped() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void anAdminSetsTheDaysAndAPatronAnswersTheFeedbackLink() {
        Fixtures.Library library = fixtures.library("Browser Patron Feedback Library");
        CurrentUser admin = library.admin();
        UUID program = programs.create(admin, ProgramDraft.of("Pet therapy visit", ProgramCategory.PET_THERAPY,
                ProgramAudience.PATRONS));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(15));
        UUID session = programs.addSessions(admin, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10))
                .get(0);
        String slug = directory.organization(library.id()).slug();
        signIn(Objects.requireNonNull(admin.email()), Fixtures.PASSWORD);
        visit("/programs/settings");
        checkPage();
        type("keepRegistrationsDays", "400");
        submit("form[action$='/retention']");
        checkPage();
        assertThat(text()).contains("Enter a number of days from 1 to 365.");
        field("keepRegistrationsDays").clear();
        type("keepRegistrationsDays", "10");
        submit("form[action$='/retention']");
        checkPage();
        assertThat(text()).contains("The number of days is saved.");

        driver.manage().deleteAllCookies();
        visit("/p/" + slug + "/programs/sessions/" + session);
        checkPage();
        assertThat(text()).contains("delete them 10 days after it");
        type("name", "Pia Patron");
        type("email", "pia.patron@example.org");
        submit("form[action$='/registrations']");
        checkPage();
        assertThat(text()).contains("You are registered.");

        // the session took place; the hourly job emails Pia her feedback link
        Instant end = Instant.now().minus(Duration.ofHours(1));
        jdbc.sql("UPDATE program_session SET starts_at = ?, ends_at = ? WHERE id = ?")
                .params(Timestamp.from(end.minus(Duration.ofHours(1))), Timestamp.from(end), session).update();
        patronFeedbackTask.execute(null, null);
        String body = jdbc.sql("SELECT body_text FROM email_outbox WHERE recipient = 'pia.patron@example.org' AND org_id = ? AND subject LIKE 'How was%'")
                .param(library.id()).query(String.class).single();
        Matcher link = Pattern.compile("(/p/" + slug + "/programs/feedback/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        visit(link.group(1));
        checkPage();
        assertThat(text()).contains("How was the session?", "Your answer is anonymous");
        driver.findElement(By.id("rating-5")).click();
        type("comment", "The dog was so calm.");
        submit("form[action*='/programs/feedback/']");
        checkPage();
        assertThat(text()).contains("Thank you: your feedback is in.");
        visit(link.group(1));
        checkPage();
        assertThat(text()).contains("This feedback link has been used already.");
    }
}

package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

/**
 * A wellness lead moves a session that a colleague registered for (a wrong seat count first, kept
 * with its error), then deletes the program after reading what that does, and restores it from the
 * programs page. axe checks every page on the way.
 */
class ProgramChangesBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aLeadMovesASessionThenDeletesTheProgramAndRestoresIt() {
        Fixtures.Library library = fixtures.library("Browser Changes Library");
        CurrentUser lead = library.person("Lou Lead", Role.WELLNESS_LEAD);
        CurrentUser staff = library.person("Sam Staff");
        ZoneId zone = directory.organization(library.id()).zone();
        UUID program = programs.create(lead, ProgramDraft.of("Guided meditation", ProgramCategory.GUIDED_MEDITATION,
                ProgramAudience.STAFF));
        Instant start = ZonedDateTime.of(LocalDate.now(zone).plusDays(6), LocalTime.of(12, 0), zone).toInstant();
        UUID session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10))
                .get(0);
        programs.register(staff, session);
        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);

        visit("/programs/" + program);
        checkPage();
        driver.findElement(By.cssSelector("a[href='/programs/sessions/" + session + "/edit']")).click();
        checkPage();
        assertThat(text()).contains("Change this session", "One person holds a seat");
        LocalDate moved = LocalDate.now(zone).plusDays(8);
        set("date", moved.toString());
        set("startTime", "14:00");
        set("endTime", "15:00");
        type("capacity", "0");
        submit("main form");
        checkPage();
        assertThat(text()).contains("Please fix the following", "Seats have to be from 1 to 10,000");
        assertThat(field("capacity").getAttribute("value")).isEqualTo("0");
        assertThat(field("startTime").getAttribute("value")).isEqualTo("14:00");
        type("capacity", "12");
        submit("main form");
        checkPage();
        assertThat(text()).contains("The session is changed.", "11 of 12 seats left");

        driver.findElement(By.linkText("Delete this program")).click();
        checkPage();
        assertThat(text()).contains("Delete this program?", "Its one upcoming session will be cancelled.",
                "One person is registered or waiting, and will be told");
        submit("main form");
        checkPage();
        assertThat(text()).contains("\"Guided meditation\" was deleted.", "Recently deleted");
        driver.findElement(By.cssSelector("form[action='/programs/" + program + "/restore'] button")).click();
        checkPage();
        assertThat(text()).contains("The program is back.", "Guided meditation", "Cancelled");
    }

    @Test
    void aLeadGivesSessionsTheirOwnRoomAndOneSessionAnOnlineLink() {
        Fixtures.Library library = fixtures.library("Browser Place Library");
        CurrentUser lead = library.person("Lou Lead", Role.WELLNESS_LEAD);
        ZoneId zone = directory.organization(library.id()).zone();
        UUID program = programs.create(lead, new ProgramDraft("Poetry club", null, ProgramCategory.POETRY_CLUB,
                ProgramAudience.STAFF, false, null, null, null, "Teen room", null, null, null, null));
        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);

        visit("/programs/" + program);
        set("date", LocalDate.now(zone).plusDays(6).toString());
        set("startTime", "16:00");
        set("endTime", "17:00");
        assertThat(text()).contains("Leave empty to use the program's: Teen room");
        type("room", "Auditorium");
        submit("form[action='/programs/" + program + "/sessions']");
        checkPage();
        assertThat(text()).contains("In Auditorium this time");

        UUID session = programs.sessions(lead, program).get(0).id();
        driver.findElement(By.cssSelector("a[href='/programs/sessions/" + session + "/edit']")).click();
        checkPage();
        assertThat(field("room").getAttribute("value")).isEqualTo("Auditorium");
        type("room", "");
        type("onlineLink", "meet.example.org/poems");
        submit("main form");
        checkPage();
        assertThat(text()).contains("Please fix the following", "Please enter a web address starting with https://");
        assertThat(field("onlineLink").getAttribute("value")).isEqualTo("meet.example.org/poems");
        type("onlineLink", "https://meet.example.org/poems");
        submit("main form");
        checkPage();
        assertThat(text()).contains("The session is changed.", "Online this time: https://meet.example.org/poems")
                .doesNotContain("In Auditorium this time");
    }

    /** Date and time inputs take typed text in the browser's own format; set their value directly. */
    private void set(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field(id), value);
    }
}

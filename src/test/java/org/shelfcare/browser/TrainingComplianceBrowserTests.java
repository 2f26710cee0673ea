package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.Role;
import org.shelfcare.programs.ProgramAudience;
import org.shelfcare.programs.ProgramCategory;
import org.shelfcare.programs.ProgramDraft;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.SessionPlan;
import org.shelfcare.support.Fixtures;
import org.shelfcare.training.TrainingManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A wellness lead narrows the compliance view to one branch and the overdue, without JavaScript
 * tricks: the filters are a GET form, stay in the address and are kept in the form; a colleague who
 * also works at that branch is listed with it; the history table follows; a bad status in the
 * address is explained next to the field. A lead offers a training as a program, and a colleague
 * registers for its session from "My training".
 */
class TrainingComplianceBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired LibrarySettings settings;
    @Autowired TrainingManagement training;
    @Autowired JdbcClient jdbc;
    @Autowired ProgramsManagement programs;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aLeadFiltersTheComplianceViewByBranchAndStatus() {
        Fixtures.Library library = fixtures.library("Browser Compliance Library");
        CurrentUser admin = library.admin();
        CurrentUser lead = library.person("Wren Wellness", Role.WELLNESS_LEAD);
        String eastName = "East " + library.number();
        UUID main = settings.addUnit(admin, LibrarySettings.UnitKind.BRANCH, "Main " + library.number()).id();
        UUID east = settings.addUnit(admin, LibrarySettings.UnitKind.BRANCH, eastName).id();
        UUID circulation = settings.addUnit(admin, LibrarySettings.UnitKind.DEPARTMENT, "Circulation " + library.number()).id();
        CurrentUser clerk = person(admin, library, "Cora Clerk", main, circulation);
        jdbc.sql("INSERT INTO person_branch (person_id, branch_id) VALUES (?, ?)").params(clerk.personId(), east).update();
        CurrentUser shelver = person(admin, library, "Sol Shelver", east, circulation);
        CurrentUser clerkAtMain = person(admin, library, "Mo Main", main, circulation);
        UUID deEscalation = training.catalog(admin).stream().filter(i -> "DE_ESCALATION".equals(i.code())).findFirst()
                .orElseThrow().id();
        training.addRequirement(admin, deEscalation.toString(), "DEPARTMENT", circulation.toString(), "24");
        LocalDate today = LocalDate.now(admin.zone());
        training.record(clerk, deEscalation.toString(), today.minusMonths(30).toString(), null, null);
        training.record(shelver, deEscalation.toString(), today.minusMonths(2).toString(), null, null);
        training.record(clerkAtMain, deEscalation.toString(), today.minusMonths(26).toString(), null, null);

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/training/compliance");
        checkPage();
        assertThat(text()).contains("Completion by branch", "count under each of their branches", "Cora Clerk", "Mo Main");

        new Select(field("branch")).selectByVisibleText(eastName);
        new Select(field("status")).selectByVisibleText("Overdue");
        driver.findElement(By.xpath("//button[contains(., 'Show')]")).click();
        checkPage();
        assertThat(driver.getCurrentUrl()).contains("branch=" + east, "status=OVERDUE");
        assertThat(new Select(field("branch")).getFirstSelectedOption().getText()).isEqualTo(eastName);
        String people = driver.findElement(By.xpath("//table[caption[contains(., 'with the status')]]")).getText();
        assertThat(people).contains("Cora Clerk", "Also works at: " + eastName).doesNotContain("Mo Main", "Sol Shelver");
        String history = driver.findElement(By.xpath("//table[caption[contains(., 'end of each month')]]")).getText();
        assertThat(history).contains("1 of 2");
        assertThat(driver.findElement(By.partialLinkText("Download as CSV")).getAttribute("href"))
                .contains("/training/compliance.csv?branch=" + east, "status=OVERDUE");

        visit("/training/compliance?status=LATE");
        checkPage();
        assertThat(text()).contains("Choose a status: OVERDUE, NEVER_DONE, DUE_SOON or DONE.");
        driver.findElement(By.linkText("Clear the filters")).click();
        checkPage();
        assertThat(text()).contains("Overdue or not done yet", "Mo Main");
    }

    @Test
    void aColleagueSeesTheSessionsOfATrainingOfferedAsAProgramAndRegisters() {
        Fixtures.Library library = fixtures.library("Browser Training Programs Library");
        CurrentUser lead = library.person("Lane Lead", Role.WELLNESS_LEAD);
        CurrentUser staff = library.person("Tao Trainee");
        UUID program = programs.create(lead, ProgramDraft.of("Trauma-informed practice workshop", ProgramCategory.WORKSHOP,
                ProgramAudience.STAFF));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(4)).plus(Duration.ofHours(15));
        programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(2)), 10));

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/training/catalog");
        checkPage();
        driver.findElement(By.xpath("//tr[th[contains(., 'Trauma-informed practice')]]//a[contains(., 'Edit')]")).click();
        checkPage();
        new Select(field("programId")).selectByVisibleText("Trauma-informed practice workshop");
        driver.findElement(By.xpath("//button[contains(., 'Save')]")).click();
        checkPage();
        assertThat(text()).contains("Offered as: Trauma-informed practice workshop");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(staff.email()), Fixtures.PASSWORD);
        visit("/training");
        checkPage();
        assertThat(driver.findElement(By.id("sessions")).getText()).isEqualTo("Sessions you can join");
        driver.findElement(By.xpath("//section//button[contains(., 'Register')]")).click();
        checkPage();
        visit("/training");
        checkPage();
        assertThat(text()).contains("You are registered");
    }

    private CurrentUser person(CurrentUser admin, Fixtures.Library library, String name, UUID branch, UUID department) {
        Invitation invitation = directory.invite(admin, new NewPerson(name, name.toLowerCase(Locale.ROOT).replace(' ', '.')
                + library.number() + "@browser-compliance.example", null, List.of(), branch, department, null, null));
        directory.acceptInvitation(invitation.token(), Fixtures.PASSWORD);
        return directory.currentUser(invitation.personId()).orElseThrow();
    }
}

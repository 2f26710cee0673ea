package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A wellness lead records the emergency drill for everyone at a branch: the form, the list of who
 * it goes to, then the save; a staff member at that branch finds it verified on "My training",
 * with the lead named as the one who recorded it.
 */
class TrainingRecordsBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired LibrarySettings settings;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aLeadRecordsADrillForABranchAfterSeeingWhoItGoesTo() {
        Fixtures.Library library = fixtures.library("Browser Records Library");
        CurrentUser lead = library.person("Rhea Recorder", Role.WELLNESS_LEAD);
        String branchName = "Northside " + library.number();
        UUID branch = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, branchName).id();
        CurrentUser first = atBranch(library, "Noor North", branch);
        CurrentUser second = atBranch(library, "Nils North", branch);

        signIn(Objects.requireNonNull(lead.email()), Fixtures.PASSWORD);
        visit("/training");
        checkPage();
        driver.findElement(By.linkText("Record a training for others")).click();
        checkPage();
        new Select(field("itemId")).selectByVisibleText("Emergency drills");
        new Select(field("branchId")).selectByVisibleText(branchName);
        type("note", "Evacuation drill, all floors");
        driver.findElement(By.xpath("//button[contains(., 'See who it will go to')]")).click();
        checkPage();
        assertThat(driver.findElement(By.id("preview-people")).getText()).contains(first.name(), second.name())
                .doesNotContain(lead.name());
        assertThat(text()).contains("Check before saving", "Evacuation drill, all floors");
        driver.findElement(By.xpath("//button[contains(., 'Save for 2 people')]")).click();
        checkPage();
        assertThat(text()).contains("Recorded for 2 people.");
        driver.manage().deleteAllCookies();

        signIn(Objects.requireNonNull(first.email()), Fixtures.PASSWORD);
        visit("/training");
        checkPage();
        assertThat(text()).contains("Emergency drills", "Verified", "Recorded by " + lead.name());
    }

    private CurrentUser atBranch(Fixtures.Library library, String name, UUID branch) {
        Invitation invitation = directory.invite(library.admin(), new NewPerson(name, name.toLowerCase(Locale.ROOT)
                .replace(' ', '.') + library.number() + "@records.example", null, List.of(), branch, null, null, null));
        directory.acceptInvitation(invitation.token(), Fixtures.PASSWORD);
        return directory.currentUser(invitation.personId()).orElseThrow();
    }
}

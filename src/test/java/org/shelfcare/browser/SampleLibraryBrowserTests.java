package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SampleLibrary;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Exploring the sample library before setup, its settings page, and the operator's pages, in a real browser. */
class SampleLibraryBrowserTests extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired DirectoryManagement directory;
    @Autowired SampleLibrary sample;
    @Autowired Fixtures fixtures;

    @AfterEach
    void cleanUp() {
        driver.manage().deleteAllCookies();
        if (!directory.isSetUp()) {
            jdbc.sql("INSERT INTO instance_setup (id, done_at) VALUES (1, CURRENT_TIMESTAMP)").update();
        }
    }

    @Test
    void aVisitorExploresTheSampleSignsInAsItsDirectorAndDeletesIt() {
        CurrentUser operator = operator();
        sample.current().ifPresent(leftOver -> sample.delete(operator));
        jdbc.sql("DELETE FROM instance_setup").update();

        visit("/setup");
        driver.findElement(By.cssSelector("main form[action='/sample-library'] button")).click();
        checkPage();
        assertThat(driver.getCurrentUrl()).endsWith("/sample-library");
        String password = field("sample-password").getAttribute("value");
        assertThat(text()).contains("margaret.chen@maplevalley.example").contains("mv.ewalsh");

        signIn("margaret.chen@maplevalley.example", password);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Margaret Chen");
        assertThat(text()).contains("This is a sample library for exploring ShelfCare");

        visit("/admin/settings");
        type("terms/en/wellnessCommittee", "Belonging Committee");
        submit("main form[action='/admin/settings']");
        checkPage();
        assertThat(text()).contains("Settings saved.").contains("For example: the Belonging Committee plans programs");

        visit("/admin/settings/branches/" + directory.branches(sample.current().orElseThrow().organizationId()).get(0).id()
                + "/remove");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Remove the branch");

        visit("/sample-library/delete");
        submit("main form[action='/sample-library/delete']");
        checkPage();
        assertThat(sample.current()).isEmpty();
        assertThat(text()).doesNotContain("This is a sample library");
    }

    @Test
    void theOperatorsPagesWork() {
        CurrentUser operator = operator();
        fixtures.library("Browser Operated Library");

        signIn(operator.email(), Fixtures.PASSWORD);
        visit("/operator/organizations");
        assertThat(text()).contains("Libraries on this instance").contains("Browser Operated Library");
        type("name", "Harbor Town Library");
        type("adminName", "Hana Harbor");
        type("adminEmail", "hana" + System.nanoTime() + "@harbor.example");
        submit("main form[action='/operator/organizations']");
        checkPage();
        assertThat(field("issued-url").getAttribute("value")).contains("/invitations/");

        driver.findElement(By.partialLinkText("New admin invitation for Harbor Town Library")).click();
        checkPage();
        driver.navigate().back();
        driver.findElement(By.partialLinkText("Deactivate Harbor Town Library")).click();
        checkPage();
        submit("main form");
        checkPage();
        assertThat(text()).contains("Harbor Town Library is deactivated.");
    }

    private CurrentUser operator() {
        Fixtures.Library home = fixtures.library("Browser Operator Home");
        return home.operator("Browser Operator");
    }
}

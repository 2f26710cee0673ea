package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.training.TrainingManagement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A staff member whose drill a supervisor verified adds the certificate from "My training": the
 * form says the training goes back to the leads, a text file is refused next to the field, and a
 * PDF is saved and listed.
 */
class CertificatePageBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired TrainingManagement training;

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aPersonAddsTheCertificateOfAVerifiedDrillFromMyTraining() throws Exception {
        Fixtures.Library library = fixtures.library("Browser Certificate Library");
        CurrentUser supervisor = library.person("Sid Supervisor", Role.SUPERVISOR);
        CurrentUser desk = library.reportOf(supervisor, "Della Desk");
        UUID drills = training.catalog(library.admin()).stream().filter(i -> "EMERGENCY_DRILLS".equals(i.code()))
                .findFirst().orElseThrow().id();
        UUID id = training.record(desk, drills.toString(), LocalDate.now(desk.zone()).minusDays(5).toString(), null,
                null).id();
        training.verify(supervisor, id);
        Path text = Files.createTempFile("not-a-certificate", ".pdf");
        Files.writeString(text, "just some text", StandardCharsets.UTF_8);
        Path pdf = Files.createTempFile("drill-certificate", ".pdf");
        Files.write(pdf, "%PDF-1.4 drill certificate".getBytes(StandardCharsets.US_ASCII));

        try {
            signIn(Objects.requireNonNull(desk.email()), Fixtures.PASSWORD);
            visit("/training");
            checkPage();
            driver.findElement(By.partialLinkText("Add certificate")).click();
            checkPage();
            assertThat(text()).contains("Add a certificate", "Emergency drills",
                    "A lead already verified this training. With a new certificate it goes back to the leads");

            field("certificate").sendKeys(text.toAbsolutePath().toString());
            driver.findElement(By.xpath("//button[contains(., 'Add the certificate')]")).click();
            checkPage();
            assertThat(field("certificate-help").getText()).isEqualTo("The certificate must be a PDF, PNG or JPEG file.");
            assertThat(field("certificate").getAttribute("aria-invalid")).isEqualTo("true");

            field("certificate").sendKeys(pdf.toAbsolutePath().toString());
            driver.findElement(By.xpath("//button[contains(., 'Add the certificate')]")).click();
            checkPage();
            assertThat(text()).contains("The certificate is saved. The training went back to the leads to check.",
                    pdf.getFileName().toString(), "Replace certificate", "Waiting for a lead");
        } finally {
            Files.deleteIfExists(text);
            Files.deleteIfExists(pdf);
        }
    }
}

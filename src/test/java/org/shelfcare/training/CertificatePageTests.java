package org.shelfcare.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A certificate added or replaced on the page, from "My training": the same file rules as the API
 * (type from the first bytes, 2 MB), errors next to the field in the person's language, a verified
 * or rejected completion going back to the leads (the form says so first), and nobody else's.
 */
@IntegrationTest
class CertificatePageTests {

    private static final byte[] PDF = "%PDF-1.4 first aid".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TrainingManagement training;

    CurrentUser supervisor;
    CurrentUser desk;
    CurrentUser colleague;
    CurrentUser outsider;
    UUID drills;

    @BeforeEach
    void library() {
        Fixtures.Library library = fixtures.library("Certificate Page Library");
        supervisor = library.person("Cy Supervisor", Role.SUPERVISOR);
        desk = library.reportOf(supervisor, "Dora Desk");
        colleague = library.person("Cole Colleague");
        outsider = fixtures.library("Other Certificate Library").admin();
        drills = training.catalog(library.admin()).stream().filter(i -> "EMERGENCY_DRILLS".equals(i.code()))
                .findFirst().orElseThrow().id();
    }

    @Test
    void aPersonAddsACertificateFromMyTrainingAndThenReplacesIt() throws Exception {
        UUID id = completion(null);
        String home = page(desk, "/training", 200);
        String form = "/training/completions/" + id + "/certificate/upload";
        assertThat(home).contains("href=\"" + form + "\"", "Add certificate");

        String page = page(desk, form, 200);
        assertThat(page).contains("Add a certificate", "Emergency drills", "enctype=\"multipart/form-data\"",
                "A PDF, PNG or JPEG file of at most 2 MB.").doesNotContain("goes back to the leads");

        MvcResult added = upload(desk, id, "drill.pdf", PDF, null);
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/training#completions");
        assertThat(added.getFlashMap().values()).containsExactly("The certificate is saved.");
        Completion saved = training.completion(desk, id);
        assertThat(saved.certificateName()).isEqualTo("drill.pdf");
        assertThat(saved.status()).isEqualTo(CompletionStatus.PENDING);

        assertThat(page(desk, "/training", 200)).contains("drill.pdf", "Replace certificate");
        assertThat(page(desk, form, 200)).contains("Replace the certificate", "Current certificate:", "drill.pdf");
        upload(desk, id, "drill-signed.png", PNG, null);
        assertThat(training.completion(desk, id).certificateName()).isEqualTo("drill-signed.png");
        MockHttpServletResponse file = mvc.perform(MockMvcRequestBuilders.get("/training/completions/" + id + "/certificate")
                .with(Fixtures.as(desk))).andReturn().getResponse();
        assertThat(file.getContentType()).isEqualTo("image/png");
        assertThat(file.getContentAsByteArray()).isEqualTo(PNG);
    }

    @Test
    void aWrongOrMissingOrTooLargeFileIsAnErrorNextToTheFieldInThePersonsLanguage() throws Exception {
        UUID id = completion(PDF);

        MockHttpServletResponse wrong = upload(desk, id, "cert.pdf",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), null).getResponse();
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("Please fix the following",
                "<small id=\"certificate-help\" class=\"field-error\">The certificate must be a PDF, PNG or JPEG file.</small>");

        MockHttpServletResponse spanish = upload(desk, id, "cert.pdf", "GIF89a".getBytes(StandardCharsets.US_ASCII), "es")
                .getResponse();
        assertThat(spanish.getContentAsString()).contains("El certificado debe ser un archivo PDF, PNG o JPEG.",
                "Reemplazar el certificado");

        MockHttpServletResponse none = mvc.perform(MockMvcRequestBuilders.multipart("/training/completions/" + id
                + "/certificate/upload").with(Fixtures.as(desk)).with(csrf())).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(200);
        assertThat(none.getContentAsString()).contains("Choose a PDF, PNG or JPEG file.");

        byte[] large = new byte[TrainingManagement.CERTIFICATE_MAX_BYTES + 1];
        large[0] = (byte) 0xFF; large[1] = (byte) 0xD8; large[2] = (byte) 0xFF;
        MockHttpServletResponse tooLarge = upload(desk, id, "big.jpg", large, null).getResponse();
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentAsString()).contains("The certificate is too large: at most 2 MB.",
                "Replace the certificate");

        assertThat(training.completion(desk, id).certificateName()).isEqualTo("first-aid.pdf");
    }

    @Test
    void replacingTheCertificateOfAVerifiedOrRejectedTrainingSendsItBackToTheLeadsAsTheFormSays() throws Exception {
        UUID verified = completion(PDF);
        training.verify(supervisor, verified);
        String form = "/training/completions/" + verified + "/certificate/upload";
        assertThat(page(desk, form, 200)).contains("Verified",
                "A lead already verified this training. With a new certificate it goes back to the leads to check again");
        MvcResult replaced = upload(desk, verified, "again.pdf", PDF, null);
        assertThat(replaced.getFlashMap().values())
                .containsExactly("The certificate is saved. The training went back to the leads to check.");
        assertThat(training.completion(desk, verified).status()).isEqualTo(CompletionStatus.PENDING);
        assertThat(training.pending(supervisor)).extracting(Completion::id).contains(verified);
        assertThat(page(desk, form, 200)).doesNotContain("goes back to the leads");

        UUID rejected = completion(null);
        training.reject(supervisor, rejected, "No proof of attendance.");
        assertThat(page(desk, "/training/completions/" + rejected + "/certificate/upload", 200))
                .contains("A lead did not accept this training.");
        upload(desk, rejected, "attendance.pdf", PDF, null);
        Completion back = training.completion(desk, rejected);
        assertThat(back.status()).isEqualTo(CompletionStatus.PENDING);
        assertThat(back.rejectReason()).isNull();
    }

    @Test
    void onlyThePersonWhoseCompletionItIsUsesThePage() throws Exception {
        UUID id = completion(PDF);
        String form = "/training/completions/" + id + "/certificate/upload";
        // the supervisor may see the completion in the review, but this page is the person's own
        for (CurrentUser other : new CurrentUser[] {supervisor, colleague, outsider}) {
            page(other, form, 404);
            assertThat(upload(other, id, "other.pdf", PDF, null).getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(training.completion(desk, id).certificateName()).isEqualTo("first-aid.pdf");
        assertThat(page(colleague, "/training", 200)).doesNotContain(form);
    }

    /** Dora's completion of the emergency drill a week ago, with or without a certificate. */
    private UUID completion(byte @Nullable [] certificate) {
        return training.record(desk, drills.toString(), LocalDate.now(desk.zone()).minusDays(7).toString(), null,
                certificate == null ? null : new TrainingManagement.Certificate("first-aid.pdf", "application/pdf",
                        certificate)).id();
    }

    private MvcResult upload(CurrentUser person, UUID id, String filename, byte[] bytes, @Nullable String language)
            throws Exception {
        var request = MockMvcRequestBuilders.multipart("/training/completions/" + id
                        + "/certificate/upload")
                .file(new MockMultipartFile("certificate", filename, "application/pdf", bytes))
                .with(Fixtures.as(person)).with(csrf());
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return mvc.perform(request).andReturn();
    }

    private String page(CurrentUser person, String path, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        return response.getContentAsString();
    }
}

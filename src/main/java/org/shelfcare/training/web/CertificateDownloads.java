package org.shelfcare.training.web;

import java.nio.charset.StandardCharsets;
import org.shelfcare.training.TrainingManagement;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * A certificate as a download, the same on the page and in the API: an attachment of the type
 * read from its bytes when it was stored, never sniffed by the browser, never cached.
 */
final class CertificateDownloads {

    private CertificateDownloads() {}

    static ResponseEntity<byte[]> of(TrainingManagement.Certificate certificate) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(certificate.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(certificate.filename(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(certificate.bytes());
    }

    /** An uploaded file as the training module checks it (its type is read from its bytes there). */
    static TrainingManagement.@org.jspecify.annotations.Nullable Certificate upload(
            @org.jspecify.annotations.Nullable MultipartFile file) throws java.io.IOException {
        return file == null || file.isEmpty() ? null : new TrainingManagement.Certificate(
                String.valueOf(file.getOriginalFilename()), String.valueOf(file.getContentType()), file.getBytes());
    }
}

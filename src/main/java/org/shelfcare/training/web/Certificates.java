package org.shelfcare.training.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.shelfcare.training.TrainingManagement;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Certificates on the web, the same on the page and in the API: an upload handed to the training
 * module as it came (the module checks it), and a download as an attachment of the type
 * read from its bytes when it was stored, never sniffed by the browser, never cached.
 */
final class Certificates {

    private Certificates() {}

    static ResponseEntity<byte[]> download(TrainingManagement.Certificate certificate) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(certificate.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(certificate.filename(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(certificate.bytes());
    }

    /** An uploaded file as the training module checks it (its type is read from its bytes there). */
    static TrainingManagement.@Nullable Certificate upload(@Nullable MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : new TrainingManagement.Certificate(
                String.valueOf(file.getOriginalFilename()), String.valueOf(file.getContentType()), file.getBytes());
    }
}

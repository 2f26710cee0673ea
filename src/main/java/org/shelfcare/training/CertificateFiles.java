package org.shelfcare.training;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;

/**
 * The one check of a certificate file, for the page and the API alike: PDF, PNG or JPEG as its
 * first bytes say, whatever the browser claimed, at most {@link TrainingManagement#CERTIFICATE_MAX_BYTES}
 * (larger answers 413), with a file name that is safe to hand back in a download.
 */
final class CertificateFiles {

    /** A file that passed: its safe name, the type read from its bytes, and the bytes. */
    record Accepted(String filename, String contentType, byte[] bytes) {}

    private CertificateFiles() {}

    /**
     * The accepted file, or null when there is none or its type is wrong (then a field error on
     * {@code certificate} is added). A file that is too large answers 413 at once.
     */
    static @Nullable Accepted check(TrainingManagement.@Nullable Certificate certificate,
            List<InvalidInput.FieldError> errors) {
        if (certificate == null) {
            return null;
        }
        if (certificate.bytes().length > TrainingManagement.CERTIFICATE_MAX_BYTES) {
            throw Problems.of(HttpStatus.CONTENT_TOO_LARGE, "training.completion.tooLarge",
                    TrainingManagement.CERTIFICATE_MAX_BYTES / (1024 * 1024));
        }
        String type = type(certificate.bytes());
        if (type == null) {
            errors.add(new InvalidInput.FieldError("certificate", "training.completion.fileType", new Object[0]));
            return null;
        }
        return new Accepted(safeName(certificate.filename(), type), type, certificate.bytes());
    }

    /** The file type from its first bytes, whatever the browser said: PDF, PNG or JPEG, else null. */
    static @Nullable String type(byte[] bytes) {
        if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (starts(bytes, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String safeName(@Nullable String name, String type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        if (base.isEmpty() || base.startsWith(".")) {
            base = "certificate" + extension;
        }
        return base.length() > 100 ? base.substring(0, 100) : base;
    }
}

package org.shelfcare.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the master key at start-up: given as base64 (SHELFCARE_PRIVACY_MASTER_KEY), or in a file
 * (SHELFCARE_PRIVACY_MASTER_KEY_FILE). Only on the embedded H2 database is one generated when
 * neither is set; any other database refuses to start without one, because a key kept beside the
 * database it protects protects nothing.
 */
final class MasterKeyLoader {

    static final String ENV_KEY = "SHELFCARE_PRIVACY_MASTER_KEY";
    static final String ENV_FILE = "SHELFCARE_PRIVACY_MASTER_KEY_FILE";
    static final String GENERATED_FILE = "master.key";

    private static final Logger log = LoggerFactory.getLogger(MasterKeyLoader.class);

    private MasterKeyLoader() {}

    /**
     * @param datasourceUrl the JDBC URL of the application's database
     * @throws MasterKeyUnavailable when no usable key is configured; the message says what to set
     */
    static MasterKey load(String masterKey, String masterKeyFile, String datasourceUrl, Path keyDirectory) {
        if (!masterKey.isBlank() && !masterKeyFile.isBlank()) {
            throw new MasterKeyUnavailable("Set either " + ENV_KEY + " or " + ENV_FILE + ", not both.");
        }
        if (!masterKey.isBlank()) {
            return decode(masterKey, ENV_KEY);
        }
        if (!masterKeyFile.isBlank()) {
            return read(Path.of(masterKeyFile), ENV_FILE);
        }
        if (!isEmbeddedH2(datasourceUrl)) {
            throw new MasterKeyUnavailable("ShelfCare will not start without a privacy master key on this database ("
                    + scheme(datasourceUrl) + "). Set " + ENV_KEY + " to the base64 of 32 random bytes (for example the"
                    + " output of `openssl rand -base64 32`), or " + ENV_FILE + " to a file holding it. Keep it safe"
                    + " and apart from database backups: without it, sealed text cannot be read.");
        }
        return generatedOrExisting(keyDirectory);
    }

    /** Embedded H2 only: in-memory or file, not an H2 server that others share. */
    static boolean isEmbeddedH2(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
    }

    private static String scheme(String url) {
        String[] parts = url.split(":", 3);
        return parts.length >= 2 ? parts[0] + ":" + parts[1] : "unknown";
    }

    private static MasterKey decode(String base64, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new MasterKeyUnavailable("The privacy master key (" + source + ") is not valid base64. Set "
                    + ENV_KEY + " to the base64 of exactly 32 random bytes.");
        }
        if (raw.length != MasterKey.LENGTH) {
            throw new MasterKeyUnavailable("The privacy master key (" + source + ") must be exactly 32 bytes; it has "
                    + raw.length + ". Set " + ENV_KEY + " to the base64 of exactly 32 random bytes.");
        }
        return MasterKey.of(raw);
    }

    private static MasterKey read(Path file, String source) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII), source + " " + file);
        } catch (IOException unreadable) {
            throw new MasterKeyUnavailable("The privacy master key file " + file + " (" + source
                    + ") cannot be read: " + unreadable.getMessage());
        }
    }

    private static MasterKey generatedOrExisting(Path directory) {
        Path file = directory.resolve(GENERATED_FILE);
        if (Files.exists(file)) {
            MasterKey key = read(file, "generated key");
            log.info("Privacy master key {} read from {}", key.id(), file.toAbsolutePath());
            return key;
        }
        byte[] raw = new byte[MasterKey.LENGTH];
        new SecureRandom().nextBytes(raw);
        try {
            createOwnerOnly(directory, file, Base64.getEncoder().encodeToString(raw) + "\n");
        } catch (FileAlreadyExistsException anotherStartWon) {
            return read(file, "generated key");
        } catch (IOException failed) {
            throw new MasterKeyUnavailable("Could not write a privacy master key to " + file.toAbsolutePath()
                    + ": " + failed.getMessage() + ". Set " + ENV_KEY + " instead.");
        }
        MasterKey key = MasterKey.of(raw);
        log.warn("Generated privacy master key {} in {}. Back this file up separately from the database: without it,"
                + " every sealed text (journals, notes) is lost, and anyone holding both can read them. For PostgreSQL,"
                + " set {} instead.", key.id(), file.toAbsolutePath(), ENV_KEY);
        return key;
    }

    private static void createOwnerOnly(Path directory, Path file, String content) throws IOException {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createDirectories(directory);
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }
}

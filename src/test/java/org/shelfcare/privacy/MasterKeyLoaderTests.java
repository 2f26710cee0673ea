package org.shelfcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** Where the master key comes from, and when ShelfCare refuses to start without one. */
class MasterKeyLoaderTests {

    static final String POSTGRES = "jdbc:postgresql://db.example:5432/shelfcare";
    static final String H2_FILE = "jdbc:h2:file:./data/shelfcare;MODE=PostgreSQL";

    @TempDir Path temp;

    @Test
    void refusesToStartOnPostgresqlWithoutAKey() {
        assertThatThrownBy(() -> MasterKeyLoader.load("", "", POSTGRES, temp.resolve("keys")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SHELFCARE_PRIVACY_MASTER_KEY")
                .hasMessageContaining("jdbc:postgresql")
                .hasMessageNotContaining("db.example");
        assertThat(temp.resolve("keys")).doesNotExist();
    }

    @Test
    void theStartUpFailureReportNamesTheVariableToSet() {
        // the analyzers that need Spring's context to be built are left out here
        FailureAnalyzer analyzer = SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(FailureAnalyzer.class, (type, name, failure) -> {}).stream().filter(MasterKeyFailureAnalyzer.class::isInstance).findFirst().orElseThrow();
        Throwable failure = catchThrowable(() -> MasterKeyLoader.load("", "", POSTGRES, temp));
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("context failed", failure));
        assertThat(analysis.getDescription()).contains("SHELFCARE_PRIVACY_MASTER_KEY");
        assertThat(analysis.getAction()).contains("SHELFCARE_PRIVACY_MASTER_KEY");
    }

    @Test
    void refusesOnAnH2ServerThatOthersShare() {
        assertThatThrownBy(() -> MasterKeyLoader.load("", "", "jdbc:h2:tcp://db.example/shelfcare", temp))
                .hasMessageContaining("SHELFCARE_PRIVACY_MASTER_KEY");
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> MasterKeyLoader.load(shortKey, "", POSTGRES, temp))
                .hasMessageContaining("exactly 32 bytes").hasMessageContaining("has 16")
                .hasMessageContaining("SHELFCARE_PRIVACY_MASTER_KEY");
        assertThatThrownBy(() -> MasterKeyLoader.load("not base64 at all!", "", H2_FILE, temp))
                .hasMessageContaining("not valid base64");
    }

    @Test
    void refusesBothAKeyAndAKeyFile() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> MasterKeyLoader.load(key, "/some/file", POSTGRES, temp))
                .hasMessageContaining("not both");
    }

    @Test
    void takesTheKeyFromTheEnvironmentAndItsIdFromItsHash() throws Exception {
        byte[] raw = new byte[32];
        raw[0] = 7;
        MasterKey key = MasterKeyLoader.load(Base64.getEncoder().encodeToString(raw), "", POSTGRES, temp);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw);
        assertThat(key.id()).hasSize(16).isEqualTo(HexFormat.of().formatHex(hash).substring(0, 16));
        assertThat(key.key().getEncoded()).isEqualTo(raw);
        assertThat(key.toString()).doesNotContain(Base64.getEncoder().encodeToString(raw));
    }

    @Test
    void takesTheKeyFromAFile() throws Exception {
        byte[] raw = new byte[32];
        raw[31] = 9;
        Path file = temp.resolve("key.txt");
        Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n");
        assertThat(MasterKeyLoader.load("", file.toString(), POSTGRES, temp).id()).isEqualTo(MasterKey.idOf(raw));
        assertThatThrownBy(() -> MasterKeyLoader.load("", temp.resolve("missing").toString(), POSTGRES, temp))
                .hasMessageContaining("cannot be read");
    }

    @Test
    void generatesAnOwnerOnlyKeyOnlyForEmbeddedH2AndKeepsUsingIt() throws Exception {
        Path directory = temp.resolve("data").resolve("keys");
        MasterKey generated = MasterKeyLoader.load("", "", H2_FILE, directory);
        Path file = directory.resolve(MasterKeyLoader.GENERATED_FILE);
        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assumeThat(file.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");

        MasterKey again = MasterKeyLoader.load("", "", "jdbc:h2:mem:other", directory);
        assertThat(again.id()).isEqualTo(generated.id());
    }
}

package org.shelfcare.privacy;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param masterKey base64 of the 32-byte master key (SHELFCARE_PRIVACY_MASTER_KEY)
 * @param masterKeyFile a file holding that base64 text instead (SHELFCARE_PRIVACY_MASTER_KEY_FILE)
 * @param keyDirectory where a key is generated on the embedded H2 database when none is given
 * @param previousMasterKeys earlier master keys (base64), kept after a rotation until every data
 *     key has been rewrapped by the current one at start-up
 */
@ConfigurationProperties("shelfcare.privacy")
record PrivacySettings(@DefaultValue("") String masterKey, @DefaultValue("") String masterKeyFile,
        @DefaultValue("./data/keys") Path keyDirectory, @DefaultValue List<String> previousMasterKeys) {}

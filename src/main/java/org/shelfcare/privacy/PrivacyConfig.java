package org.shelfcare.privacy;

import java.util.Base64;
import org.shelfcare.web.NavigationItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacySettings.class)
class PrivacyConfig {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfig.class);

    /** Fails the start-up, with a message naming SHELFCARE_PRIVACY_MASTER_KEY, when no usable key is set. */
    @Bean
    MasterKeys masterKeys(PrivacySettings settings, @Value("${spring.datasource.url:}") String datasourceUrl) {
        MasterKey current = MasterKeyLoader.load(settings.masterKey(), settings.masterKeyFile(), datasourceUrl,
                settings.keyDirectory());
        return new MasterKeys(current, settings.previousMasterKeys().stream().filter(k -> !k.isBlank())
                .map(k -> {
                    try {
                        return MasterKey.of(Base64.getDecoder().decode(k.strip()));
                    } catch (IllegalArgumentException bad) {
                        throw new MasterKeyUnavailable("shelfcare.privacy.previous-master-keys holds a value that is"
                                + " not the base64 of 32 bytes.");
                    }
                }).toList());
    }

    /** Admins find the audit log on the home page and in the navigation; it cannot be switched off. */
    @Bean
    NavigationItem auditLogNavigation() {
        return new NavigationItem(null, "privacy.audit.nav", "privacy.audit.navDescription", "/admin/audit", "ADMIN", 900);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rewrapAfterRotation(ApplicationReadyEvent ready) {
        int rewrapped = ready.getApplicationContext().getBean(SealedText.class).rewrapUnderCurrentMasterKey();
        if (rewrapped > 0) {
            log.info("Rewrapped {} data key(s) under the current privacy master key", rewrapped);
        }
    }
}

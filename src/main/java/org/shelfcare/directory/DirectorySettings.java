package org.shelfcare.directory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidity how long an invitation link works
 * @param passwordResetValidity how long a password reset link works
 */
@ConfigurationProperties("shelfcare.directory")
record DirectorySettings(@DefaultValue("14d") Duration invitationValidity, @DefaultValue("2h") Duration passwordResetValidity) {}

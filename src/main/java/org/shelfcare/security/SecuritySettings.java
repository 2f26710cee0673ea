package org.shelfcare.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedSignIns failed sign-ins in a row before the account pauses
 * @param lockout how long the pause lasts
 * @param publicFormsPerMinute requests a minute one address may make to sign-in, setup and link forms
 * @param feedsPerMinute reads a minute one address may make of secret calendar feed addresses (and, counted
 *        apart, of the answer links in safety alert emails)
 */
@ConfigurationProperties("shelfcare.security")
record SecuritySettings(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockout,
        @DefaultValue("20") int publicFormsPerMinute, @DefaultValue("60") int feedsPerMinute) {}

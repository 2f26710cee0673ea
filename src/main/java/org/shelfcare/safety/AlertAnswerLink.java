package org.shelfcare.safety;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an answer link from an alert's email opens, without signing in: the alert and the answer
 * given so far. It works until {@code expiresAt}, 24 hours after the alert went out.
 */
public record AlertAnswerLink(String headline, String message, boolean drill, boolean allClear,
        @Nullable AlertStatus status, Instant expiresAt, Locale locale, ZoneId zone) {}

package org.shelfcare.directory;

import java.util.Locale;
import java.util.UUID;

/** Someone asked to reset the password of an account that has an email address. */
public record PasswordResetRequested(UUID organizationId, UUID personId, String name, String email, String resetUrl,
        Locale locale) {}

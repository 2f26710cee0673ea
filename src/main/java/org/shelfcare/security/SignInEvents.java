package org.shelfcare.security;

import java.time.Instant;
import java.util.UUID;
import org.shelfcare.directory.DirectoryManagement;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins and pauses an account after too many in a row. */
@Component
class SignInEvents {

    private final DirectoryManagement directory;
    private final SecuritySettings settings;

    SignInEvents(DirectoryManagement directory, SecuritySettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        directory.recordFailedSignIn(String.valueOf(event.getAuthentication().getPrincipal()),
                settings.maxFailedSignIns(), Instant.now().plus(settings.lockout()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        try {
            directory.recordSuccessfulSignIn(UUID.fromString(event.getAuthentication().getName()));
        } catch (IllegalArgumentException notAPerson) {
            // only people sign in with a password
        }
    }
}

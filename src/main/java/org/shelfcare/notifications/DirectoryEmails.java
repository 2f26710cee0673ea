package org.shelfcare.notifications;

import java.time.Instant;
import org.shelfcare.directory.PasswordResetRequested;
import org.shelfcare.directory.PersonInvited;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the directory's emails: invitations (to people who have an address) and password reset
 * links. They go out at once, whatever the quiet hours: the person is waiting for them.
 */
@Component
class DirectoryEmails {

    private final EmailOutbox outbox;
    private final Emails emails;

    DirectoryEmails(EmailOutbox outbox, Emails emails) {
        this.outbox = outbox;
        this.emails = emails;
    }

    @ApplicationModuleListener
    void on(PersonInvited event) {
        if (event.email() != null) {
            outbox.enqueue(event.organizationId(), event.email(), emails.invitation(event), Instant.now());
        }
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        outbox.enqueue(event.organizationId(), event.email(), emails.passwordReset(event), Instant.now());
    }
}

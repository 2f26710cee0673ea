package org.shelfcare.notifications;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something to tell people, handed to {@link NotificationManagement#notify(Notice)}. Texts are
 * message keys with arguments, so each recipient reads them in their own language; arguments are
 * shown as text (markup in a name is never interpreted, in the app or in an email).
 *
 * @param organizationId the library; recipients of another library are skipped
 * @param recipients the people to tell
 * @param type the kind of notification, e.g. {@code timeoff.approved}; people choose per kind
 *        whether they get it in the app and by email
 * @param messageKey the in-app text's message key
 * @param args its arguments
 * @param link a path inside ShelfCare to open, e.g. {@code /timeoff/requests/...}, or null
 * @param email the email to send as well, or null for in-app only
 * @param bypassQuietHours only safety alerts set it: they reach everyone at once, whatever their
 *        quiet hours and preferences
 */
public record Notice(UUID organizationId, Set<UUID> recipients, String type, String messageKey, List<String> args,
        @Nullable String link, @Nullable Email email, boolean bypassQuietHours) {

    public Notice {
        recipients = Set.copyOf(recipients);
        args = List.copyOf(args);
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            throw new IllegalArgumentException("a notice links to a path inside ShelfCare, such as /timeoff");
        }
    }

    /** An in-app notification without email. */
    public static Notice inApp(UUID organizationId, Set<UUID> recipients, String type, String messageKey,
            List<String> args, @Nullable String link) {
        return new Notice(organizationId, recipients, type, messageKey, args, link, null, false);
    }

    /** The same notice, also sent by email. */
    public Notice withEmail(String subjectKey, String bodyKey, List<String> emailArgs) {
        return new Notice(organizationId, recipients, type, messageKey, args, link,
                new Email(subjectKey, bodyKey, emailArgs), bypassQuietHours);
    }

    /**
     * The email part of a notice: subject and body as message keys with arguments. The body is
     * plain text; the HTML version shows it escaped, with the notice's link as a button.
     */
    public record Email(String subjectKey, String bodyKey, List<String> args) {

        public Email {
            args = List.copyOf(args);
        }
    }
}

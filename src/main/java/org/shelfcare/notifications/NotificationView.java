package org.shelfcare.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One notification in a person's notification center; its text is a message key and arguments. */
public record NotificationView(UUID id, String type, String messageKey, List<String> args, @Nullable String link,
        Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}

package org.shelfcare.notifications;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.web.HeaderBadge;
import org.shelfcare.web.SignedIn;
import org.springframework.stereotype.Component;

/** The "Notifications" link in the header, with the signed-in person's unread count. */
@Component
class UnreadBadge implements HeaderBadge {

    static final String ELEMENT_ID = "notifications-unread";

    private final DirectoryManagement directory;
    private final NotificationManagement notifications;

    UnreadBadge(DirectoryManagement directory, NotificationManagement notifications) {
        this.directory = directory;
        this.notifications = notifications;
    }

    @Override
    public Optional<Badge> badge(HttpServletRequest request) {
        return SignedIn.personId().flatMap(directory::currentUser).map(person -> new Badge(
                NotificationManagement.CENTER_PATH, "notifications.title", "notifications.unreadCount", ELEMENT_ID, notifications.unreadCount(person)));
    }
}

package org.shelfcare.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How every module tells people something: {@link #notify(Notice)} stores the in-app notification
 * and queues the email, each as the recipient's preferences allow; during their quiet hours the
 * email waits until the quiet time ends and the in-app notification arrives silently. Also the
 * notification center and preferences of the signed-in person.
 */
@Service
@Transactional
public class NotificationManagement {

    /** The notification center page. */
    public static final String CENTER_PATH = "/notifications";
    /** The notification preferences page (emails link to it). */
    public static final String PREFERENCES_PATH = "/notifications/preferences";
    /** The live stream topic that carries a person's unread count; every stream follows it. */
    public static final String TOPIC = "notifications";
    /** The live stream event with the new unread count, {@code {"count": 3}}. */
    public static final String UNREAD_EVENT = "unread";

    private static final Pattern TYPE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");

    private final Notifications notifications;
    private final EmailOutbox outbox;
    private final Emails emails;
    private final DirectoryManagement directory;
    private final LiveStream live;
    private final List<NotificationType> types;

    NotificationManagement(Notifications notifications, EmailOutbox outbox, Emails emails, DirectoryManagement directory,
            LiveStream live, List<NotificationType> types) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.emails = emails;
        this.directory = directory;
        this.live = live;
        this.types = types.stream().sorted(Comparator.comparingInt(NotificationType::order)).toList();
    }

    /**
     * Tells each recipient, in the app and (when the notice has one) by email, as their preferences
     * allow. Joins the caller's transaction: nothing is stored when the caller rolls back.
     */
    public void notify(Notice notice) {
        if (!TYPE.matcher(notice.type()).matches()) {
            throw new IllegalArgumentException("notification type must look like module.kind: " + notice.type());
        }
        Instant now = Instant.now();
        List<UUID> toRefresh = new ArrayList<>();
        for (UUID personId : notice.recipients()) {
            Optional<CurrentUser> found = directory.currentUser(personId)
                    .filter(person -> person.organizationId().equals(notice.organizationId()));
            if (found.isEmpty()) {
                continue;
            }
            CurrentUser person = found.get();
            NotificationPreferences.TypePreference choice = notice.bypassQuietHours()
                    ? new NotificationPreferences.TypePreference(notice.type(), true, true)
                    : notifications.typePreferences(person.organizationId(), personId).stream()
                            .filter(t -> t.type().equals(notice.type())).findFirst()
                            .orElse(new NotificationPreferences.TypePreference(notice.type(), true, true));
            Optional<Instant> quietUntil = notice.bypassQuietHours() ? Optional.empty()
                    : notifications.quietHours(person.organizationId(), personId).quietUntil(now, person.zone());
            if (choice.inApp()) {
                notifications.insert(notice.organizationId(), personId, notice.type(), notice.messageKey(),
                        notice.args(), notice.link(), now);
                if (quietUntil.isEmpty()) {
                    toRefresh.add(personId);
                }
            }
            if (choice.email() && notice.email() != null && person.email() != null) {
                outbox.enqueue(notice.organizationId(), person.email(),
                        emails.notice(notice.email(), notice.link(), person.name(), person.locale()),
                        quietUntil.orElse(now));
            }
        }
        LiveStream.afterCommit(() -> toRefresh.forEach(personId -> pushUnread(notice.organizationId(), personId)));
    }

    /**
     * Queues urgent emails (safety alerts) to go out at once, bypassing every recipient's quiet
     * hours and preferences, in batches. Joins the caller's transaction.
     */
    public void sendUrgent(UUID organizationId, List<UrgentEmail> urgent) {
        Map<String, String> escaped = new HashMap<>();
        outbox.enqueueNow(organizationId, urgent.stream().map(email -> emails.urgent(email, escaped)).toList(),
                urgent.stream().map(UrgentEmail::recipient).toList());
    }

    /**
     * Queues emails to people without an account, such as a patron who registered for a program
     * and asked for the confirmation: they have no quiet hours or preferences, so the emails go
     * out at once. Joins the caller's transaction.
     */
    public void sendToAddresses(UUID organizationId, List<UrgentEmail> direct) {
        outbox.enqueueNow(organizationId, direct.stream().map(emails::urgent).toList(),
                direct.stream().map(UrgentEmail::recipient).toList());
    }

    // ---- the notification center of the signed-in person --------------------------------------

    @Transactional(readOnly = true)
    public List<NotificationView> notifications(CurrentUser me) {
        return notifications.newest(me.organizationId(), me.personId(), Notifications.KEPT_IN_VIEW);
    }

    @Transactional(readOnly = true)
    public long unreadCount(CurrentUser me) {
        return notifications.unread(me.organizationId(), me.personId());
    }

    /** Marks one of the person's notifications read; someone else's answers 404. */
    public NotificationView markRead(CurrentUser me, UUID id) {
        if (!notifications.markRead(me.organizationId(), me.personId(), id, Instant.now())) {
            throw Problems.notFound();
        }
        LiveStream.afterCommit(() -> pushUnread(me.organizationId(), me.personId()));
        return notifications.find(me.organizationId(), me.personId(), id).orElseThrow(Problems::notFound);
    }

    public void markAllRead(CurrentUser me) {
        notifications.markAllRead(me.organizationId(), me.personId(), Instant.now());
        LiveStream.afterCommit(() -> pushUnread(me.organizationId(), me.personId()));
    }

    // ---- preferences ----------------------------------------------------------------------------

    /** The kinds of notification that people can choose about, in page order. */
    public List<NotificationType> types() {
        return types;
    }

    /** The person's settings, with an entry for every known kind. */
    @Transactional(readOnly = true)
    public NotificationPreferences preferences(CurrentUser me) {
        List<NotificationPreferences.TypePreference> stored = notifications.typePreferences(me.organizationId(),
                me.personId());
        NotificationPreferences current = new NotificationPreferences(QuietHours.OFF, stored);
        return new NotificationPreferences(notifications.quietHours(me.organizationId(), me.personId()),
                types.stream().map(type -> current.forType(type.code())).toList());
    }

    /** Saves the person's settings; kinds left out keep their current choice. */
    public NotificationPreferences savePreferences(CurrentUser me, NotificationPreferences preferences) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        QuietHours quiet = preferences.quietHours();
        if (quiet.enabled() && quiet.start().equals(quiet.end())) {
            errors.add(new InvalidInput.FieldError("quietHours/end", "notifications.preferences.sameTimes", new Object[0]));
        }
        if (quiet.enabled() && quiet.days().isEmpty()) {
            errors.add(new InvalidInput.FieldError("quietHours/days", "notifications.preferences.noDays", new Object[0]));
        }
        Set<String> known = Set.copyOf(types.stream().map(NotificationType::code).toList());
        for (int i = 0; i < preferences.types().size(); i++) {
            if (!known.contains(preferences.types().get(i).type())) {
                errors.add(new InvalidInput.FieldError("types/" + i + "/type", "notifications.preferences.unknownType",
                        new Object[] {preferences.types().get(i).type()}));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        NotificationPreferences current = preferences(me);
        Map<String, NotificationPreferences.TypePreference> merged = new java.util.LinkedHashMap<>();
        current.types().forEach(t -> merged.put(t.type(), t));
        preferences.types().forEach(t -> merged.put(t.type(), t));
        notifications.save(me.organizationId(), me.personId(),
                new NotificationPreferences(quiet, List.copyOf(merged.values())));
        return preferences(me);
    }

    private void pushUnread(UUID orgId, UUID personId) {
        live.publishTo(orgId, TOPIC, Set.of(personId), UNREAD_EVENT,
                Map.of("count", notifications.unread(orgId, personId)));
    }
}

package org.shelfcare.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.NotificationPreferences;
import org.shelfcare.notifications.QuietHours;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.ListPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in person's notifications and notification preferences. */
@ApiController("/api/v1/notifications")
class NotificationsApiController {

    private final NotificationManagement notifications;
    private final MessageSource messages;

    NotificationsApiController(NotificationManagement notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /** One notification, its text in the caller's language. */
    record Item(UUID id, String type, String text, @Nullable String link, Instant createdAt, @Nullable Instant readAt) {}

    record UnreadCount(long count) {}

    @Operation(summary = "The caller's notifications, newest first")
    @GetMapping
    ListPage<Item> list(CurrentUser me, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") int limit, Locale locale) {
        List<Item> items = notifications.notifications(me).stream().map(n -> new Item(n.id(), n.type(),
                messages.getMessage(n.messageKey(), n.args(locale), n.messageKey(), locale), n.link(),
                n.createdAt(), n.readAt())).toList();
        return ListPage.of(items, cursor, limit);
    }

    @Operation(summary = "How many of the caller's notifications are unread")
    @GetMapping("/unread-count")
    UnreadCount unreadCount(CurrentUser me) {
        return new UnreadCount(notifications.unreadCount(me));
    }

    @Operation(summary = "Mark one of the caller's notifications read")
    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(CurrentUser me, @PathVariable UUID id) {
        notifications.markRead(me, id);
    }

    @Operation(summary = "Mark all of the caller's notifications read")
    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void readAll(CurrentUser me) {
        notifications.markAllRead(me);
    }

    record QuietHoursJson(boolean enabled, @Nullable String start, @Nullable String end, @Nullable List<String> days) {}

    record TypeJson(@Nullable String type, boolean inApp, boolean email) {}

    record PreferencesJson(@Nullable QuietHoursJson quietHours, @Nullable List<TypeJson> types) {

        static PreferencesJson of(NotificationPreferences preferences) {
            QuietHours quiet = preferences.quietHours();
            return new PreferencesJson(new QuietHoursJson(quiet.enabled(), quiet.start().toString(),
                    quiet.end().toString(), quiet.days().stream().sorted().map(DayOfWeek::name).toList()),
                    preferences.types().stream().map(t -> new TypeJson(t.type(), t.inApp(), t.email())).toList());
        }
    }

    @Operation(summary = "The caller's quiet hours and choices per kind of notification")
    @GetMapping("/preferences")
    PreferencesJson preferences(CurrentUser me) {
        return PreferencesJson.of(notifications.preferences(me));
    }

    @Operation(summary = "Change the caller's quiet hours and choices; kinds left out stay as they are")
    @PutMapping("/preferences")
    PreferencesJson savePreferences(CurrentUser me, @RequestBody PreferencesJson body) {
        NotificationPreferences current = notifications.preferences(me);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        QuietHours quiet = current.quietHours();
        if (body.quietHours() != null) {
            QuietHoursJson q = body.quietHours();
            LocalTime start = time("quietHours/start", q.start(), quiet.start(), errors);
            LocalTime end = time("quietHours/end", q.end(), quiet.end(), errors);
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : q.days() == null ? quiet.days().stream().map(DayOfWeek::name).toList() : q.days()) {
                try {
                    days.add(DayOfWeek.valueOf(day));
                } catch (IllegalArgumentException unknown) {
                    errors.add(new InvalidInput.FieldError("quietHours/days", "notifications.preferences.unknownDay",
                            new Object[] {day}));
                }
            }
            quiet = new QuietHours(q.enabled(), start, end, days);
        }
        List<NotificationPreferences.TypePreference> types = new ArrayList<>();
        List<TypeJson> given = body.types() == null ? List.of() : body.types();
        for (int i = 0; i < given.size(); i++) {
            TypeJson type = given.get(i);
            if (type.type() == null || type.type().isBlank()) {
                errors.add(new InvalidInput.FieldError("types/" + i + "/type", "validation.required", new Object[0]));
            } else {
                types.add(new NotificationPreferences.TypePreference(type.type(), type.inApp(), type.email()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return PreferencesJson.of(notifications.savePreferences(me, new NotificationPreferences(quiet, types)));
    }

    private static LocalTime time(String field, @Nullable String text, LocalTime current,
            List<InvalidInput.FieldError> errors) {
        if (text == null) {
            return current;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException malformed) {
            errors.add(new InvalidInput.FieldError(field, "notifications.preferences.timeInvalid", new Object[0]));
            return current;
        }
    }
}

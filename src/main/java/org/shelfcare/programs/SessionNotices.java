package org.shelfcare.programs;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.UrgentEmail;
import org.shelfcare.web.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What registrants are told about their session: a reminder the day before (in the library's time
 * zone) to each confirmed registration, once (the first run to mark {@code reminded_at} sends it,
 * whichever node runs the job), and a notice when the session is cancelled or moved, to everyone
 * registered or waiting. Staff get it in the app and by email after their quiet hours (through the
 * notifications module, unless they switched the kind off); patrons by email, in the language they
 * registered in, the reminder with a cancel link of its own. Dates and times are written for each
 * person's language, in the library's time zone.
 */
@Component
@Transactional
class SessionNotices {

    static final String REMINDER_NOTICE = "programs.reminder";
    static final String CANCELLED_NOTICE = "programs.cancelled";
    static final String MOVED_NOTICE = "programs.moved";

    private static final Logger log = LoggerFactory.getLogger(SessionNotices.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Programs programs;
    private final DirectoryManagement directory;
    private final NotificationManagement notifications;
    private final MessageSource messages;
    private final PublicLinks links;

    SessionNotices(JdbcClient jdbc, Programs programs, DirectoryManagement directory,
            NotificationManagement notifications, MessageSource messages, PublicLinks links) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.links = links;
    }

    /** Keeps the language a patron registered in, for the emails that follow. */
    void rememberLocale(UUID registrationId, Locale locale) {
        jdbc.sql("UPDATE program_registration SET locale = ? WHERE id = ?").params(locale.toLanguageTag(), registrationId)
                .update();
    }

    /**
     * Sends the reminders for sessions that start tomorrow in their library's time zone, each
     * confirmed registration once; answers how many were sent. The scheduler calls it every hour.
     */
    int sendReminders(Instant now) {
        // every library's "tomorrow" lies within the next 50 hours
        List<Programs.SessionRow> sessions = jdbc.sql("""
                SELECT s.* FROM program_session s
                WHERE s.cancelled = FALSE AND s.starts_at > ? AND s.starts_at < ? AND EXISTS (
                    SELECT 1 FROM program_registration r
                    WHERE r.session_id = s.id AND r.status = 'CONFIRMED' AND r.reminded_at IS NULL)
                ORDER BY s.starts_at, s.id""")
                .params(Timestamp.from(now), Timestamp.from(now.plusSeconds(50 * 3600)))
                .query((rs, n) -> new Programs.SessionRow(rs.getObject("id", UUID.class),
                        rs.getObject("program_id", UUID.class), rs.getObject("org_id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), null,
                        rs.getBoolean("drop_in"), rs.getInt("seats_taken"), false, rs.getInt("calendar_sequence"),
                        rs.getString("room"), rs.getString("online_url")))
                .list();
        Map<UUID, OrganizationView> libraries = new HashMap<>();
        int sent = 0;
        for (Programs.SessionRow s : sessions) {
            OrganizationView library = libraries.computeIfAbsent(s.orgId(), directory::organization);
            if (!library.active() || directory.disabledModules(library.id()).contains("programs")) {
                continue;
            }
            LocalDate tomorrow = now.atZone(library.zone()).toLocalDate().plusDays(1);
            if (!s.startsAt().atZone(library.zone()).toLocalDate().equals(tomorrow)) {
                continue;
            }
            Programs.Row p = programs.find(s.orgId(), s.programId()).orElse(null);
            if (p == null) {
                continue;
            }
            for (Programs.RegistrationRow r : programs.registrations(s.id())) {
                if (r.status() != RegistrationStatus.CONFIRMED) {
                    continue;
                }
                String token = r.personId() == null ? token() : null;
                int claimed = jdbc.sql("""
                        UPDATE program_registration SET reminded_at = ?, reminder_cancel_hash = ?
                        WHERE id = ? AND reminded_at IS NULL AND status = 'CONFIRMED'""")
                        .params(Timestamp.from(now), token == null ? null : RegistrationLimits.sha256(token), r.id())
                        .update();
                if (claimed == 0) {
                    continue;
                }
                remind(library, p, s, r, token);
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Programs: {} reminders sent", sent);
        }
        return sent;
    }

    private void remind(OrganizationView library, Programs.Row p, Programs.SessionRow s, Programs.RegistrationRow r,
            @Nullable String token) {
        if (r.personId() != null) {
            tellStaff(library, p, Set.of(r.personId()), REMINDER_NOTICE, "programs.reminder",
                    locale -> List.of(p.title(), when(s.startsAt(), library, locale)));
            return;
        }
        if (r.email() == null || token == null) {
            return;
        }
        Locale locale = localeOf(r.id(), library);
        String cancelUrl = links.absolute("/p/" + library.slug() + PublicPrograms.CANCEL_PATH + token);
        notifications.sendToAddresses(s.orgId(), List.of(new UrgentEmail(r.email(), locale,
                message("programs.public.email.reminderSubject", locale, p.title()),
                place(p, s).isEmpty()
                        ? List.of(message("programs.public.email.greeting", locale, r.name()),
                                message("programs.public.email.reminder", locale, p.title(),
                                        when(s.startsAt(), library, locale), r.partySize(), library.name()),
                                message("programs.public.email.cancelHint", locale))
                        : List.of(message("programs.public.email.greeting", locale, r.name()),
                                message("programs.public.email.reminder", locale, p.title(), when(s.startsAt(), library, locale),
                                        r.partySize(), library.name()),
                                message("programs.public.email.where", locale, place(p, s)),
                                message("programs.public.email.cancelHint", locale)),
                List.of(new UrgentEmail.Action(message("programs.public.email.cancel", locale), cancelUrl)),
                message("programs.public.email.footer", locale, library.name()))));
    }

    /**
     * Tells everyone registered for a session or waiting for it that it was cancelled: staff in
     * the app and by email, patrons by email in the language they registered in.
     */
    void cancelled(Programs.SessionRow s) {
        Programs.Row p = programs.find(s.orgId(), s.programId()).orElse(null);
        if (p == null) {
            return;
        }
        OrganizationView library = directory.organization(s.orgId());
        List<Programs.RegistrationRow> all = programs.registrations(s.id());
        Set<UUID> staff = new LinkedHashSet<>();
        for (Programs.RegistrationRow r : all) {
            if (r.personId() != null) {
                staff.add(r.personId());
            } else if (r.email() != null) {
                Locale locale = localeOf(r.id(), library);
                notifications.sendToAddresses(s.orgId(), List.of(new UrgentEmail(r.email(), locale,
                        message("programs.public.email.cancelledSubject", locale, p.title()),
                        List.of(message("programs.public.email.greeting", locale, r.name()),
                                message("programs.public.email.cancelled", locale, p.title(),
                                        when(s.startsAt(), library, locale), library.name())),
                        List.of(), message("programs.public.email.footer", locale, library.name()))));
            }
        }
        tellStaff(library, p, staff, CANCELLED_NOTICE, "programs.cancelled",
                locale -> List.of(p.title(), when(s.startsAt(), library, locale)));
    }

    /**
     * Tells everyone registered for a session or waiting for it that it moved from {@code before}'s
     * time to {@code after}'s ({@code moved}), or takes place somewhere else ({@code placeChanged}),
     * or both: staff in the app and by email, patrons by email in the language they registered in.
     */
    void moved(Programs.SessionRow before, Programs.SessionRow after, boolean moved, boolean placeChanged) {
        Programs.Row p = programs.find(after.orgId(), after.programId()).orElse(null);
        if (p == null) {
            return;
        }
        OrganizationView library = directory.organization(after.orgId());
        Set<UUID> staff = new LinkedHashSet<>();
        for (Programs.RegistrationRow r : programs.registrations(after.id())) {
            if (r.personId() != null) {
                staff.add(r.personId());
            } else if (r.email() != null) {
                Locale locale = localeOf(r.id(), library);
                List<String> lines = new ArrayList<>();
                lines.add(message("programs.public.email.greeting", locale, r.name()));
                lines.add(moved
                        ? message("programs.public.email.moved", locale, p.title(), when(before.startsAt(), library, locale),
                                when(after.startsAt(), library, locale), library.name())
                        : message("programs.public.email.placeChanged", locale, p.title(),
                                when(after.startsAt(), library, locale), library.name()));
                if (placeChanged) {
                    lines.add(message("programs.public.email.where", locale, placeOrNone(p, after, locale)));
                }
                boolean seat = r.status() == RegistrationStatus.CONFIRMED;
                lines.add(message(moved ? (seat ? "programs.public.email.movedSeat" : "programs.public.email.movedWaiting")
                        : (seat ? "programs.public.email.placeSeat" : "programs.public.email.placeWaiting"), locale));
                notifications.sendToAddresses(after.orgId(), List.of(new UrgentEmail(r.email(), locale,
                        message(moved ? "programs.public.email.movedSubject" : "programs.public.email.placeChangedSubject",
                                locale, p.title()),
                        lines, List.of(), message("programs.public.email.footer", locale, library.name()))));
            }
        }
        if (!moved) {
            tellStaff(library, p, staff, MOVED_NOTICE, "programs.placeChanged", locale -> List.of(p.title(),
                    when(after.startsAt(), library, locale), placeOrNone(p, after, locale)));
        } else if (placeChanged) {
            tellStaff(library, p, staff, MOVED_NOTICE, "programs.movedElsewhere", locale -> List.of(p.title(),
                    when(before.startsAt(), library, locale), when(after.startsAt(), library, locale),
                    placeOrNone(p, after, locale)));
        } else {
            tellStaff(library, p, staff, MOVED_NOTICE, "programs.moved", locale -> List.of(p.title(),
                    when(before.startsAt(), library, locale), when(after.startsAt(), library, locale)));
        }
    }

    /**
     * Tells staff in the app and by email, as their preferences allow. Texts are {@code key}
     * {@code .notice}, {@code .emailSubject} and {@code .emailBody}; their arguments are made for
     * each person's language, so that dates read as they expect.
     */
    private void tellStaff(OrganizationView library, Programs.Row p, Set<UUID> people, String type, String key,
            Function<Locale, List<String>> args) {
        Map<Locale, Set<UUID>> byLanguage = new LinkedHashMap<>();
        for (UUID person : people) {
            Locale locale = directory.currentUser(person).map(CurrentUser::locale).orElse(library.defaultLocale());
            byLanguage.computeIfAbsent(locale, l -> new LinkedHashSet<>()).add(person);
        }
        byLanguage.forEach((locale, group) -> {
            List<String> texts = args.apply(locale);
            notifications.notify(Notice.inApp(library.id(), group, type, key + ".notice", texts, "/programs/" + p.id())
                    .withEmail(key + ".emailSubject", key + ".emailBody", texts));
        });
    }

    /** The language a patron registered in, else the library's. */
    Locale localeOf(UUID registrationId, OrganizationView library) {
        String tag = jdbc.sql("SELECT locale FROM program_registration WHERE id = ?").param(registrationId)
                .query(String.class).optional().orElse(null);
        return tag == null || tag.isBlank() ? library.defaultLocale() : Locale.forLanguageTag(tag);
    }

    /** A date and time as people read it in {@code locale}, in the library's time zone. */
    static String when(Instant at, OrganizationView library, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(ZonedDateTime.ofInstant(at, library.zone()));
    }

    /** Where a session takes place: its room and online link (each its own, else the program's), or "". */
    private static String place(Programs.Row p, Programs.SessionRow s) {
        return String.join(", ", Stream.of(s.roomOf(p), s.onlineUrlOf(p)).filter(Objects::nonNull).toList());
    }

    private String placeOrNone(Programs.Row p, Programs.SessionRow s, Locale locale) {
        String place = place(p, s);
        return place.isEmpty() ? message("programs.place.none", locale) : place;
    }

    private static String token() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

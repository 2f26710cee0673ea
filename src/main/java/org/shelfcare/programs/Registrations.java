package org.shelfcare.programs;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.notifications.UrgentEmail;
import org.springframework.context.MessageSource;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats and the waitlist of a session. Every change locks the session's row first, so concurrent
 * registrations for the last seats take turns and a session is never over-booked: a registration
 * gets a seat when its whole party fits in the seats left, else it waits (a party is never split).
 * When a seat frees up, the waitlist is seated in order; a party too large for the seats left
 * keeps its place while smaller ones behind it are seated.
 */
@Component
@Transactional
class Registrations {

    static final String PROMOTED_NOTICE = "programs.promoted";

    private final Programs programs;
    private final NotificationManagement notifications;
    private final DirectoryManagement directory;
    private final MessageSource messages;
    private final SessionNotices notices;

    Registrations(Programs programs, NotificationManagement notifications, DirectoryManagement directory,
            MessageSource messages, SessionNotices notices) {
        this.notices = notices;
        this.programs = programs;
        this.notifications = notifications;
        this.directory = directory;
        this.messages = messages;
    }

    static String person(UUID personId) {
        return "person:" + personId;
    }

    static String email(String email) {
        return "email:" + email.strip().toLowerCase(Locale.ROOT);
    }

    /** The outcome of a registration: its id and whether it holds a seat. */
    record Outcome(UUID id, RegistrationStatus status) {}

    RegistrationStatus register(UUID orgId, UUID sessionId, String registrant, @Nullable UUID personId,
            @Nullable String name, @Nullable String email, int partySize, @Nullable String cancelHash) {
        return registerWithId(orgId, sessionId, registrant, personId, name, email, partySize, cancelHash).status();
    }

    Outcome registerWithId(UUID orgId, UUID sessionId, String registrant, @Nullable UUID personId,
            @Nullable String name, @Nullable String email, int partySize, @Nullable String cancelHash) {
        return registerWithId(orgId, sessionId, registrant, personId, name, email, partySize, cancelHash, List.of(),
                "programs.register.twice");
    }

    /**
     * Registers, unless the registrant or one of {@code sameAs} (the same person registered another
     * way: a staff member's account and their email on the public page) holds a registration for
     * the session already: then 409 with {@code sameAsCode}. Checked under the session's lock.
     */
    Outcome registerWithId(UUID orgId, UUID sessionId, String registrant, @Nullable UUID personId,
            @Nullable String name, @Nullable String email, int partySize, @Nullable String cancelHash,
            List<String> sameAs, String sameAsCode) {
        Programs.SessionRow s = programs.lockSession(orgId, sessionId).orElseThrow(Problems::notFound);
        Instant now = Instant.now();
        if (s.cancelled()) {
            throw Problems.invalid("session", "programs.register.cancelled");
        }
        if (!s.startsAt().isAfter(now)) {
            throw Problems.invalid("session", "programs.register.past");
        }
        if (s.dropIn()) {
            throw Problems.invalid("session", "programs.register.dropIn");
        }
        if (programs.registration(sessionId, registrant).isPresent()) {
            throw Problems.conflict("programs.register.twice");
        }
        for (String other : sameAs) {
            if (programs.registration(sessionId, other).isPresent()) {
                throw Problems.conflict(sameAsCode);
            }
        }
        boolean fits = s.capacity() == null || s.seatsTaken() + partySize <= s.capacity();
        RegistrationStatus status = fits ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        UUID id = UUID.randomUUID();
        programs.insertRegistration(orgId, new Programs.RegistrationRow(id, sessionId, registrant, personId, name, email,
                partySize, status, now), cancelHash);
        if (fits) {
            programs.addSeats(sessionId, partySize);
        }
        return new Outcome(id, status);
    }

    /** Cancels the registrant's registration (404 when there is none) and seats the waitlist. */
    void cancel(UUID orgId, UUID sessionId, String registrant) {
        Programs.SessionRow s = programs.lockSession(orgId, sessionId).orElseThrow(Problems::notFound);
        Programs.RegistrationRow r = programs.registration(sessionId, registrant).orElseThrow(Problems::notFound);
        remove(s, r);
    }

    /** Removes a registration of a locked session and seats whoever now fits. */
    void remove(Programs.SessionRow s, Programs.RegistrationRow r) {
        programs.deleteRegistration(r.id());
        if (r.status() != RegistrationStatus.CONFIRMED) {
            return;
        }
        programs.addSeats(s.id(), -r.partySize());
        seatWaitlist(s, s.seatsTaken() - r.partySize());
    }

    /**
     * Seats the waitlist of a locked session, in order, as far as its seats go ({@code taken}
     * seats held now), and tells whoever gets a seat. Nothing for a cancelled or begun session.
     */
    void seatWaitlist(Programs.SessionRow s, int taken) {
        if (s.cancelled() || !s.startsAt().isAfter(Instant.now())) {
            return;
        }
        for (Programs.RegistrationRow waiting : programs.waitlist(s.id())) {
            if (s.capacity() != null && taken + waiting.partySize() > s.capacity()) {
                continue;
            }
            programs.confirm(waiting.id());
            programs.addSeats(s.id(), waiting.partySize());
            taken += waiting.partySize();
            promoted(s, waiting);
        }
    }

    private void promoted(Programs.SessionRow s, Programs.RegistrationRow r) {
        String title = programs.find(s.orgId(), s.programId()).map(Programs.Row::title).orElse("");
        if (r.email() != null && r.personId() == null) {
            // a patron: no account, so an email in the language they registered in, with no link to sign in
            OrganizationView library = directory.organization(s.orgId());
            Locale locale = notices.localeOf(r.id(), library);
            String when = SessionNotices.when(s.startsAt(), library, locale);
            notifications.sendToAddresses(s.orgId(), List.of(new UrgentEmail(r.email(), locale,
                    messages.getMessage("programs.public.email.promotedSubject", new Object[] {title}, locale),
                    List.of(messages.getMessage("programs.public.email.greeting", new Object[] {r.name()}, locale),
                            messages.getMessage("programs.public.email.promoted", new Object[] {title, when,
                                    r.partySize(), library.name()}, locale),
                            messages.getMessage("programs.public.email.promotedCancel", null, locale)),
                    List.of(), messages.getMessage("programs.public.email.footer", new Object[] {library.name()}, locale))));
        }
        if (r.personId() != null) {
            notifications.notify(Notice.inApp(s.orgId(), Set.of(r.personId()), PROMOTED_NOTICE,
                    "programs.promoted.notice", List.of(title), "/programs/" + s.programId())
                    .withEmail("programs.promoted.emailSubject", "programs.promoted.emailBody", List.of(title)));
        }
    }
}

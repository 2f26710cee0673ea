package org.shelfcare.programs;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.directory.Unit;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.UrgentEmail;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.shelfcare.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A library's programs for patrons, without an account: the public listing (published programs
 * for patrons or for everyone, not a team's), and registration with a name, an email and the
 * number of people, confirmed by email with a cancel link. An unknown library, a deactivated one,
 * or one that switched programs off answers 404.
 */
@Service
@Transactional
public class PublicPrograms {

    /** How far ahead the public page, the feed and the JSON list sessions. */
    public static final Duration AHEAD = Duration.ofDays(180);
    public static final int PARTY_MAX = 10;
    public static final String CANCEL_PATH = "/programs/registrations/";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Programs programs;
    private final Registrations registrations;
    private final RegistrationLimits limits;
    private final DirectoryManagement directory;
    private final NotificationManagement notifications;
    private final MessageSource messages;
    private final PublicLinks links;
    private final SessionNotices notices;

    PublicPrograms(Programs programs, Registrations registrations, RegistrationLimits limits,
            DirectoryManagement directory, NotificationManagement notifications, MessageSource messages,
            PublicLinks links, SessionNotices notices) {
        this.notices = notices;
        this.programs = programs;
        this.registrations = registrations;
        this.limits = limits;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.links = links;
    }

    /** The library behind a public address, or 404. */
    @Transactional(readOnly = true)
    public OrganizationView library(String slug) {
        OrganizationView library = directory.publicOrganization(slug).orElseThrow(Problems::notFound);
        if (directory.disabledModules(library.id()).contains("programs")) {
            throw Problems.notFound();
        }
        return library;
    }

    /** The upcoming sessions for patrons, soonest first (cancelled ones included, marked). */
    @Transactional(readOnly = true)
    public List<PublicSession> sessions(OrganizationView library) {
        Instant now = Instant.now();
        Map<UUID, String> branches = new HashMap<>();
        for (Unit unit : directory.branches(library.id())) {
            branches.put(unit.id(), unit.name());
        }
        List<PublicSession> list = new ArrayList<>();
        for (Map.Entry<Programs.Row, Programs.SessionRow> entry : programs.publicSessions(library.id(), now, now.plus(AHEAD))) {
            Programs.Row p = entry.getKey();
            Programs.SessionRow s = entry.getValue();
            list.add(new PublicSession(s.id(), p.id(), p.title(), p.description(), p.category(), p.audience(),
                    p.branchId() == null ? null : branches.get(p.branchId()), s.roomOf(p), s.onlineUrlOf(p), p.accessibility(),
                    p.ageMin(), p.ageMax(), p.facilitatorId() == null ? p.facilitatorName() : null, s.startsAt(),
                    s.endsAt(), s.capacity(), s.dropIn(), s.cancelled(),
                    s.capacity() == null ? null : Math.max(0, s.capacity() - s.seatsTaken()), s.sequence()));
        }
        return list;
    }

    /** One upcoming public session of the library, or 404. */
    @Transactional(readOnly = true)
    public PublicSession session(OrganizationView library, UUID sessionId) {
        return sessions(library).stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(Problems::notFound);
    }

    /**
     * Registers a patron's party: a seat for the whole party when it fits, else the waitlist. The
     * same email twice for one session answers 409, and so does the email of a colleague of the
     * library registered with one click; a past or cancelled session and bad fields 400;
     * too many registrations from the address or for the email {@link RateLimited}. A confirmation
     * email with a cancel link goes to the patron, in {@code locale}.
     */
    public RegistrationStatus register(OrganizationView library, UUID sessionId, @Nullable String name,
            @Nullable String email, @Nullable Integer partySize, String clientAddress, Locale locale) {
        Programs.SessionRow s = programs.findSession(library.id(), sessionId).orElseThrow(Problems::notFound);
        Programs.Row p = programs.find(library.id(), s.programId()).orElseThrow(Problems::notFound);
        if (p.status() != ProgramStatus.PUBLISHED || !p.audience().patrons() || p.teamSupervisorId() != null) {
            throw Problems.notFound();
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.add(new InvalidInput.FieldError("name", "validation.required", new Object[0]));
        } else if (cleanName.length() > ProgramsManagement.NAME_MAX) {
            errors.add(new InvalidInput.FieldError("name", "validation.tooLong", new Object[] {ProgramsManagement.NAME_MAX}));
        } else if (CONTROL.matcher(cleanName).find()) {
            errors.add(new InvalidInput.FieldError("name", "validation.invalidCharacters", new Object[0]));
        }
        String cleanEmail = email == null ? "" : email.strip();
        if (cleanEmail.isEmpty()) {
            errors.add(new InvalidInput.FieldError("email", "validation.required", new Object[0]));
        } else if (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches()) {
            errors.add(new InvalidInput.FieldError("email", "validation.email", new Object[0]));
        }
        int party = partySize == null ? 1 : partySize;
        if (party < 1 || party > PARTY_MAX) {
            errors.add(new InvalidInput.FieldError("partySize", "programs.public.party", new Object[] {PARTY_MAX}));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        limits.check(clientAddress, cleanEmail);
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        // a colleague of the library with this email, registered with one click, holds a place already
        List<String> sameAs = directory.contacts(library.id(), Set.of()).stream()
                .filter(c -> c.email() != null && c.email().strip().equalsIgnoreCase(cleanEmail))
                .map(c -> Registrations.person(c.id())).toList();
        Registrations.Outcome outcome = registrations.registerWithId(library.id(), sessionId,
                Registrations.email(cleanEmail), null, cleanName, cleanEmail, party, RegistrationLimits.sha256(token),
                sameAs, "programs.register.twice");
        notices.rememberLocale(outcome.id(), locale);
        String when = when(s.startsAt(), library, locale);
        String cancelUrl = links.absolute("/p/" + library.slug() + CANCEL_PATH + token);
        boolean confirmed = outcome.status() == RegistrationStatus.CONFIRMED;
        notifications.sendToAddresses(library.id(), List.of(new UrgentEmail(cleanEmail, locale,
                message(confirmed ? "programs.public.email.confirmedSubject" : "programs.public.email.waitlistedSubject",
                        locale, p.title()),
                List.of(message("programs.public.email.greeting", locale, cleanName),
                        message(confirmed ? "programs.public.email.confirmed" : "programs.public.email.waitlisted", locale,
                                p.title(), when, party, library.name()),
                        message("programs.public.email.cancelHint", locale)),
                List.of(new UrgentEmail.Action(message("programs.public.email.cancel", locale), cancelUrl)),
                message("programs.public.email.footer", locale, library.name()))));
        return outcome.status();
    }

    /** The registration a cancel link stands for, for its confirmation page; a used or unknown link 404. */
    @Transactional(readOnly = true)
    public PublicSession registrationFor(OrganizationView library, String token) {
        Programs.RegistrationRow r = programs.registrationByCancelHash(library.id(), RegistrationLimits.sha256(token))
                .orElseThrow(Problems::notFound);
        Programs.SessionRow s = programs.findSession(library.id(), r.sessionId()).orElseThrow(Problems::notFound);
        Programs.Row p = programs.find(library.id(), s.programId()).orElseThrow(Problems::notFound);
        return new PublicSession(s.id(), p.id(), p.title(), null, p.category(), p.audience(), null, null, null, null,
                null, null, null, s.startsAt(), s.endsAt(), s.capacity(), s.dropIn(), s.cancelled(), null, s.sequence());
    }

    /** Cancels the registration behind a cancel link (its data is deleted) and seats the waitlist. */
    public void cancel(OrganizationView library, String token) {
        Programs.RegistrationRow r = programs.registrationByCancelHash(library.id(), RegistrationLimits.sha256(token))
                .orElseThrow(Problems::notFound);
        registrations.cancel(library.id(), r.sessionId(), r.registrant());
    }

    private String when(Instant at, OrganizationView library, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(ZonedDateTime.ofInstant(at, library.zone()));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

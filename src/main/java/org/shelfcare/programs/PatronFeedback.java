package org.shelfcare.programs;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.UrgentEmail;
import org.shelfcare.privacy.ItemHashes;
import org.shelfcare.web.Problems;
import org.shelfcare.web.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback from patrons, who have no account. Once a session has ended, each confirmed patron
 * registration gets one email (the first run to set {@code feedback_asked_at} sends it, whichever
 * node runs the job) with a personal link to a public feedback page. The link is signed with the
 * server key and names the session and a random number only: nothing stored ties it, or the
 * answer, to the registration. The answer goes with the staff's answers (the same anonymity
 * rules); that the link was used is kept as HMAC(number + session), as for staff, so it works once.
 * It works from the end of the session for {@link SessionFeedback#WINDOW}.
 */
@Service
@Transactional
public class PatronFeedback {

    public static final String PATH = "/programs/feedback/";

    private static final Logger log = LoggerFactory.getLogger(PatronFeedback.class);
    private static final int SIGNATURE_BYTES = 16;

    /** What a feedback link opens. */
    public enum LinkState {
        OPEN, USED, EXPIRED,
        /** A link of another library's session, opened at this library's address. */
        FOREIGN
    }

    /** The session a feedback link is for, as the public page shows it, and the link's state. */
    public record Link(LinkState state, @Nullable String title, @Nullable Instant startsAt) {}

    private record Token(UUID sessionId, UUID number) {}

    private final JdbcClient jdbc;
    private final Programs programs;
    private final ItemHashes hashes;
    private final DirectoryManagement directory;
    private final NotificationManagement notifications;
    private final MessageSource messages;
    private final PublicLinks links;

    PatronFeedback(JdbcClient jdbc, Programs programs, ItemHashes hashes, DirectoryManagement directory,
            NotificationManagement notifications, MessageSource messages, PublicLinks links) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.hashes = hashes;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.links = links;
    }

    /**
     * Emails every confirmed patron registration of a session that ended (within the feedback
     * window, not cancelled) and was not asked yet; answers how many emails were sent. The
     * scheduler calls it every hour, and the cleanup job before it deletes registrations.
     */
    int askPatrons(Instant now) {
        record Ask(UUID id, UUID sessionId, UUID orgId, @Nullable String name, String email, @Nullable String locale) {}
        List<Ask> asks = jdbc.sql("""
                SELECT r.id, r.session_id, r.org_id, r.name, r.email, r.locale FROM program_registration r
                JOIN program_session s ON s.id = r.session_id
                WHERE r.person_id IS NULL AND r.email IS NOT NULL AND r.status = 'CONFIRMED'
                    AND r.feedback_asked_at IS NULL AND s.cancelled = FALSE AND s.ends_at <= ? AND s.ends_at > ?
                ORDER BY s.ends_at, r.id""")
                .params(Timestamp.from(now), Timestamp.from(now.minus(SessionFeedback.WINDOW)))
                .query((rs, n) -> new Ask(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                        rs.getObject("org_id", UUID.class), rs.getString("name"), rs.getString("email"),
                        rs.getString("locale")))
                .list();
        Map<UUID, OrganizationView> libraries = new HashMap<>();
        int sent = 0;
        for (Ask ask : asks) {
            OrganizationView library = libraries.computeIfAbsent(ask.orgId(), directory::organization);
            if (!library.active() || directory.disabledModules(library.id()).contains("programs")) {
                continue;
            }
            Programs.SessionRow s = programs.findSession(ask.orgId(), ask.sessionId()).orElse(null);
            Programs.Row p = s == null ? null : programs.find(ask.orgId(), s.programId()).orElse(null);
            if (s == null || p == null || p.status() != ProgramStatus.PUBLISHED) {
                continue;
            }
            int claimed = jdbc.sql("UPDATE program_registration SET feedback_asked_at = ? WHERE id = ? AND feedback_asked_at IS NULL")
                    .params(Timestamp.from(now), ask.id()).update();
            if (claimed == 0) {
                continue;
            }
            Locale locale = ask.locale() == null || ask.locale().isBlank() ? library.defaultLocale()
                    : Locale.forLanguageTag(ask.locale());
            String url = links.absolute("/p/" + library.slug() + PATH + token(s.id()));
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                    .format(ZonedDateTime.ofInstant(s.startsAt(), library.zone()));
            notifications.sendToAddresses(ask.orgId(), List.of(new UrgentEmail(ask.email(), locale,
                    message("programs.patronFeedback.emailSubject", locale, p.title()),
                    List.of(message("programs.public.email.greeting", locale, ask.name() == null ? "" : ask.name()),
                            message("programs.patronFeedback.emailBody", locale, p.title(), when, library.name()),
                            message("programs.patronFeedback.emailPrivacy", locale, SessionFeedback.WINDOW.toDays())),
                    List.of(new UrgentEmail.Action(message("programs.patronFeedback.emailAction", locale), url)),
                    message("programs.public.email.footer", locale, library.name()))));
            sent++;
        }
        if (sent > 0) {
            log.info("Programs: {} patrons asked for feedback", sent);
        }
        return sent;
    }

    /** What the link opens at this library's address; a link that was never made here 404. */
    @Transactional(readOnly = true)
    public Link link(OrganizationView library, String token) {
        return link(library, parsed(token), Instant.now());
    }

    /**
     * Records the answer of the link's holder; 409 when the link was used, 400 ({@code session})
     * when it expired or belongs to another library, a field error for a bad rating or a long comment.
     */
    public void give(OrganizationView library, String token, @Nullable Integer rating, @Nullable String comment) {
        Token t = parsed(token);
        Link link = link(library, t, Instant.now());
        if (link.state() == LinkState.USED) {
            throw Problems.conflict("programs.patronFeedback.used");
        }
        if (link.state() != LinkState.OPEN) {
            throw Problems.invalid("session", "programs.patronFeedback." + link.state().name(),
                    SessionFeedback.WINDOW.toDays());
        }
        String text = SessionFeedback.checked(rating, comment);
        try {
            jdbc.sql("INSERT INTO program_feedback_given (org_id, session_id, person_hash) VALUES (?, ?, ?)")
                    .params(library.id(), t.sessionId(), hashes.hash(t.number(), t.sessionId())).update();
        } catch (DuplicateKeyException twice) {
            throw Problems.conflict("programs.patronFeedback.used");
        }
        jdbc.sql("INSERT INTO program_feedback (id, org_id, session_id, rating, comment) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), library.id(), t.sessionId(), rating, text).update();
    }

    private Link link(OrganizationView library, Token t, Instant now) {
        Optional<Programs.SessionRow> found = programs.findSession(library.id(), t.sessionId());
        if (found.isEmpty()) {
            boolean elsewhere = jdbc.sql("SELECT count(*) FROM program_session WHERE id = ?").param(t.sessionId())
                    .query(Integer.class).single() > 0;
            return new Link(elsewhere ? LinkState.FOREIGN : LinkState.EXPIRED, null, null);
        }
        Programs.SessionRow s = found.get();
        String title = programs.find(library.id(), s.programId()).map(Programs.Row::title).orElse("");
        boolean used = jdbc.sql("SELECT count(*) FROM program_feedback_given WHERE session_id = :s AND person_hash IN (:h)")
                .param("s", s.id()).param("h", hashes.all(t.number(), s.id())).query(Integer.class).single() > 0;
        LinkState state = used ? LinkState.USED
                : s.cancelled() || now.isBefore(s.endsAt()) || now.isAfter(s.endsAt().plus(SessionFeedback.WINDOW))
                        ? LinkState.EXPIRED : LinkState.OPEN;
        return new Link(state, title, s.startsAt());
    }

    /** A new link's token: the session, a random number and the first bytes of HMAC(session + number). */
    String token(UUID sessionId) {
        UUID number = UUID.randomUUID();
        byte[] signature = HexFormat.of().parseHex(hashes.hash(sessionId, number));
        ByteBuffer bytes = ByteBuffer.allocate(32 + SIGNATURE_BYTES);
        bytes.putLong(sessionId.getMostSignificantBits()).putLong(sessionId.getLeastSignificantBits())
                .putLong(number.getMostSignificantBits()).putLong(number.getLeastSignificantBits())
                .put(signature, 0, SIGNATURE_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The token's session and number when its signature holds (under any configured key); else 404. */
    private Token parsed(String token) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException bad) {
            throw Problems.notFound();
        }
        if (raw.length != 32 + SIGNATURE_BYTES) {
            throw Problems.notFound();
        }
        ByteBuffer bytes = ByteBuffer.wrap(raw);
        UUID sessionId = new UUID(bytes.getLong(), bytes.getLong());
        UUID number = new UUID(bytes.getLong(), bytes.getLong());
        byte[] given = new byte[SIGNATURE_BYTES];
        bytes.get(given);
        for (String hash : hashes.all(sessionId, number)) {
            byte[] expected = new byte[SIGNATURE_BYTES];
            System.arraycopy(HexFormat.of().parseHex(hash), 0, expected, 0, SIGNATURE_BYTES);
            if (MessageDigest.isEqual(expected, given)) {
                return new Token(sessionId, number);
            }
        }
        throw Problems.notFound();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

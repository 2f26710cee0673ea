package org.shelfcare.listening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.notifications.Notice;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.web.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes published to a session's audience after the session (closed, or its end gone by). The
 * session's host, admins and wellness leads publish them (others 403); the audience sees them with
 * the written answers, and is told by a notification ({@value #NOTICE}, which they can switch off).
 */
@Service
@Transactional
public class SessionNotes {

    public static final String NOTICE = "listening.notes";
    public static final int NOTES_MAX = 10_000;

    public record Notes(String text, Instant publishedAt) {}

    private final ListeningSessions sessions;
    private final JdbcClient jdbc;
    private final NotificationManagement notifications;

    SessionNotes(ListeningSessions sessions, JdbcClient jdbc, NotificationManagement notifications) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    /** The session's published notes, for anyone who sees the session (others 404). */
    @Transactional(readOnly = true)
    public Optional<Notes> notes(CurrentUser viewer, UUID sessionId) {
        sessions.session(viewer, sessionId);
        return jdbc.sql("SELECT body, published_at FROM listening_session_notes WHERE org_id = ? AND session_id = ?")
                .params(viewer.organizationId(), sessionId)
                .query((rs, n) -> new Notes(rs.getString("body"), rs.getTimestamp("published_at").toInstant()))
                .optional();
    }

    /** Whether the person may publish notes on the session now: a moderator, and the session is over. */
    @Transactional(readOnly = true)
    public boolean mayPublish(CurrentUser person, ListeningSession session) {
        return session.moderates() && !session.upcoming(Instant.now());
    }

    /**
     * Publishes (or replaces) the notes: 1 to {@value #NOTES_MAX} characters, else a field error;
     * not a moderator 403; a session not yet over 409. Tells the audience, but not the publisher.
     */
    public void publish(CurrentUser person, UUID sessionId, @Nullable String text) {
        ListeningSession session = sessions.session(person, sessionId);
        if (!session.moderates()) {
            throw Problems.forbidden();
        }
        if (session.upcoming(Instant.now())) {
            throw Problems.conflict("listening.notes.notYet");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw Problems.invalid("notes", "listening.notes.required");
        }
        if (body.codePointCount(0, body.length()) > NOTES_MAX) {
            throw Problems.invalid("notes", "validation.tooLong", NOTES_MAX);
        }
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("UPDATE listening_session_notes SET body = ?, published_at = ? WHERE org_id = ? AND session_id = ?")
                .params(body, now, person.organizationId(), sessionId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO listening_session_notes (session_id, org_id, body, published_at) VALUES (?, ?, ?, ?)")
                    .params(sessionId, person.organizationId(), body, now).update();
        }
        Set<UUID> audience = sessions.audience(person, sessionId);
        audience.remove(person.personId());
        if (!audience.isEmpty()) {
            notifications.notify(Notice.inApp(person.organizationId(), audience, NOTICE, "listening.notes.notice",
                    List.of(session.title()), "/listening/sessions/" + sessionId + "#notes"));
        }
    }
}

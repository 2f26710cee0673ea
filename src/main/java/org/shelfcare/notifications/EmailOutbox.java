package org.shelfcare.notifications;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Every email goes out through this persistent outbox. A row waits until its {@code not_before}
 * (the end of the recipient's quiet hours), then a sender claims it, sends it and marks it sent.
 * When SMTP is away the row stays, with the error, and is retried with growing pauses (1, 2, 4
 * minutes... at most an hour), so nothing is lost. With no SMTP configured at all, mail simply
 * waits here and everything else works in the app.
 *
 * <p>Claiming is an optimistic update on the attempt count, so several nodes may run the sender at
 * once and each row is sent by one of them. A claimed row is leased for a while: should a node die
 * between sending and marking, the row is sent again after the lease (at most once more), which is
 * the only way an email could repeat.
 */
@Component
class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int BATCH = 50;
    private static final int INSERT_BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final boolean configured;

    EmailOutbox(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectProvider<JavaMailSender> mailSender, @Value("${shelfcare.mail.from}") String from,
            @Value("${spring.mail.host:}") String host, @Value("${spring.mail.jndi-name:}") String jndiName) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.mailSender = mailSender;
        this.from = from;
        // an empty spring.mail.host (as shipped) still makes Boot create a sender; it means "no SMTP"
        this.configured = !host.isBlank() || !jndiName.isBlank();
    }

    /** Queues an email for {@code recipient}, to go out no earlier than {@code notBefore}. */
    UUID enqueue(UUID orgId, String recipient, EmailMessage message, Instant notBefore) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        Instant earliest = notBefore.isAfter(now) ? notBefore : now;
        jdbc.sql("""
                INSERT INTO email_outbox (id, org_id, recipient, subject, body_text, body_html, created_at, not_before,
                    attempts, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(id, orgId, recipient, message.subject(), message.text(), message.html(), Timestamp.from(now),
                        Timestamp.from(earliest), Timestamp.from(earliest))
                .update();
        return id;
    }

    /**
     * Queues many emails of one library to go out now, in batched inserts: a message to thousands
     * of people is a handful of statements, not one transaction each.
     */
    void enqueueNow(UUID orgId, List<EmailMessage> messages, List<String> recipients) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            EmailMessage message = messages.get(i);
            rows.add(new Object[] {UUID.randomUUID(), orgId, recipients.get(i), message.subject(), message.text(),
                    message.html(), now, now, now});
        }
        for (int from = 0; from < rows.size(); from += INSERT_BATCH) {
            jdbcTemplate.batchUpdate("""
                    INSERT INTO email_outbox (id, org_id, recipient, subject, body_text, body_html, created_at, not_before,
                        attempts, next_attempt_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""", rows.subList(from, Math.min(rows.size(), from + INSERT_BATCH)));
        }
    }

    /** Sends what is due now; the scheduler calls it every few seconds. Answers how many went out. */
    int sendDue() {
        return sendDue(Instant.now());
    }

    /** Sends what is due at {@code now}. */
    int sendDue(Instant now) {
        JavaMailSender sender = configured ? mailSender.getIfAvailable() : null;
        if (sender == null) {
            return 0;
        }
        List<Due> due = jdbc.sql("""
                SELECT id, recipient, subject, body_text, body_html, attempts FROM email_outbox
                WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?""")
                .params(Timestamp.from(now), BATCH)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
                        rs.getInt("attempts")))
                .list();
        int sent = 0;
        for (Due mail : due) {
            if (claim(mail, now)) {
                sent += send(sender, mail, now) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean claim(Due mail, Instant now) {
        return jdbc.sql("""
                UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = ?
                WHERE id = ? AND attempts = ? AND sent_at IS NULL AND next_attempt_at <= ?""")
                .params(Timestamp.from(now.plus(LEASE)), mail.id(), mail.attempts(), Timestamp.from(now))
                .update() == 1;
    }

    private boolean send(JavaMailSender sender, Due mail, Instant now) {
        int attempt = mail.attempts() + 1;
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            if (mail.html() != null) {
                helper.setText(mail.text(), mail.html());
            } else {
                helper.setText(mail.text());
            }
            sender.send(message);
        } catch (Exception failure) {
            Instant retry = now.plus(backoff(attempt));
            jdbc.sql("UPDATE email_outbox SET next_attempt_at = ?, last_error = ? WHERE id = ? AND sent_at IS NULL")
                    .params(Timestamp.from(retry), describe(failure), mail.id()).update();
            // the message may name the recipient: it stays in the table, not in the log
            log.warn("Email {} not sent on attempt {} ({}); retrying at {}", mail.id(), attempt,
                    failure.getClass().getSimpleName(), retry);
            return false;
        }
        jdbc.sql("UPDATE email_outbox SET sent_at = ?, last_error = NULL WHERE id = ?")
                .params(Timestamp.from(Instant.now()), mail.id()).update();
        return true;
    }

    /** 1 minute after the first failure, then twice as long each time, at most an hour. */
    static Duration backoff(int attempt) {
        if (attempt >= 8) {
            return LONGEST_RETRY;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.max(0, attempt - 1));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private static String describe(Exception failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private record Due(UUID id, String recipient, String subject, String text, @org.jspecify.annotations.Nullable String html,
            int attempts) {}
}

package org.shelfcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Email through the outbox against a real SMTP server (GreenMail on the port the test profile
 * points the app at). The outbox is driven by calling {@code sendDue} directly, with the time it
 * should act at, so that retries and quiet hours need no waiting.
 */
@IntegrationTest
class EmailOutboxTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired EmailOutbox outbox;
    @Autowired NotificationManagement notifications;
    @Autowired JdbcClient jdbc;
    @Autowired Scheduler scheduler;

    /**
     * Parks the mail that earlier tests of the shared context left unsent (they ran without an SMTP
     * server), so that each test here waits for its own mail only, not behind hundreds of others.
     */
    @BeforeEach
    void parkMailOfEarlierTests() {
        jdbc.sql("UPDATE email_outbox SET next_attempt_at = ? WHERE sent_at IS NULL")
                .param(java.sql.Timestamp.from(Instant.parse("2999-01-01T00:00:00Z"))).update();
    }

    @Test
    void anInvitationEmailCarriesTheLinkAndShowsMarkupInTheNameAsText() throws Exception {
        Fixtures.Library library = fixtures.library("Mail Library");
        String email = "ana" + System.nanoTime() + "@mail.example";
        Invitation invitation = directory.invite(library.admin(),
                new NewPerson("<b>Ana</b>", email, null, List.of(), null, null, null, null));

        MimeMessage mail = awaitMailTo(email);

        assertThat(mail.getSubject()).contains("You are invited to ShelfCare at Mail Library");
        String html = htmlPart(mail);
        assertThat(textPart(mail)).contains(invitation.url()).contains("Hello <b>Ana</b>,");
        assertThat(html).contains("href=\"" + invitation.url() + "\"")
                .contains("Hello &lt;b&gt;Ana&lt;/b&gt;,")
                .doesNotContain("<b>Ana</b>");
    }

    @Test
    void anSmtpOutageLosesNothingAndTheMailGoesOutOnceWhenItReturns() throws Exception {
        smtp.stop();
        Fixtures.Library library = fixtures.library("Outage Library");
        String email = "outage" + System.nanoTime() + "@mail.example";
        directory.invite(library.admin(), new NewPerson("Outage Person", email, null, List.of(), null, null, null, null));

        // attempts fail while SMTP is away; the row stays with its error and a later retry time
        Row failed = await(() -> row(email).filter(r -> r.lastError() != null), () -> outbox.sendDue());
        assertThat(failed.sentAt()).isNull();
        assertThat(failed.attempts()).isGreaterThanOrEqualTo(1);
        assertThat(failed.nextAttemptAt()).isAfter(Instant.now().plusSeconds(30));

        smtp.start();
        outbox.sendDue();
        assertThat(smtp.getReceivedMessagesForDomain("mail.example")).noneMatch(m -> sentTo(m, email));

        // once the backoff has passed, it goes out
        Instant later = Instant.now().plus(EmailOutbox.LEASE).plus(Duration.ofMinutes(5));
        // nudged until it goes: earlier tests may have left more than one batch of mail due by then
        await(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, email)).findFirst(),
                () -> outbox.sendDue(later));
        assertThat(row(email).orElseThrow().sentAt()).isNotNull();

        // and never again
        outbox.sendDue(later.plus(Duration.ofHours(2)));
        outbox.sendDue(later.plus(Duration.ofDays(1)));
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, email))).hasSize(1);
    }

    @Test
    void quietHoursDeferEmailButNotTheInAppNotification() throws Exception {
        Fixtures.Library library = fixtures.library("Quiet Library");
        CurrentUser person = library.person("Quiet Person");
        ZoneId zone = person.zone();
        LocalTime now = LocalTime.now(zone).withSecond(0).withNano(0);
        notifications.savePreferences(person, new NotificationPreferences(new QuietHours(true, now.minusHours(1),
                now.plusHours(1), EnumSet.allOf(java.time.DayOfWeek.class)), List.of()));

        notifications.notify(Notice.inApp(library.id(), Set.of(person.personId()), "notifications.example",
                "notifications.title", List.of(), "/notifications").withEmail("notifications.title",
                "notifications.empty", List.of()));

        assertThat(notifications.unreadCount(person)).isEqualTo(1);
        Row deferred = row(person.email(), "Notifications").orElseThrow();
        assertThat(deferred.notBefore()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        outbox.sendDue();
        assertThat(row(person.email(), "Notifications").orElseThrow().sentAt()).isNull();

        MimeMessage mail = await(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> sentTo(m, person.email()) && subject(m).equals("Notifications")).findFirst(),
                () -> outbox.sendDue(deferred.notBefore().plusSeconds(1)));
        assertThat(textPart(mail)).contains("/notifications/preferences");
    }

    @Test
    void aPasswordResetEmailComesInThePersonsLanguageRightAway() throws Exception {
        Fixtures.Library library = fixtures.library("Reset Library");
        CurrentUser person = library.person("Lucía Reset");
        directory.setLocale(person.personId(), java.util.Locale.forLanguageTag("es"));
        // quiet hours do not hold back an email the person asked for
        notifications.savePreferences(person, new NotificationPreferences(new QuietHours(true,
                LocalTime.now(person.zone()).minusHours(1), LocalTime.now(person.zone()).plusHours(1),
                EnumSet.allOf(java.time.DayOfWeek.class)), List.of()));

        directory.requestPasswordReset(person.email());

        MimeMessage mail = await(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> sentTo(m, person.email()) && subject(m).contains("contraseña")).findFirst(),
                () -> outbox.sendDue());
        assertThat(mail.getSubject()).isEqualTo("Restablecer su contraseña de ShelfCare");
        assertThat(textPart(mail)).contains("Hola, Lucía Reset").contains("/reset-password/");
        assertThat(htmlPart(mail)).contains("<html lang=\"es\">").contains("href=\"http");
    }

    @Test
    void sendersRacingForTheSameMailSendItOnce() throws Exception {
        Fixtures.Library library = fixtures.library("Race Library");
        List<String> recipients = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String email = "race" + i + "x" + System.nanoTime() + "@mail.example";
            recipients.add(email);
            outbox.enqueue(library.id(), email, new EmailMessage("Race " + i, "Only once, please.", null), Instant.now());
        }

        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(nodes.submit(() -> outbox.sendDue()));
            }
            for (java.util.concurrent.Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }

        for (String email : recipients) {
            awaitMailTo(email);
        }
        outbox.sendDue(Instant.now().plus(Duration.ofHours(3)));
        for (String email : recipients) {
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, email))).as(email).hasSize(1);
        }
    }

    @Test
    void theSenderRunsAsADbSchedulerJob() {
        assertThat(scheduler.getScheduledExecution(TaskInstanceId.of(OutboxSchedule.TASK, RecurringTask.INSTANCE)))
                .isPresent();
    }

    private MimeMessage awaitMailTo(String email) throws Exception {
        return await(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, email)).findFirst(),
                () -> outbox.sendDue());
    }

    /** Waits (10 s at most) for the invitation listener and the outbox, nudging the outbox meanwhile. */
    private static <T> T await(Supplier<Optional<T>> probe, Runnable nudge) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            nudge.run();
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing arrived within 10 seconds");
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException unreadable) {
            return "";
        }
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(email));
        } catch (jakarta.mail.MessagingException unreadable) {
            return false;
        }
    }

    private static String textPart(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    private static String htmlPart(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }

    private static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Optional<Row> row(String email) {
        return row(email, "%");
    }

    private Optional<Row> row(String email, String subject) {
        return jdbc.sql("""
                SELECT attempts, last_error, sent_at, next_attempt_at, not_before FROM email_outbox
                WHERE recipient = ? AND subject LIKE ? ORDER BY created_at DESC LIMIT 1""")
                .params(email, subject)
                .query((rs, n) -> new Row(rs.getInt("attempts"), rs.getString("last_error"),
                        instant(rs.getTimestamp("sent_at")), rs.getTimestamp("next_attempt_at").toInstant(),
                        rs.getTimestamp("not_before").toInstant()))
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Row(int attempts, String lastError, Instant sentAt, Instant nextAttemptAt, Instant notBefore) {}
}

package org.shelfcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.LiveStreamLanesTests.Browser;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several nodes: what one node publishes reaches the other nodes' pages as a {@code resync} (a
 * wake-up through PostgreSQL carrying no content), for the right library, topic and people only.
 * The nodes here are this test's application and a second live stream built beside it on the same
 * database.
 */
@IntegrationTest
class LiveWakeUpsTests {

    private static final String QUESTIONS = "listening.session.wake-up";

    @Autowired LiveStream live;
    @Autowired LiveWakeUps wakeUps;
    @Autowired DataSource dataSource;
    @Autowired JsonMapper json;

    private final List<Browser> opened = new ArrayList<>();
    private final List<Runnable> cleanUp = new ArrayList<>();

    @AfterEach
    void stopOtherNode() {
        cleanUp.forEach(Runnable::run);
    }

    private LiveStream otherNode() {
        LiveStream other = new LiveStream(json, Duration.ofHours(1), Duration.ofHours(1), 1, Duration.ofSeconds(2)) {
            @Override
            SseEmitter newEmitter(long timeoutMillis) {
                Browser browser = new Browser();
                opened.add(browser);
                return browser;
            }
        };
        cleanUp.add(other::destroy);
        return other;
    }

    private Browser open(LiveStream node, UUID library, UUID person, String topic) {
        node.subscribe(new CurrentUser(person, library, "Reader", null, null, Set.of(Role.STAFF), Locale.ENGLISH,
                ZoneId.of("UTC"), false), Set.of(NotificationManagement.TOPIC, topic), null, List.of());
        return opened.get(opened.size() - 1);
    }

    private boolean onPostgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            return connection.isWrapperFor(PGConnection.class);
        }
    }

    @Test
    void anotherNodesPagesHearThatTheyMissedSomethingButNotWhat() throws Exception {
        if (!onPostgresql()) {
            assertThat(wakeUps.isRunning()).as("one node on H2: no wake-ups").isFalse();
            return;
        }
        assertThat(wakeUps.isRunning()).isTrue();
        LiveStream node = otherNode();
        LiveWakeUps nodeWakeUps = new LiveWakeUps(node, dataSource, json, "auto", Duration.ofMillis(50));
        nodeWakeUps.start();
        cleanUp.add(0, nodeWakeUps::stop);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!nodeWakeUps.listening() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(nodeWakeUps.listening()).isTrue();

        UUID library = UUID.randomUUID();
        UUID named = UUID.randomUUID();
        Browser namedPerson = open(node, library, named, QUESTIONS);
        Browser colleague = open(node, library, UUID.randomUUID(), "listening.session.other");
        Browser otherLibrary = open(node, UUID.randomUUID(), named, QUESTIONS);
        Browser follower = open(node, library, UUID.randomUUID(), QUESTIONS);

        live.publishTo(library, NotificationManagement.TOPIC, Set.of(named), "unread", java.util.Map.of("count", 7));
        live.publish(library, QUESTIONS, viewer -> true, "question", java.util.Map.of("text", "Secret question"));

        assertThat(awaitResyncs(namedPerson, 2)).as("one for each publication it follows").isEqualTo(2);
        assertThat(awaitResyncs(follower, 1)).isEqualTo(1);
        Thread.sleep(300);
        assertThat(resyncs(follower)).as("not the unread count of someone else").isEqualTo(1);
        assertThat(resyncs(colleague)).as("another topic").isZero();
        assertThat(resyncs(otherLibrary)).as("another library").isZero();
        assertThat(namedPerson.text()).as("no content crosses").doesNotContain("Secret question").doesNotContain("count");
    }

    private static int resyncs(Browser browser) {
        return browser.text().split("event:resync", -1).length - 1;
    }

    private static int awaitResyncs(Browser browser, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (resyncs(browser) < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return resyncs(browser);
    }

    @Test
    void aNodeIgnoresItsOwnWakeUpsAndPassesEachOtherOneOnOnce() {
        LiveStream node = otherNode();
        LiveWakeUps nodeWakeUps = new LiveWakeUps(node, dataSource, json, "off", Duration.ofMillis(50));
        UUID library = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        Browser reader = open(node, library, person, QUESTIONS);
        String fromElsewhere = json.writeValueAsString(new LiveWakeUps.WakeUp("another-node", library, QUESTIONS, null));
        String fromItself = json.writeValueAsString(new LiveWakeUps.WakeUp(nodeWakeUps.node(), library, QUESTIONS, null));
        String forSomeoneElse = json.writeValueAsString(
                new LiveWakeUps.WakeUp("another-node", library, QUESTIONS, Set.of(UUID.randomUUID())));

        nodeWakeUps.hear(new PGNotification[] {heard(fromElsewhere), heard(fromElsewhere), heard("not json"),
                heard(forSomeoneElse), heard(fromItself)});

        assertThat(resyncs(reader)).as("the same wake-up twice at once: one resync; another person's and its own: none").isEqualTo(1);
        assertThat(nodeWakeUps.isRunning()).as("switched off").isFalse();
    }

    private static PGNotification heard(String payload) {
        return new PGNotification() {
            @Override
            public String getName() {
                return LiveWakeUps.CHANNEL;
            }

            @Override
            public int getPID() {
                return 1;
            }

            @Override
            public String getParameter() {
                return payload;
            }
        };
    }
}

package org.shelfcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the live stream writes to many open streams: in order on each stream whoever publishes, a
 * reader that does not keep up delays no stream of another partition, and a stream too far behind
 * is closed and resumes from its last event id.
 */
class LiveStreamLanesTests {

    private static final Pattern ID = Pattern.compile("id:(\\S+)-(\\d+)\nevent:");
    private static final UUID LIBRARY = UUID.randomUUID();

    private final List<LiveStream> streams = new ArrayList<>();

    @AfterEach
    void stop() {
        streams.forEach(LiveStream::destroy);
    }

    /** A live stream in {@code writers} partitions whose streams are the {@link Browser}s in {@code opened}. */
    private LiveStream live(int writers, Duration maxWriteWait, List<Browser> opened) {
        LiveStream live = new LiveStream(JsonMapper.builder().build(), Duration.ofHours(1), Duration.ofHours(1), writers,
                maxWriteWait) {
            @Override
            SseEmitter newEmitter(long timeoutMillis) {
                Browser browser = new Browser();
                opened.add(browser);
                return browser;
            }
        };
        streams.add(live);
        return live;
    }

    private static CurrentUser person() {
        return new CurrentUser(UUID.randomUUID(), LIBRARY, "Live Reader", null, null, Set.of(Role.STAFF), Locale.ENGLISH,
                ZoneId.of("UTC"), false);
    }

    private static Browser open(LiveStream live, List<Browser> opened, String lastEventId) {
        live.subscribe(person(), Set.of("listening.session.1"), lastEventId, List.of());
        return opened.get(opened.size() - 1);
    }

    private static void publish(LiveStream live, int n) {
        live.publish(LIBRARY, "listening.session.1", viewer -> true, "question", Map.of("n", n));
    }

    @Test
    void everyStreamGetsEveryEventInOrderWhileManyPublishAtOnce() throws Exception {
        List<Browser> opened = new ArrayList<>();
        LiveStream live = live(3, Duration.ofSeconds(5), opened);
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            browsers.add(open(live, opened, null));
        }
        List<Thread> publishers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int first = t * 100;
            Thread publisher = new Thread(() -> {
                for (int n = first; n < first + 100; n++) {
                    publish(live, n);
                }
            });
            publishers.add(publisher);
            publisher.start();
        }
        for (Thread publisher : publishers) {
            publisher.join(TimeUnit.SECONDS.toMillis(30));
        }

        for (Browser browser : browsers) {
            List<Long> ids = browser.awaitIds(400);
            assertThat(ids).hasSize(400).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void aReaderThatDoesNotKeepUpDelaysNoStreamOfAnotherPartition() throws Exception {
        List<Browser> opened = new ArrayList<>();
        LiveStream live = live(2, Duration.ofSeconds(30), opened);
        Browser slow = open(live, opened, null);      // partition 0
        Browser other = open(live, opened, null);     // partition 1
        Browser third = open(live, opened, null);     // partition 0, after the slow one
        slow.holdWrites();

        Thread publisher = new Thread(() -> publish(live, 1));
        publisher.start();
        assertThat(other.awaitIds(1)).as("the other partition is written while the slow reader holds its own").hasSize(1);
        assertThat(slow.ids()).isEmpty();
        assertThat(third.ids()).as("behind the slow reader in its partition").isEmpty();
        slow.releaseWrites();
        publisher.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(slow.ids()).hasSize(1);
        assertThat(third.ids()).hasSize(1);
    }

    @Test
    void aStreamTooFarBehindIsClosedAndResumesFromItsLastEvent() throws Exception {
        List<Browser> opened = new ArrayList<>();
        LiveStream live = live(2, Duration.ofSeconds(1), opened);
        Browser slow = open(live, opened, null);
        Browser keepsUp = open(live, opened, null);
        assertThat(live.open()).isEqualTo(2);
        slow.delayEachWrite(Duration.ofMillis(2500));

        publish(live, 1);
        assertThat(slow.awaitIds(1)).hasSize(1);
        slow.awaitClosed();
        assertThat(live.open()).isEqualTo(1);
        publish(live, 2);
        assertThat(keepsUp.awaitIds(2)).hasSize(2);
        assertThat(slow.ids()).hasSize(1);

        Browser resumed = open(live, opened, slow.lastEventId());
        assertThat(resumed.ids()).containsExactly(keepsUp.ids().get(1));
        assertThat(resumed.text()).doesNotContain("event:resync");
    }

    /** A browser's end of a stream: what was written to it, and, when asked, a slow reader. */
    static final class Browser extends SseEmitter {

        private final StringBuilder received = new StringBuilder();
        private volatile long delayMillis;
        private volatile boolean closed;
        private final CountDownLatch held = new CountDownLatch(1);
        private volatile boolean holding;

        void delayEachWrite(Duration delay) {
            delayMillis = delay.toMillis();
        }

        /** Every write waits until {@link #releaseWrites()}: a reader that stopped reading. */
        void holdWrites() {
            holding = true;
        }

        void releaseWrites() {
            held.countDown();
        }

        @Override
        public void send(Set<ResponseBodyEmitter.DataWithMediaType> items) {
            if (holding) {
                try {
                    held.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (received) {
                for (ResponseBodyEmitter.DataWithMediaType item : items) {
                    Object data = item.getData();
                    received.append(data instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : data);
                }
            }
        }

        @Override
        public void complete() {
            closed = true;
            super.complete();
        }

        String text() {
            synchronized (received) {
                return received.toString();
            }
        }

        List<Long> ids() {
            Matcher matcher = ID.matcher(text());
            List<Long> ids = new ArrayList<>();
            while (matcher.find()) {
                ids.add(Long.parseLong(matcher.group(2)));
            }
            return ids;
        }

        String lastEventId() {
            Matcher matcher = ID.matcher(text());
            String last = null;
            while (matcher.find()) {
                last = matcher.group(1) + "-" + matcher.group(2);
            }
            return last;
        }

        List<Long> awaitIds(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (ids().size() < count && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            return ids();
        }

        void awaitClosed() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!closed && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(closed).as("the stream was closed").isTrue();
        }
    }
}

package org.shelfcare.notifications;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one live event stream that a page holds open ({@code GET /api/v1/stream?topics=...}). Modules
 * publish to a topic of a library for an audience; every open stream of that library that follows
 * the topic and whose person is in the audience receives the event. The topic
 * {@value NotificationManagement#TOPIC} is always followed; other topics need a
 * {@link TopicAuthorizer} that lets the person follow them.
 *
 * <p>Events carry ids, and the last few hundred are kept in memory, so a browser that reconnects
 * with {@code Last-Event-ID} gets what it missed; when that is no longer here (or this node has
 * restarted since), it receives a {@code resync} event and reloads what it shows. Comments are
 * sent every {@code shelfcare.live.heartbeat} so that proxies keep the connection open.
 *
 * <p>Writing: the open streams are spread over a few writer lanes ({@code shelfcare.live.writers},
 * by default twice the cores), each a thread that writes to its own streams in turn, so the lanes
 * write in parallel and a reader that does not keep up holds up only the streams of its lane. When
 * events arrive faster than a lane writes, they wait in the lane and go out together, in one write
 * per stream. A stream whose write took longer than {@code shelfcare.live.max-write-wait} (2 s)
 * is too far behind: it is closed after that write, and the browser reconnects with
 * {@code Last-Event-ID} and receives what it missed (or a {@code resync}).
 *
 * <p>The fan-out to the open streams happens inside this JVM. With several nodes, PostgreSQL
 * {@code LISTEN/NOTIFY} is only to be used as a wake-up signal between nodes (a node that hears it
 * republishes to its own streams); the events themselves never travel through the database. This
 * version fans out on a single node.
 */
@Component
public class LiveStream implements DisposableBean {

    /** Sent when a reconnecting page may have missed events; it should reload what it shows. */
    public static final String RESYNC = "resync";

    private static final int KEPT = 512;
    private static final byte[] HEARTBEAT = ":heartbeat\n\n".getBytes(StandardCharsets.US_ASCII);

    private final JsonMapper json;
    private final Duration timeout;
    private final long maxWriteWaitNanos;
    private final long publishWaitMillis;
    private final String node = Long.toString(System.currentTimeMillis(), 36);
    private final Object lock = new Object();
    private final Deque<Event> recent = new ArrayDeque<>();
    private final Lane[] lanes;
    private final List<Thread> writers = new ArrayList<>();
    private final AtomicInteger nextLane = new AtomicInteger();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-stream-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private long sequence;

    LiveStream(JsonMapper json, @Value("${shelfcare.live.heartbeat:20s}") Duration heartbeatEvery,
            @Value("${shelfcare.live.stream-timeout:1h}") Duration timeout,
            @Value("${shelfcare.live.writers:0}") int writers,
            @Value("${shelfcare.live.max-write-wait:2s}") Duration maxWriteWait,
            @Value("${shelfcare.live.publish-wait:1s}") Duration publishWait) {
        this.json = json;
        this.timeout = timeout;
        this.maxWriteWaitNanos = maxWriteWait.toNanos();
        this.publishWaitMillis = publishWait.toMillis();
        int count = writers > 0 ? writers : Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
        this.lanes = new Lane[count];
        for (int i = 0; i < count; i++) {
            lanes[i] = new Lane(i);
            Thread thread = new Thread(lanes[i], "live-stream-writer-" + i);
            thread.setDaemon(true);
            thread.start();
            this.writers.add(thread);
        }
        heartbeat.scheduleAtFixedRate(this::beat, heartbeatEvery.toMillis(), heartbeatEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Sends {@code data} (as JSON) to everyone of the library following {@code topic} whom {@code audience} accepts.
     * The event is serialized once and handed to every writer lane; {@code publish} returns once
     * all lanes have written it (at once when there is no load), or after
     * {@code shelfcare.live.publish-wait} at the latest, the lanes then writing it with what follows.
     */
    public void publish(UUID organizationId, String topic, Predicate<CurrentUser> audience, String eventName,
            Object data) {
        String text = json.writeValueAsString(data);
        Round round;
        synchronized (lock) {
            Event event = new Event(++sequence, organizationId, topic, audience, eventName, text);
            recent.addLast(event);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
            // under the lock, so that every lane receives the events in the order of their ids
            round = new Round(event, encode(List.of(event)), new CountDownLatch(lanes.length));
            for (Lane lane : lanes) {
                lane.queue.add(round);
            }
        }
        try {
            round.written().await(publishWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs {@code publish} once the current transaction has committed (at once when there is
     * none), so that no page hears of a change before it can read it, nor of one rolled back.
     */
    public static void afterCommit(Runnable publish) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish.run();
                }
            });
        } else {
            publish.run();
        }
    }

    /** Sends {@code data} to these people of the library, when they follow {@code topic}. */
    public void publishTo(UUID organizationId, String topic, Set<UUID> people, String eventName, Object data) {
        Set<UUID> audience = Set.copyOf(people);
        publish(organizationId, topic, viewer -> audience.contains(viewer.personId()), eventName, data);
    }

    /**
     * Opens a stream for {@code viewer} (the stream endpoint calls it once the topics are allowed),
     * sends {@code greeting} first, then replays what they missed since {@code lastEventId}.
     */
    public SseEmitter subscribe(CurrentUser viewer, Set<String> topics, @Nullable String lastEventId,
            List<SseEmitter.SseEventBuilder> greeting) {
        SseEmitter emitter = newEmitter(timeout.toMillis());
        List<Event> missed = new ArrayList<>();
        boolean resync = false;
        Subscriber subscriber;
        Lane lane = lanes[Math.floorMod(nextLane.getAndIncrement(), lanes.length)];
        // Whoever writes to a stream holds its emitter: a lane that already sees the new stream
        // waits until the greeting and the replay are written, so the stream's events stay in order.
        synchronized (emitter) {
            synchronized (lock) {
                // events up to now reach this stream only as a replay (below), later ones through its lane
                subscriber = new Subscriber(viewer, Set.copyOf(topics), emitter, sequence, lane);
                lane.subscribers.add(subscriber);
                if (lastEventId != null && !lastEventId.isBlank()) {
                    long last = sequenceOf(lastEventId);
                    long oldest = recent.isEmpty() ? sequence + 1 : recent.getFirst().id();
                    if (last < 0 || last > sequence || last + 1 < oldest) {
                        resync = true;
                    } else {
                        recent.stream().filter(e -> e.id() > last && subscriber.wants(e)).forEach(missed::add);
                    }
                }
            }
            emitter.onCompletion(() -> remove(subscriber));
            emitter.onTimeout(() -> remove(subscriber));
            emitter.onError(failure -> remove(subscriber));
            try {
                emitter.send(SseEmitter.event().reconnectTime(5000).comment("connected"));
                if (resync) {
                    emitter.send(SseEmitter.event().name(RESYNC).data("{}"));
                }
                for (SseEmitter.SseEventBuilder event : greeting) {
                    emitter.send(event);
                }
            } catch (IOException | IllegalStateException gone) {
                remove(subscriber);
                return emitter;
            }
            if (!missed.isEmpty()) {
                write(subscriber, encode(missed));
            }
        }
        return emitter;
    }

    /** The emitter of a new stream (tests put one in its place that reads slowly). */
    SseEmitter newEmitter(long timeoutMillis) {
        return new SseEmitter(timeoutMillis);
    }

    /** How many streams are open on this node. */
    int open() {
        int open = 0;
        for (Lane lane : lanes) {
            open += lane.subscribers.size();
        }
        return open;
    }

    /**
     * One writer: a thread, its share of the open streams and the events still to write to them.
     * It takes every event waiting and writes, to each of its streams in turn, the ones the stream
     * wants in one write; events that arrive meanwhile wait for its next turn.
     */
    private final class Lane implements Runnable {

        final int index;
        final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
        final LinkedBlockingQueue<Round> queue = new LinkedBlockingQueue<>();

        Lane(int index) {
            this.index = index;
        }

        @Override
        public void run() {
            List<Round> rounds = new ArrayList<>();
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    rounds.add(queue.take());
                } catch (InterruptedException stopped) {
                    return;
                }
                queue.drainTo(rounds);
                try {
                    deliver(rounds);
                } catch (RuntimeException unexpected) {
                    // a stream that fails in an unforeseen way must not stop the lane
                } finally {
                    rounds.forEach(round -> round.written().countDown());
                    rounds.clear();
                }
            }
        }

        /** Each distinct selection of the events is serialized once, and most streams want all of them. */
        private void deliver(List<Round> rounds) {
            byte[] whole = concat(rounds);
            for (Subscriber subscriber : subscribers) {
                List<Event> wanted = new ArrayList<>(rounds.size());
                for (Round round : rounds) {
                    if (round.event().id() > subscriber.after() && subscriber.wants(round.event())) {
                        wanted.add(round.event());
                    }
                }
                if (wanted.isEmpty()) {
                    continue;
                }
                long started = System.nanoTime();
                boolean written = write(subscriber, wanted.size() == rounds.size() ? whole : encode(wanted));
                if (written && System.nanoTime() - started > maxWriteWaitNanos) {
                    tooFarBehind(subscriber);
                }
            }
        }
    }

    private static byte[] concat(List<Round> rounds) {
        if (rounds.size() == 1) {
            return rounds.get(0).text();
        }
        int length = 0;
        for (Round round : rounds) {
            length += round.text().length;
        }
        byte[] whole = new byte[length];
        int at = 0;
        for (Round round : rounds) {
            System.arraycopy(round.text(), 0, whole, at, round.text().length);
            at += round.text().length;
        }
        return whole;
    }

    /** The events as server-sent events text, as Spring's {@code SseEmitter.event()} writes them. */
    private byte[] encode(List<Event> events) {
        StringBuilder text = new StringBuilder(events.size() * 160);
        for (Event event : events) {
            text.append("id:").append(node).append('-').append(event.id()).append("\nevent:").append(event.name())
                    .append("\ndata:").append(event.json().replace("\n", "\ndata:")).append("\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes to one stream; answers false (and forgets the stream) when it has gone. */
    private boolean write(Subscriber subscriber, byte[] text) {
        try {
            synchronized (subscriber.emitter()) {
                subscriber.emitter().send(Set.of(new ResponseBodyEmitter.DataWithMediaType(text, MediaType.TEXT_PLAIN)));
            }
            return true;
        } catch (IOException | IllegalStateException gone) {
            remove(subscriber);
            return false;
        }
    }

    /**
     * A stream whose reader did not take one write within {@code shelfcare.live.max-write-wait}: it
     * would hold up every other stream of its lane again on the next event, so it is closed; the
     * browser reconnects with the last id it got and receives the rest from the recent events.
     */
    private void tooFarBehind(Subscriber subscriber) {
        remove(subscriber);
        try {
            subscriber.emitter().complete();
        } catch (RuntimeException alreadyGone) {
            // closed meanwhile
        }
    }

    private void remove(Subscriber subscriber) {
        subscriber.lane().subscribers.remove(subscriber);
    }

    private void beat() {
        for (Lane lane : lanes) {
            for (Subscriber subscriber : lane.subscribers) {
                try {
                    write(subscriber, HEARTBEAT);
                } catch (RuntimeException gone) {
                    remove(subscriber);
                }
            }
        }
    }

    private long sequenceOf(String lastEventId) {
        int dash = lastEventId.lastIndexOf('-');
        if (dash < 0 || !lastEventId.substring(0, dash).equals(node)) {
            return -1;
        }
        try {
            return Long.parseLong(lastEventId.substring(dash + 1));
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        for (Lane lane : lanes) {
            lane.subscribers.forEach(subscriber -> subscriber.emitter().complete());
            lane.subscribers.clear();
            lane.queue.clear();
        }
        writers.forEach(Thread::interrupt);
    }

    private record Event(long id, UUID organizationId, String topic, Predicate<CurrentUser> audience, String name,
            String json) {}

    /** One event on its way: its text, written by every lane, which each count down {@code written}. */
    private record Round(Event event, byte[] text, CountDownLatch written) {}

    /** {@code after}: the last event published before it subscribed. */
    private record Subscriber(CurrentUser viewer, Set<String> topics, SseEmitter emitter, long after, Lane lane) {

        boolean wants(Event event) {
            return viewer.organizationId().equals(event.organizationId()) && topics.contains(event.topic())
                    && event.audience().test(viewer);
        }
    }
}

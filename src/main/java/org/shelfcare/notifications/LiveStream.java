package org.shelfcare.notifications;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
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
 * <p>Writing happens in rounds: whoever publishes writes everything pending to the open streams,
 * in one write per stream, unless a round is going on already, which then takes the event along
 * in its next round. So under load events go out together (fewer, larger writes), and with no load
 * each goes out before {@code publish} returns. The streams are split into
 * {@code shelfcare.live.writers} partitions (one by default) that a round writes in parallel: on a
 * small machine more partitions mean smaller batches and slower delivery (docs/performance.md).
 * A stream whose write took longer than {@code shelfcare.live.max-write-wait} (2 s) is too far
 * behind: it is closed after that write, so that it does not hold up every round again, and the
 * browser reconnects with {@code Last-Event-ID} and receives what it missed (or a {@code resync}).
 *
 * <p>The fan-out to the open streams happens inside this JVM. With several nodes, each publication
 * also goes to the {@link Relay} ({@link LiveWakeUps} on PostgreSQL), which wakes the other nodes
 * with the library, the topic and at most the ids of the people concerned; they send a
 * {@code resync} event to their own matching streams, and those pages ask again for what they show.
 * The events themselves never travel through the database.
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
    private final String node = Long.toString(System.currentTimeMillis(), 36);
    private final Object lock = new Object();
    private final Deque<Event> recent = new ArrayDeque<>();
    private final Deque<Event> pending = new ArrayDeque<>();
    private final ReentrantLock fanningOut = new ReentrantLock();
    private final Lane[] lanes;
    private final @Nullable ExecutorService parallel;
    private final AtomicInteger nextLane = new AtomicInteger();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-stream-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private long sequence;
    private volatile @Nullable Relay relay;

    LiveStream(JsonMapper json, @Value("${shelfcare.live.heartbeat:20s}") Duration heartbeatEvery,
            @Value("${shelfcare.live.stream-timeout:1h}") Duration timeout,
            @Value("${shelfcare.live.writers:1}") int writers,
            @Value("${shelfcare.live.max-write-wait:2s}") Duration maxWriteWait) {
        this.json = json;
        this.timeout = timeout;
        this.maxWriteWaitNanos = maxWriteWait.toNanos();
        int count = Math.max(1, writers);
        this.lanes = new Lane[count];
        for (int i = 0; i < count; i++) {
            lanes[i] = new Lane();
        }
        AtomicInteger threads = new AtomicInteger();
        this.parallel = count == 1 ? null : Executors.newFixedThreadPool(count - 1, runnable -> {
            Thread thread = new Thread(runnable, "live-stream-writer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::beat, heartbeatEvery.toMillis(), heartbeatEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Sends {@code data} (as JSON) to everyone of the library following {@code topic} whom {@code audience} accepts.
     * The event is serialized once, and written by whoever publishes, unless another thread is
     * writing events already: that thread then takes this one along ({@link #fanOut()}).
     */
    public void publish(UUID organizationId, String topic, Predicate<CurrentUser> audience, String eventName,
            Object data) {
        publish(organizationId, topic, audience, null, eventName, data);
    }

    private void publish(UUID organizationId, String topic, Predicate<CurrentUser> audience, @Nullable Set<UUID> people,
            String eventName, Object data) {
        publishHere(organizationId, topic, audience, eventName, data);
        Relay other = relay;
        if (other != null) {
            other.wake(organizationId, topic, people);
        }
    }

    /**
     * Tells this node's streams of the library that follow {@code topic} (and belong to one of
     * {@code people}, when given) that they may have missed events: another node published some.
     */
    void resync(UUID organizationId, String topic, @Nullable Set<UUID> people) {
        Predicate<CurrentUser> audience = people == null ? viewer -> true : viewer -> people.contains(viewer.personId());
        publishHere(organizationId, topic, audience, RESYNC, Map.of());
    }

    /** Tells every open stream of this node that it may have missed events (the wake-ups were interrupted). */
    void resyncEveryone() {
        Set<Map.Entry<UUID, String>> followed = new HashSet<>();
        for (Lane lane : lanes) {
            for (Subscriber subscriber : lane.subscribers) {
                subscriber.topics().forEach(topic -> followed.add(Map.entry(subscriber.viewer().organizationId(), topic)));
            }
        }
        followed.forEach(entry -> publishHere(entry.getKey(), entry.getValue(), viewer -> true, RESYNC, Map.of()));
    }

    /** Where publications go besides this node's streams (set once by {@link LiveWakeUps}). */
    void relayTo(Relay relay) {
        this.relay = relay;
    }

    /** Wakes the other nodes: something was published to a topic of a library (for these people, or null for all). */
    interface Relay {
        void wake(UUID organizationId, String topic, @Nullable Set<UUID> people);
    }

    private void publishHere(UUID organizationId, String topic, Predicate<CurrentUser> audience, String eventName,
            Object data) {
        String text = json.writeValueAsString(data);
        synchronized (lock) {
            Event event = new Event(++sequence, organizationId, topic, audience, eventName, text);
            recent.addLast(event);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
            pending.addLast(event);
        }
        fanOut();
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
        publish(organizationId, topic, viewer -> audience.contains(viewer.personId()), audience, eventName, data);
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
     * Writes the pending events to the streams that want them. One thread at a time does it; a
     * publisher that finds another one at work leaves its event to it and returns. So under load
     * the events that arrive while one round of writes goes on are written in the next round
     * together, in one write and flush per stream, instead of publishers queueing up behind each
     * other's writes; with no load, every event goes out at once, before {@code publish} returns.
     */
    private void fanOut() {
        do {
            if (!fanningOut.tryLock()) {
                return;  // the thread that holds it writes this event too: it checks pending before it lets go
            }
            try {
                List<Event> batch;
                while (!(batch = takePending()).isEmpty()) {
                    deliver(batch);
                }
            } finally {
                fanningOut.unlock();
            }
        } while (hasPending());  // an event added between the last take and the unlock
    }

    private List<Event> takePending() {
        synchronized (lock) {
            List<Event> batch = List.copyOf(pending);
            pending.clear();
            return batch;
        }
    }

    private boolean hasPending() {
        synchronized (lock) {
            return !pending.isEmpty();
        }
    }

    /**
     * One round: the partitions are written in parallel (the publishing thread writes the first),
     * and the round ends when all are written, so that each stream gets its events in order.
     */
    private void deliver(List<Event> batch) {
        byte[] whole = encode(batch);
        if (parallel == null) {
            lanes[0].deliver(batch, whole);
            return;
        }
        List<Future<?>> others = new ArrayList<>(lanes.length - 1);
        for (int i = 1; i < lanes.length; i++) {
            Lane lane = lanes[i];
            others.add(parallel.submit(() -> lane.deliver(batch, whole)));
        }
        lanes[0].deliver(batch, whole);
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (ExecutionException unexpected) {
                // a stream that failed in an unforeseen way; the other streams of its partition got the events
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A partition of the open streams. */
    private final class Lane {

        final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

        /** Each distinct selection of the batch is serialized once, and most streams want all of it. */
        void deliver(List<Event> batch, byte[] whole) {
            for (Subscriber subscriber : subscribers) {
                List<Event> wanted = new ArrayList<>(batch.size());
                for (Event event : batch) {
                    if (event.id() > subscriber.after() && subscriber.wants(event)) {
                        wanted.add(event);
                    }
                }
                if (wanted.isEmpty()) {
                    continue;
                }
                long started = System.nanoTime();
                boolean written = write(subscriber, wanted.size() == batch.size() ? whole : encode(wanted));
                if (written && System.nanoTime() - started > maxWriteWaitNanos) {
                    tooFarBehind(subscriber);
                }
            }
        }
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
        if (parallel != null) {
            parallel.shutdownNow();
        }
        for (Lane lane : lanes) {
            lane.subscribers.forEach(subscriber -> subscriber.emitter().complete());
            lane.subscribers.clear();
        }
    }

    private record Event(long id, UUID organizationId, String topic, Predicate<CurrentUser> audience, String name,
            String json) {}

    /** {@code after}: the last event published before it subscribed. */
    private record Subscriber(CurrentUser viewer, Set<String> topics, SseEmitter emitter, long after, Lane lane) {

        boolean wants(Event event) {
            return viewer.organizationId().equals(event.organizationId()) && topics.contains(event.topic())
                    && event.audience().test(viewer);
        }
    }
}

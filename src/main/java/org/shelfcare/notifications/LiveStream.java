package org.shelfcare.notifications;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
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

    private final JsonMapper json;
    private final Duration timeout;
    private final String node = Long.toString(System.currentTimeMillis(), 36);
    private final Object lock = new Object();
    private final Deque<Event> recent = new ArrayDeque<>();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-stream-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private long sequence;

    LiveStream(JsonMapper json, @Value("${shelfcare.live.heartbeat:20s}") Duration heartbeatEvery,
            @Value("${shelfcare.live.stream-timeout:1h}") Duration timeout) {
        this.json = json;
        this.timeout = timeout;
        heartbeat.scheduleAtFixedRate(this::beat, heartbeatEvery.toMillis(), heartbeatEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Sends {@code data} (as JSON) to everyone of the library following {@code topic} whom {@code audience} accepts. */
    public void publish(UUID organizationId, String topic, Predicate<CurrentUser> audience, String eventName,
            Object data) {
        Event event;
        List<Subscriber> receivers;
        synchronized (lock) {
            event = new Event(++sequence, organizationId, topic, audience, eventName, json.writeValueAsString(data));
            recent.addLast(event);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
            receivers = List.copyOf(subscribers);
        }
        for (Subscriber subscriber : receivers) {
            if (subscriber.wants(event)) {
                deliver(subscriber, event);
            }
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
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscriber subscriber = new Subscriber(viewer, Set.copyOf(topics), emitter);
        List<Event> missed = new ArrayList<>();
        boolean resync = false;
        synchronized (lock) {
            subscribers.add(subscriber);
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
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(failure -> subscribers.remove(subscriber));
        try {
            emitter.send(SseEmitter.event().reconnectTime(5000).comment("connected"));
            if (resync) {
                emitter.send(SseEmitter.event().name(RESYNC).data("{}"));
            }
            for (SseEmitter.SseEventBuilder event : greeting) {
                emitter.send(event);
            }
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
            return emitter;
        }
        missed.forEach(event -> deliver(subscriber, event));
        return emitter;
    }

    /** How many streams are open on this node. */
    int open() {
        return subscribers.size();
    }

    private void deliver(Subscriber subscriber, Event event) {
        try {
            subscriber.emitter().send(SseEmitter.event().id(node + "-" + event.id()).name(event.name()).data(event.json()));
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
        }
    }

    private void beat() {
        for (Subscriber subscriber : subscribers) {
            try {
                subscriber.emitter().send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | RuntimeException gone) {
                subscribers.remove(subscriber);
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
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }

    private record Event(long id, UUID organizationId, String topic, Predicate<CurrentUser> audience, String name,
            String json) {}

    private record Subscriber(CurrentUser viewer, Set<String> topics, SseEmitter emitter) {

        boolean wants(Event event) {
            return viewer.organizationId().equals(event.organizationId()) && topics.contains(event.topic())
                    && event.audience().test(viewer);
        }
    }
}

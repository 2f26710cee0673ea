package org.shelfcare.notifications;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live events across several nodes: PostgreSQL {@code LISTEN/NOTIFY} as a wake-up signal only.
 *
 * <p>What a node publishes is gathered for {@code shelfcare.live.wake-up-delay} (200 ms) and sent
 * as one notification per library and topic on the channel {@value #CHANNEL}: the node, the
 * library, the topic and, for an event meant for some people, their ids (at most
 * {@value #MOST_PEOPLE}; more wake everyone following the topic). No content, no names. Every node
 * listens on its own connection; hearing another node, it sends {@code resync} to its matching
 * streams, and those pages ask again for what they show (the unread count, the alert banner, a
 * listening session's questions). When the listening connection drops, the node reconnects and
 * tells all its streams to resync, since it may have missed wake-ups meanwhile.
 *
 * <p>On H2 (one node by design) this stays off; {@code shelfcare.live.wake-ups=off} turns it off on
 * PostgreSQL too, for an instance of one node.
 */
@Component
class LiveWakeUps implements LiveStream.Relay, SmartLifecycle {

    static final String CHANNEL = "shelfcare_live";
    static final int MOST_PEOPLE = 150;

    private static final Logger log = LoggerFactory.getLogger(LiveWakeUps.class);
    private static final Duration LISTEN_WAIT = Duration.ofSeconds(1);
    private static final Duration MOST_BACKOFF = Duration.ofSeconds(30);

    private final LiveStream live;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final boolean wanted;
    private final Duration delay;
    private final String node = UUID.randomUUID().toString();
    private final Set<WakeUp> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile boolean listening;
    private @Nullable ScheduledExecutorService sender;
    private @Nullable Thread listener;

    LiveWakeUps(LiveStream live, DataSource dataSource, JsonMapper json,
            @Value("${shelfcare.live.wake-ups:auto}") String mode,
            @Value("${shelfcare.live.wake-up-delay:200ms}") Duration delay) {
        this.live = live;
        this.dataSource = dataSource;
        this.json = json;
        this.wanted = !"off".equalsIgnoreCase(mode.strip());
        this.delay = delay;
    }

    /** What one notification says. {@code people} null: everyone following the topic. */
    record WakeUp(String node, UUID organizationId, String topic, @Nullable Set<UUID> people) {}

    @Override
    public void start() {
        if (!wanted || !onPostgresql()) {
            return;
        }
        running = true;
        ScheduledExecutorService scheduled = Executors.newSingleThreadScheduledExecutor(daemon("live-wake-up-sender"));
        scheduled.scheduleWithFixedDelay(this::sendWaiting, delay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
        sender = scheduled;
        Thread listening = daemon("live-wake-up-listener").newThread(this::listen);
        listener = listening;
        listening.start();
        live.relayTo(this);
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        if (sender != null) {
            sender.shutdownNow();
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** This node's name in its wake-ups. */
    String node() {
        return node;
    }

    /** Whether this node hears the other nodes now (it has a connection that listens). */
    boolean listening() {
        return listening;
    }

    @Override
    public void wake(UUID organizationId, String topic, @Nullable Set<UUID> people) {
        if (running) {
            waiting.add(new WakeUp(node, organizationId, topic,
                    people == null || people.size() > MOST_PEOPLE ? null : Set.copyOf(people)));
        }
    }

    /** Sends what was published since the last round, one notification per library, topic and audience. */
    void sendWaiting() {
        if (waiting.isEmpty()) {
            return;
        }
        List<WakeUp> round = new ArrayList<>(waiting);
        waiting.removeAll(round);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            for (WakeUp wakeUp : round) {
                notify.setString(1, CHANNEL);
                notify.setString(2, json.writeValueAsString(wakeUp));
                notify.execute();
            }
        } catch (SQLException | RuntimeException failed) {
            // the other nodes' pages catch up on their next load or reconnect; this node goes on
            log.warn("Could not wake the other nodes for {} live events: {}", round.size(), failed.toString());
        }
    }

    private void listen() {
        Duration backoff = Duration.ofSeconds(1);
        boolean connectedBefore = false;
        while (running) {
            try (Connection connection = listeningConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (connectedBefore) {
                    live.resyncEveryone();  // wake-ups may have been missed while disconnected
                }
                connectedBefore = true;
                listening = true;
                backoff = Duration.ofSeconds(1);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = notifications.getNotifications((int) LISTEN_WAIT.toMillis());
                    if (heard != null && heard.length > 0) {
                        hear(heard);
                    }
                }
            } catch (SQLException | RuntimeException failed) {
                listening = false;
                if (!running) {
                    return;
                }
                log.warn("Live wake-ups from other nodes paused ({}); trying again in {}", failed.toString(), backoff);
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MOST_BACKOFF) > 0 ? MOST_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** The notifications heard at once, each distinct one passed on once, this node's own left out. */
    void hear(PGNotification[] heard) {
        Set<WakeUp> distinct = new LinkedHashSet<>();
        for (PGNotification notification : heard) {
            try {
                WakeUp wakeUp = json.readValue(notification.getParameter(), WakeUp.class);
                if (!node.equals(wakeUp.node())) {
                    distinct.add(wakeUp);
                }
            } catch (RuntimeException malformed) {
                log.debug("Ignored a live wake-up that could not be read: {}", malformed.toString());
            }
        }
        distinct.forEach(wakeUp -> live.resync(wakeUp.organizationId(), wakeUp.topic(), wakeUp.people()));
    }

    /** A connection of its own, outside the pool, since it stays open as long as the node runs. */
    private Connection listeningConnection() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource.getConnection();
    }

    private boolean onPostgresql() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException unavailable) {
            return false;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

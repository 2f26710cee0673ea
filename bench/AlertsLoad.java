import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The load driver of {@code bench/run alerts}: VIEWERS browsers, each a different staff member,
 * hold the live stream open ({@code GET /api/v1/stream?topics=safety.alerts}, as every signed-in
 * page does for the alert banner); then an admin sends alerts through the API, and for each alert it
 * records, from just before the request is sent:
 * <ul>
 * <li>when every browser of an alerted person has received the banner's {@code event: alert};</li>
 * <li>when the email outbox holds an email for every person alerted (a {@code psql} session
 * counts the rows of {@code email_outbox} every 10 ms);</li>
 * <li>when the send request answered.</li>
 * </ul>
 * Each round sends two alerts: one to the small branch (SMALL people: the baseline, same servers,
 * same open browsers) and one to the whole library (PEOPLE people). The first round warms the
 * server up and is not counted; then it prints the median of each figure over ROUNDS rounds.
 *
 * <p>Run with the JDK's source launcher (no dependencies):
 * {@code java bench/AlertsLoad.java BASE_URL TOKENS_FILE ADMIN_TOKEN VIEWERS ROUNDS PSQL_URL PEOPLE
 * SMALL_BRANCH_ID SMALL}. TOKENS_FILE holds one staff token a line, the small branch's first.
 *
 * <p>The browsers are plain non-blocking sockets on ONE selector thread with a small HTTP/1.1
 * chunked and server-sent-events parser, as in {@code ListeningLoad.java}: the driver shares the
 * machine's cores with the server, so a browser must cost as little as possible.
 */
public class AlertsLoad {

    /** Connections opened at a time while ramping up, so that the server's accept queue never overflows. */
    static final int OPENING = 100;
    static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    public static void main(String[] args) throws Exception {
        if (args.length != 9) {
            System.err.println("usage: java AlertsLoad.java BASE_URL TOKENS_FILE ADMIN_TOKEN VIEWERS ROUNDS PSQL_URL "
                    + "PEOPLE SMALL_BRANCH_ID SMALL");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        String admin = args[2];
        int viewers = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        Outbox outbox = new Outbox(args[5]);
        int people = Integer.parseInt(args[6]);
        String smallBranch = args[7];
        int small = Integer.parseInt(args[8]);
        if (viewers > tokens.size()) {
            throw new IllegalArgumentException("only " + tokens.size() + " tokens for " + viewers + " browsers");
        }
        int sends = 2 * (rounds + 1);

        Browsers browsers = new Browsers(base, tokens, viewers, sends);
        long t0 = System.nanoTime();
        Thread reader = new Thread(browsers, "browsers");
        reader.setDaemon(true);
        reader.start();
        browsers.connected.await();
        System.out.printf("%d browsers connected in %.1f s%n", viewers, (System.nanoTime() - t0) / 1e9);

        HttpClient http = HttpClient.newHttpClient();
        Map<String, List<double[]>> figures = new TreeMap<>();
        int send = 0;
        for (int round = 0; round <= rounds; round++) {
            for (String kind : List.of("small", "all")) {
                boolean all = kind.equals("all");
                int alerted = all ? people : small;
                int watching = all ? viewers : Math.min(small, viewers);
                long before = outbox.count();
                String body = "{\"type\":\"BOMB_THREAT\",\"drill\":true,\"message\":\"Benchmark alert " + send + "\""
                        + (all ? "" : ",\"audience\":{\"branchIds\":[\"" + smallBranch + "\"]}") + "}";
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/safety/alerts"))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long sent = System.nanoTime();
                browsers.sent[send] = sent;
                var answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .thenApply(response -> new long[] {response.statusCode(), System.nanoTime()});
                long queued = outbox.waitFor(before + alerted, sent + GIVE_UP_NANOS);
                long[] response = answer.get(60, TimeUnit.SECONDS);
                if (response[0] != 201) {
                    throw new IllegalStateException("the alert answered " + response[0]);
                }
                long deadline = sent + GIVE_UP_NANOS;
                while (browsers.received(send) < watching && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                int got = browsers.received(send);
                double every = got < watching ? Double.NaN : browsers.slowest(send, watching) / 1e6;
                double median = browsers.median(send, watching) / 1e6;
                double outboxMs = queued < 0 ? Double.NaN : (queued - sent) / 1e6;
                double answered = (response[1] - sent) / 1e6;
                System.out.printf("round %d%s, %s (%d people, %d browsers): every browser %.0f ms (median browser %.0f ms,"
                        + " %d of %d), all %d emails in the outbox %.0f ms, answer %.0f ms%n", round,
                        round == 0 ? " (warm-up, not counted)" : "", kind, alerted, watching, every, median, got, watching,
                        alerted, outboxMs, answered);
                if (round > 0) {
                    figures.computeIfAbsent(kind, k -> new ArrayList<>()).add(new double[] {every, median, outboxMs, answered,
                            watching - got});
                }
                send++;
                Thread.sleep(2000);
            }
        }
        browsers.stop();
        reader.join();
        outbox.close();
        for (var entry : figures.entrySet()) {
            System.out.printf("RESULT kind=%s people=%d browsers=%d rounds=%d every=%.0f median_browser=%.0f outbox=%.0f"
                    + " answer=%.0f missed=%.0f dropped=%d%n", entry.getKey(), entry.getKey().equals("all") ? people : small,
                    entry.getKey().equals("all") ? viewers : Math.min(small, viewers), entry.getValue().size(),
                    median(entry.getValue(), 0), median(entry.getValue(), 1), median(entry.getValue(), 2),
                    median(entry.getValue(), 3), median(entry.getValue(), 4), browsers.dropped);
        }
        System.exit(0);
    }

    /** The median of one figure over the rounds (a figure that never came counts as the largest). */
    static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> Double.isNaN(row[column]) ? Double.MAX_VALUE : row[column])
                .sorted().toArray();
        int n = values.length;
        double m = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return m == Double.MAX_VALUE ? Double.NaN : m;
    }

    /** One psql session that counts the outbox's rows. */
    static final class Outbox implements AutoCloseable {

        private final Process psql;
        private final Writer in;
        private final BufferedReader out;

        Outbox(String url) throws IOException {
            psql = new ProcessBuilder("psql", "-q", "-t", "-A", "-X", url).redirectErrorStream(true).start();
            in = new OutputStreamWriter(psql.getOutputStream(), StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(psql.getInputStream(), StandardCharsets.UTF_8));
        }

        long count() throws IOException {
            in.write("SELECT count(*) FROM email_outbox;\n");
            in.flush();
            String line = out.readLine();
            try {
                return Long.parseLong(line.strip());
            } catch (RuntimeException notANumber) {
                throw new IOException("psql answered: " + line);
            }
        }

        /** When the outbox first held {@code wanted} rows (System.nanoTime), or -1 at the deadline. */
        long waitFor(long wanted, long deadline) throws IOException, InterruptedException {
            while (System.nanoTime() < deadline) {
                if (count() >= wanted) {
                    return System.nanoTime();
                }
                Thread.sleep(10);
            }
            return -1;
        }

        @Override
        public void close() throws IOException {
            in.write("\\q\n");
            in.close();
            psql.destroy();
        }
    }

    /** The browsers: VIEWERS connections to the live stream, read by one selector thread. */
    static final class Browsers implements Runnable {

        final long[] sent;
        /** Per send, per browser: nanoTime when its banner event arrived, 0 when not (yet). */
        final long[][] arrived;
        final int[] counted;
        final CountDownLatch connected = new CountDownLatch(1);
        private final InetSocketAddress address;
        private final String[] requests;
        private final int viewers;
        private volatile boolean running = true;
        volatile int dropped;

        Browsers(URI base, List<String> tokens, int viewers, int sends) {
            this.address = new InetSocketAddress(base.getHost(), base.getPort());
            this.viewers = viewers;
            this.sent = new long[sends];
            this.arrived = new long[sends][viewers];
            this.counted = new int[sends];
            this.requests = tokens.stream().limit(viewers).map(token -> "GET /api/v1/stream?topics=safety.alerts HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: text/event-stream\r\n\r\n").toArray(String[]::new);
        }

        synchronized int received(int send) {
            return counted[send];
        }

        /** The latency of the {@code watching}-th browser to get it (the slowest), in ns. */
        synchronized long slowest(int send, int watching) {
            return Arrays.stream(arrived[send]).filter(t -> t > 0).map(t -> t - sent[send]).max().orElse(0);
        }

        synchronized long median(int send, int watching) {
            long[] got = Arrays.stream(arrived[send]).filter(t -> t > 0).map(t -> t - sent[send]).sorted().toArray();
            return got.length == 0 ? 0 : got[got.length / 2];
        }

        void stop() {
            running = false;
        }

        synchronized void delivered(int viewer, String data, long now) {
            int at = data.indexOf("\"message\":\"Benchmark alert ");
            if (at < 0) {
                return;
            }
            int from = at + "\"message\":\"Benchmark alert ".length(), end = from;
            while (end < data.length() && Character.isDigit(data.charAt(end))) {
                end++;
            }
            int send = Integer.parseInt(data.substring(from, end));
            if (send < arrived.length && arrived[send][viewer] == 0) {
                arrived[send][viewer] = now;
                counted[send]++;
            }
        }

        @Override
        public void run() {
            try (Selector selector = Selector.open()) {
                List<Viewer> all = new ArrayList<>();
                int ready = 0;
                ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
                while (running) {
                    while (all.size() < viewers && all.size() - ready < OPENING) {
                        Viewer viewer = new Viewer(all.size(), requests[all.size()]);
                        SocketChannel channel = SocketChannel.open();
                        channel.configureBlocking(false);
                        channel.connect(address);
                        channel.register(selector, SelectionKey.OP_CONNECT, viewer);
                        all.add(viewer);
                    }
                    selector.select(100);
                    for (SelectionKey key : selector.selectedKeys()) {
                        Viewer viewer = (Viewer) key.attachment();
                        SocketChannel channel = (SocketChannel) key.channel();
                        if (key.isConnectable()) {
                            channel.finishConnect();
                            channel.write(ByteBuffer.wrap(viewer.request.getBytes(StandardCharsets.US_ASCII)));
                            key.interestOps(SelectionKey.OP_READ);
                            continue;
                        }
                        in.clear();
                        int n;
                        try {
                            n = channel.read(in);
                        } catch (IOException reset) {
                            n = -1;
                        }
                        if (n < 0) {
                            key.cancel();
                            channel.close();
                            dropped++;
                            if (!viewer.ready) {
                                throw new IllegalStateException("browser " + viewer.index + " was refused or closed");
                            }
                            continue;
                        }
                        long now = System.nanoTime();
                        in.flip();
                        boolean wasReady = viewer.ready;
                        while (in.hasRemaining()) {
                            viewer.accept(in.get(), this, now);
                        }
                        if (!wasReady && viewer.ready && ++ready == viewers) {
                            connected.countDown();
                        }
                    }
                    selector.selectedKeys().clear();
                }
                for (SelectionKey key : selector.keys()) {
                    key.channel().close();
                }
            } catch (IOException | RuntimeException failure) {
                failure.printStackTrace();
                System.exit(1);
            }
        }
    }

    /**
     * One browser's connection: the response head, then HTTP/1.1 chunks (size line, data, CRLF),
     * whose data is the event stream, cut into lines; the {@code data:} line after
     * {@code event:alert} is the banner, and the server's first comment ({@code :connected}) says the
     * stream is open.
     */
    static final class Viewer {

        final int index;
        final String request;
        boolean ready;
        private boolean head = true;
        private boolean alert;
        private int chunkLeft = -1;  // -1: reading a size line; -2: the CRLF after a chunk's data
        private final StringBuilder line = new StringBuilder(256);
        private final StringBuilder size = new StringBuilder(8);

        Viewer(int index, String request) {
            this.index = index;
            this.request = request;
        }

        void accept(byte b, Browsers browsers, long now) {
            if (head) {
                line.append((char) b);
                if (b == '\n' && line.length() >= 4 && line.lastIndexOf("\r\n\r\n") == line.length() - 4) {
                    if (line.indexOf("HTTP/1.1 200") != 0 || !line.toString().toLowerCase().contains("transfer-encoding: chunked")) {
                        throw new IllegalStateException("the stream answered: " + line.toString().strip());
                    }
                    head = false;
                    line.setLength(0);
                }
            } else if (chunkLeft > 0) {
                chunkLeft--;
                if (chunkLeft == 0) {
                    chunkLeft = -2;
                }
                if (b != '\n') {
                    line.append((char) b);
                    return;
                }
                String text = line.toString();
                line.setLength(0);
                if (text.startsWith("event:")) {
                    alert = text.equals("event:alert");
                } else if (text.startsWith("data:")) {
                    if (alert) {
                        browsers.delivered(index, text, now);
                    }
                } else if (text.isEmpty()) {
                    alert = false;
                } else if (text.startsWith(":connected")) {
                    ready = true;
                }
            } else if (chunkLeft == -2) {
                if (b == '\n') {
                    chunkLeft = -1;
                }
            } else {
                size.append((char) b);
                if (b == '\n') {
                    String hex = size.toString().strip();
                    int semicolon = hex.indexOf(';');
                    chunkLeft = Integer.parseInt(semicolon < 0 ? hex : hex.substring(0, semicolon), 16);
                    size.setLength(0);
                    if (chunkLeft == 0) {
                        chunkLeft = -2;
                    }
                }
            }
        }
    }
}

import java.io.IOException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver of {@code bench/run listening}: VIEWERS open connections to one session's live
 * stream, then votes arrive at RATE a second for SECONDS, and for every (vote, viewer) pair it
 * records how long the vote took to reach the viewer: from just before the vote is sent to the
 * moment the viewer's connection delivers the {@code event: question} whose (question id, votes)
 * that vote produced. It prints the percentiles over all pairs and how many never arrived.
 *
 * <p>Run with the JDK's source launcher (no dependencies):
 * {@code java bench/ListeningLoad.java BASE_URL SESSION_ID VIEWER_TOKENS VOTER_TOKENS QUESTION_IDS
 * VIEWERS SECONDS RATE FIRST_VOTE}. Tokens and question ids are comma-separated.
 *
 * <p>Why it looks like this:
 * <ul>
 * <li>The viewers are plain non-blocking sockets on ONE selector thread, with a small HTTP/1.1
 * chunked and server-sent-events parser, not an HTTP client library: the driver shares two cores
 * with the server, and 2,000 viewers at 50 votes a second are 100,000 events a second to read, so
 * the client must cost as little as possible. The receive time is taken once per read, right when
 * the bytes come off the socket.</li>
 * <li>Each vote is a new (voter, question) pair: vote number n (counted over all runs against the
 * same database, from FIRST_VOTE) goes to question n mod Q from voter n / Q, so no one votes twice.</li>
 * <li>A question's next vote is only sent well after its previous one (Q questions take turns), so
 * the count each vote produces is known in advance: the question's count at the start plus the
 * votes sent to it since. The vote's answer ({@code {"votes": n}}) confirms it; a different count
 * is reported as a mismatch and that count is matched instead.</li>
 * <li>The first WARMUP_SECONDS of votes are not measured: they warm the server up and make it drop
 * the connections a previous run left behind (it only notices them on its next write).</li>
 * </ul>
 */
public class ListeningLoad {

    static final int WARMUP_SECONDS = 5;
    static final int DRAIN_SECONDS = 5;
    /** Connections opened at a time while ramping up, so that the server's accept queue never overflows. */
    static final int OPENING = 100;

    public static void main(String[] args) throws Exception {
        if (args.length != 9) {
            System.err.println("usage: java ListeningLoad.java BASE_URL SESSION_ID VIEWER_TOKENS VOTER_TOKENS "
                    + "QUESTION_IDS VIEWERS SECONDS RATE FIRST_VOTE");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        String session = args[1];
        String[] viewerTokens = args[2].split(",");
        String[] voterTokens = args[3].split(",");
        String[] questions = args[4].split(",");
        int viewers = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        int rate = Integer.parseInt(args[7]);
        int firstVote = Integer.parseInt(args[8]);
        int warmup = WARMUP_SECONDS * rate;
        int votes = warmup + seconds * rate;
        if ((long) (firstVote + votes) > (long) questions.length * voterTokens.length) {
            throw new IllegalArgumentException("not enough (voter, question) pairs left for " + votes + " new votes");
        }

        HttpClient http = HttpClient.newHttpClient();
        Map<String, Integer> counts = startingCounts(http, base, session, voterTokens[0]);

        Streams streams = new Streams(base, "/api/v1/listening/sessions/" + session + "/stream", viewerTokens, viewers, votes);
        long t0 = System.nanoTime();
        Thread reader = new Thread(streams, "viewers");
        reader.setDaemon(true);
        reader.start();
        streams.connected.await();
        System.out.printf("%d viewers connected in %.1f s%n", viewers, (System.nanoTime() - t0) / 1e9);

        // The votes: one every 1/RATE s from a scheduler, each sent asynchronously so that a slow
        // answer never delays the next vote.
        int[] answerMicros = new int[votes];
        AtomicInteger failed = new AtomicInteger(), mismatched = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(votes);
        Map<String, Integer> sentTo = new HashMap<>();
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        clock.scheduleAtFixedRate(() -> {
            int v = next.getAndIncrement();
            if (v >= votes) {
                return;
            }
            int n = firstVote + v;
            String question = questions[n % questions.length];
            String voter = voterTokens[n / questions.length];
            int expected = counts.merge(question, 1, Integer::sum);
            streams.sent[v] = System.nanoTime();
            streams.expect(question, expected, v);  // after sent[v]: the map publishes it to the reader
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/listening/questions/" + question + "/votes"))
                    .header("Authorization", "Bearer " + voter).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                answerMicros[v] = (int) ((System.nanoTime() - streams.sent[v]) / 1000);
                if (failure != null || response.statusCode() != 201) {
                    failed.incrementAndGet();
                } else {
                    int got = Integer.parseInt(response.body().replaceAll("\\D", ""));
                    if (got != expected) {
                        mismatched.incrementAndGet();
                        streams.expect(question, got, v);
                    }
                }
                answered.countDown();
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        answered.await(votes / rate + 60, TimeUnit.SECONDS);
        clock.shutdownNow();
        Thread.sleep(DRAIN_SECONDS * 1000L);
        streams.stop();
        reader.join();

        // Percentiles over every (measured vote, viewer) pair; a pair whose event never came is missed.
        int[] all = new int[(votes - warmup) * viewers];
        int received = 0;
        for (int v = warmup; v < votes; v++) {
            for (int viewer = 0; viewer < viewers; viewer++) {
                int micros = streams.latency[v][viewer];
                if (micros >= 0) {
                    all[received++] = micros;
                }
            }
        }
        int[] got = Arrays.copyOf(all, received);
        Arrays.sort(got);
        int[] answers = Arrays.copyOfRange(answerMicros, warmup, votes);
        Arrays.sort(answers);
        System.out.printf("votes sent %d (after %d warm-up votes), failed %d, count mismatches %d, viewers dropped %d%n",
                votes - warmup, warmup, failed.get(), mismatched.get(), streams.dropped);
        System.out.printf("vote answer: p50 %.1f ms, p99 %.1f ms%n", pct(answers, 50), pct(answers, 99));
        System.out.printf("RESULT viewers=%d rate=%d seconds=%d deliveries=%d missed=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f%n",
                viewers, rate, seconds, received, all.length - received, pct(got, 50), pct(got, 90), pct(got, 99),
                got.length == 0 ? Double.NaN : got[got.length - 1] / 1000.0);
        System.out.printf("NEXT_VOTE=%d%n", firstVote + votes);
        System.exit(0);
    }

    /** Percentile in ms of sorted microseconds (nearest rank). */
    static double pct(int[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1000.0;
    }

    /** Each question's vote count before this run, from the session's question list. */
    static Map<String, Integer> startingCounts(HttpClient http, URI base, String session, String token) throws Exception {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                base.resolve("/api/v1/listening/sessions/" + session + "/questions?limit=500"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Integer> counts = new HashMap<>();
        Matcher item = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"[^{}]*?\"votes\":(\\d+)").matcher(list.body());
        while (item.find()) {
            counts.put(item.group(1), Integer.parseInt(item.group(2)));
        }
        return counts;
    }

    /** The viewers: VIEWERS connections to the stream, read by one selector thread. */
    static final class Streams implements Runnable {

        final long[] sent;
        final int[][] latency;
        final CountDownLatch connected = new CountDownLatch(1);
        /** "questionId:votes" to the vote that produced that count. */
        private final Map<String, Integer> votesByCount = new ConcurrentHashMap<>();
        private final InetSocketAddress address;
        private final String[] requests;
        private final int viewers;
        private volatile boolean running = true;
        int dropped;

        Streams(URI base, String path, String[] tokens, int viewers, int votes) {
            this.address = new InetSocketAddress(base.getHost(), base.getPort());
            this.viewers = viewers;
            this.sent = new long[votes];
            this.latency = new int[votes][viewers];
            for (int[] row : latency) {
                Arrays.fill(row, -1);
            }
            this.requests = Arrays.stream(tokens).map(token -> "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost()
                    + ":" + base.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: text/event-stream\r\n\r\n").toArray(String[]::new);
        }

        void expect(String question, int votes, int vote) {
            votesByCount.put(question + ":" + votes, vote);
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            try (Selector selector = Selector.open()) {
                List<Viewer> all = new ArrayList<>();
                int ready = 0;
                ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
                while (running) {
                    // ramp up: keep at most OPENING connections waiting for the server's first comment
                    while (all.size() < viewers && all.size() - ready < OPENING) {
                        Viewer viewer = new Viewer(all.size(), requests[all.size() % requests.length]);
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
                                throw new IllegalStateException("viewer " + viewer.index + " was refused or closed");
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

        /** A question event reached a viewer: note the latency of the vote that produced it. */
        void delivered(int viewer, String data, long now) {
            int id = data.indexOf("\"id\":\"");
            int votes = data.indexOf("\"votes\":");
            if (id < 0 || votes < 0) {
                return;
            }
            int end = votes + 8;
            while (end < data.length() && Character.isDigit(data.charAt(end))) {
                end++;
            }
            Integer vote = votesByCount.get(data.substring(id + 6, id + 42) + ":" + data.substring(votes + 8, end));
            if (vote != null && latency[vote][viewer] < 0) {
                latency[vote][viewer] = (int) ((now - sent[vote]) / 1000);
            }
        }
    }

    /**
     * One viewer's connection: the response head, then HTTP/1.1 chunks (size line, data, CRLF),
     * whose data is the event stream, cut into lines; only {@code data:} lines matter, and the
     * server's first comment ({@code :connected}) says the stream is open.
     */
    static final class Viewer {

        final int index;
        final String request;
        boolean ready;
        private boolean head = true;
        private int chunkLeft = -1;  // -1: reading a size line; 0: the CRLF after a chunk's data
        private final StringBuilder line = new StringBuilder(256);
        private final StringBuilder size = new StringBuilder(8);

        Viewer(int index, String request) {
            this.index = index;
            this.request = request;
        }

        void accept(byte b, Streams streams, long now) {
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
                    chunkLeft = -2;  // expect the CRLF after the data
                }
                if (b != '\n') {
                    line.append((char) b);
                    return;
                }
                String text = line.toString();
                line.setLength(0);
                if (text.startsWith("data:")) {
                    streams.delivered(index, text, now);
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
                        chunkLeft = -2;  // the last chunk: the server ended the stream
                    }
                }
            }
        }
    }
}

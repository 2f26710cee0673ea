import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver of `bench/run programs` (run with the JDK's source launcher, no dependencies):
 * PEOPLE (200) public JSON registrations, each with its own email, for a session with SEATS (10)
 * seats, sent at once from as many threads released together ("concurrent"), against two baselines
 * in the same round: the same registrations for another such session sent one at a time
 * ("sequential"), and as many GET /actuator/health sent at once ("health", the floor of the client,
 * the connections and Tomcat). Every round makes its two sessions through the API. After each
 * registration round it checks the answers (every one 201, exactly SEATS CONFIRMED and the rest
 * WAITLISTED) and the database through psql (confirmed parties, waitlisted ones and the session's
 * seats_taken): any over-booking fails the run. Round 0 is a warm-up and is not counted.
 *
 * Usage: java bench/ProgramsLoad.java BASE SLUG ADMIN_TOKEN ROUNDS PSQL_URL [PEOPLE] [SEATS]
 * Prints a line per round and, per kind, "RESULT kind=... all=<median ms for every answer>
 * p50=<median of the rounds' p50 answer time> p99=... max=...".
 */
public class ProgramsLoad {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    static String base, slug, token, database;
    static int people, seats;
    static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        base = args[0];
        slug = args[1];
        token = args[2];
        int rounds = Integer.parseInt(args[3]);
        database = args[4];
        people = args.length > 5 ? Integer.parseInt(args[5]) : 200;
        seats = args.length > 6 ? Integer.parseInt(args[6]) : 10;
        String program = match(ID, api("POST", "/api/v1/programs",
                "{\"title\":\"Registration benchmark\",\"category\":\"WORKSHOP\",\"audience\":\"PATRONS\"}", 201));
        ExecutorService pool = Executors.newFixedThreadPool(people);
        Map<String, List<double[]>> results = new TreeMap<>();
        for (int round = 0; round <= rounds; round++) {
            for (String kind : List.of("health", "sequential", "concurrent")) {
                double[] r = switch (kind) {
                    case "health" -> health(pool);
                    case "sequential" -> registrations(pool, program, round, kind, false);
                    default -> registrations(pool, program, round, kind, true);
                };
                System.out.printf("%s round %d, %s: every answer after %.1f ms, answer time p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        round == 0 ? "warm-up" : "programs", round, kind, r[0], r[1], r[2], r[3]);
                if (round > 0) {
                    results.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
                }
            }
        }
        pool.shutdownNow();
        for (Map.Entry<String, List<double[]>> e : results.entrySet()) {
            List<double[]> rs = e.getValue();
            System.out.printf("RESULT kind=%s all=%.1f p50=%.1f p99=%.1f max=%.1f rounds=%d%n", e.getKey(),
                    median(rs, 0), median(rs, 1), median(rs, 2), median(rs, 3), rs.size());
        }
    }

    /** PEOPLE GETs of /actuator/health released together: {every answer, p50, p99, max} in ms. */
    static double[] health(ExecutorService pool) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/actuator/health")).GET().build();
        return together(pool, i -> request, body -> { });
    }

    /** PEOPLE registrations for a new session of SEATS seats, at once or one at a time. */
    static double[] registrations(ExecutorService pool, String program, int round, String kind, boolean atOnce)
            throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(200 + round * 2L + (atOnce ? 1 : 0), ChronoUnit.DAYS);
        String session = match(ID, api("POST", "/api/v1/programs/" + program + "/sessions",
                "{\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(1, ChronoUnit.HOURS) + "\",\"capacity\":" + seats + "}",
                201));
        String path = base + "/p/" + slug + "/programs/sessions/" + session + "/registrations";
        Request make = i -> HttpRequest.newBuilder(URI.create(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Patron " + i + "\",\"email\":\"patron" + i + "-"
                        + kind + "-" + round + "@bench.example\",\"partySize\":1}")).build();
        int[] confirmed = {0}, waitlisted = {0};
        Check check = body -> {
            String status = match(STATUS, body);
            synchronized (confirmed) {
                if (status.equals("CONFIRMED")) confirmed[0]++; else if (status.equals("WAITLISTED")) waitlisted[0]++;
            }
        };
        double[] r = atOnce ? together(pool, make, check) : oneByOne(make, check);
        if (confirmed[0] != seats || waitlisted[0] != people - seats) {
            throw new IllegalStateException(kind + ": " + confirmed[0] + " confirmed and " + waitlisted[0] + " waitlisted");
        }
        String db = psql("SELECT s.capacity, s.seats_taken,"
                + " (SELECT coalesce(sum(party_size), 0) FROM program_registration WHERE session_id = s.id AND status = 'CONFIRMED'),"
                + " (SELECT count(*) FROM program_registration WHERE session_id = s.id AND status = 'WAITLISTED')"
                + " FROM program_session s WHERE s.id = '" + session + "'");
        String[] f = db.split("\\|");
        if (!f[0].equals(Integer.toString(seats)) || !f[1].equals(f[0]) || !f[2].equals(f[0])
                || !f[3].equals(Integer.toString(people - seats))) {
            throw new IllegalStateException(kind + ": the database holds capacity|seats_taken|confirmed|waitlisted " + db);
        }
        System.out.printf("    %s: %d CONFIRMED and %d WAITLISTED answered; in the database capacity %s, seats taken %s,"
                + " confirmed seats %s, waitlisted %s%n", kind, confirmed[0], waitlisted[0], f[0], f[1], f[2], f[3]);
        return r;
    }

    interface Request { HttpRequest of(int i); }
    interface Check { void body(String body); }

    static double[] together(ExecutorService pool, Request make, Check check) throws Exception {
        CountDownLatch ready = new CountDownLatch(people), go = new CountDownLatch(1);
        List<Future<Long>> ends = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            HttpRequest request = make.of(i);
            ends.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                long end = System.nanoTime();
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " " + response.body());
                }
                check.body(response.body());
                return end;
            }));
        }
        ready.await();
        long t0 = System.nanoTime();
        go.countDown();
        double[] times = new double[people];
        for (int i = 0; i < people; i++) {
            times[i] = (ends.get(i).get() - t0) / 1e6;
        }
        return summary(times);
    }

    static double[] oneByOne(Request make, Check check) throws Exception {
        double[] times = new double[people];
        long t0 = System.nanoTime();
        for (int i = 0; i < people; i++) {
            HttpRequest request = make.of(i);
            long s = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            times[i] = (System.nanoTime() - s) / 1e6;
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " " + response.body());
            }
            check.body(response.body());
        }
        double[] r = summary(times);
        r[0] = (System.nanoTime() - t0) / 1e6;
        return r;
    }

    /** {the last answer, p50, p99, max} of answer times in ms. */
    static double[] summary(double[] times) {
        double[] t = times.clone();
        Arrays.sort(t);
        return new double[] {t[t.length - 1], t[(int) Math.ceil(0.5 * t.length) - 1], t[(int) Math.ceil(0.99 * t.length) - 1],
                t[t.length - 1]};
    }

    static double median(List<double[]> rs, int k) {
        double[] v = rs.stream().mapToDouble(r -> r[k]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String api(String method, String path, String body, int wanted) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != wanted) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return m.group(1);
    }

    static String psql(String sql) throws Exception {
        Process p = new ProcessBuilder("psql", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", database, "-c", sql)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql: " + out);
        }
        return out;
    }
}

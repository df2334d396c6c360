import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The children of one fault scenario: each redeems a code and sends answers the way the app does, retrying with the
 * same Idempotency-Key until it is confirmed (or the deadline passes), then retries once more on purpose. With
 * several backends and "spray", every send goes to all of them at once. Writes the confirmed children's markers and
 * its progress to files; faults/run.sh compares them with what the database holds.
 * java faults/FaultLoad.java <out-dir> <children> <concurrency> <spray:true|false> <deadline-s> <base-url>...
 */
public class FaultLoad {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Map<String, AtomicInteger> STATUSES = new ConcurrentHashMap<>();
    private static final AtomicInteger UNAUTHORIZED_ON_RETRY = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final AtomicInteger UNAVAILABLE_WITH_RETRY_AFTER = new AtomicInteger();
    private static final AtomicInteger UNAVAILABLE_WITHOUT_RETRY_AFTER = new AtomicInteger();
    private static final AtomicInteger DONE = new AtomicInteger();
    /** Sprayed sends run apart from the children's threads, which wait for them. */
    private static final ExecutorService SPRAY = Executors.newCachedThreadPool();
    private static long deadline;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int children = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        boolean spray = Boolean.parseBoolean(args[3]);
        deadline = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
        List<String> bases = List.of(args).subList(5, args.length);
        for (String base : bases) {
            if (!base.matches("http://(localhost|127\\.0\\.0\\.1):\\d+")) {
                throw new IllegalArgumentException("faults only ever talk to this machine: " + base);
            }
        }
        String base = bases.get(0);
        String admin = field(setup(base + "/api/v1/demo/tokens", null, "{\"role\":\"survey-admin\"}"), "token");
        String unit = "0180-hvb-fault-" + UUID.randomUUID().toString().substring(0, 8);
        setup(base + "/api/v1/admin/units", admin, "{\"code\":\"" + unit + "\",\"name\":\"Feltest\",\"kind\":\"hvb\","
                + "\"municipality\":\"0180\"}");
        String round = field(setup(base + "/api/v1/admin/rounds", admin, "{\"name\":\"Faults\",\"questionnaire\":"
                + "{\"key\":\"national-13-17\",\"version\":\"2026.1\"},\"units\":[\"" + unit + "\"],\"opensOn\":\""
                + LocalDate.now().minusDays(1) + "\",\"closesOn\":\"" + LocalDate.now().plusDays(9) + "\"}"), "id");
        Files.writeString(out.resolve("round"), round);
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}").matcher(setup(base + "/api/v1/admin/rounds/"
                + round + "/codes", admin, "{\"unit\":\"" + unit + "\",\"count\":" + children + "}"));
        while (m.find()) {
            codes.add(m.group());
        }
        Files.writeString(out.resolve("ready"), "");

        ExecutorService pool = Executors.newFixedThreadPool(concurrency * bases.size());
        Thread progress = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Files.writeString(out.resolve("progress"), Integer.toString(DONE.get()));
                    Thread.sleep(100);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        progress.setDaemon(true);
        progress.start();
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String marker = "fault-child-" + i + "-" + UUID.randomUUID();
            results.add(pool.submit(() -> oneChild(bases, spray, code, marker)));
        }
        List<String> confirmed = new ArrayList<>();
        for (Future<String> result : results) {
            String marker = result.get();
            if (marker != null) {
                confirmed.add(marker);
            }
        }
        pool.shutdownNow();
        SPRAY.shutdownNow();
        Files.write(out.resolve("confirmed"), confirmed);
        Map<String, Integer> seen = new TreeMap<>();
        STATUSES.forEach((status, count) -> seen.put(status, count.get()));
        Files.writeString(out.resolve("client"), "confirmed=" + confirmed.size() + " unauthorized_on_retry="
                + UNAUTHORIZED_ON_RETRY.get() + " server_errors=" + SERVER_ERRORS.get() + " unavailable_retry_after="
                + UNAVAILABLE_WITH_RETRY_AFTER.get() + " unavailable_without_retry_after="
                + UNAVAILABLE_WITHOUT_RETRY_AFTER.get() + " statuses=" + seen + "\n");
    }

    /** The child's marker once the answers were confirmed (and confirmed again on a deliberate retry), else null. */
    private static String oneChild(List<String> bases, boolean spray, String code,
                                   String marker) throws Exception {
        try {
            String token = null;
            for (int attempt = 0; token == null && beforeDeadline(); attempt++) {
                Answer redeemed = send(bases.get(attempt % bases.size()), "/api/v1/participations", null, null,
                        "{\"code\":\"" + code + "\"}");
                if (redeemed.status == 201) {
                    token = field(redeemed.body, "submissionToken");
                } else {
                    pause(redeemed);
                }
            }
            if (token == null) {
                return null;
            }
            String key = UUID.randomUUID().toString();
            String body = "{\"locale\":\"sv\",\"answers\":{\"bg-age-band\":[\"16-17\"],\"bem-info-understand\":"
                    + "[\"agree\"],\"try-safe-home\":[\"strongly-agree\"],\"hal-life-now\":[\"8\"],"
                    + "\"free-text-other\":[\"" + marker + "\"]}}";
            boolean confirmed = false;
            for (int attempt = 0; !confirmed && beforeDeadline(); attempt++) {
                List<Answer> answers = new ArrayList<>();
                if (spray) {
                    String t = token;
                    List<Future<Answer>> sent = new ArrayList<>();
                    for (String base : bases) {
                        sent.add(SPRAY.submit(() -> send(base, "/api/v1/responses", t, key, body)));
                    }
                    for (Future<Answer> s : sent) {
                        answers.add(s.get());
                    }
                } else {
                    answers.add(send(bases.get(attempt % bases.size()), "/api/v1/responses", token, key, body));
                }
                for (Answer answer : answers) {
                    confirmed |= answer.status == 201;
                    if (answer.status == 401) {
                        UNAUTHORIZED_ON_RETRY.incrementAndGet();
                    }
                }
                if (!confirmed) {
                    pause(answers.get(0));
                }
            }
            if (!confirmed) {
                return null;
            }
            // The app may not have seen the first confirmation: its retry must be confirmed again, never 401.
            Answer again = send(bases.get(bases.size() - 1), "/api/v1/responses", token, key, body);
            if (again.status == 401) {
                UNAUTHORIZED_ON_RETRY.incrementAndGet();
            }
            return marker;
        } finally {
            DONE.incrementAndGet();
        }
    }

    private record Answer(int status, String body, boolean retryAfter) {
    }

    private static Answer send(String base, String path, String token, String key, String json) {
        return send(base, path, token, key, json, true);
    }

    private static Answer send(String base, String path, String token, String key, String json, boolean counted) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
            if (!counted) {
                return new Answer(status, response.body(), retryAfter);
            }
            count(path.substring(path.lastIndexOf('/') + 1) + " " + status);
            if (status == 503) {
                (retryAfter ? UNAVAILABLE_WITH_RETRY_AFTER : UNAVAILABLE_WITHOUT_RETRY_AFTER).incrementAndGet();
                if (!retryAfter) {
                    SERVER_ERRORS.incrementAndGet();
                }
            } else if (status >= 500) {
                SERVER_ERRORS.incrementAndGet();
            }
            return new Answer(status, response.body(), retryAfter);
        } catch (IOException e) {
            // The backend is down (killed) or the connection broke: the app would try again a little later.
            if (counted) {
                count("no answer (" + e.getClass().getSimpleName() + ")");
            }
            return new Answer(0, "", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", false);
        }
    }

    private static void count(String what) {
        STATUSES.computeIfAbsent(what, s -> new AtomicInteger()).incrementAndGet();
    }

    private static void pause(Answer answer) throws InterruptedException {
        Thread.sleep(answer.status == 0 ? 500 : answer.retryAfter ? 1000 : 200);
    }

    private static boolean beforeDeadline() {
        return System.nanoTime() < deadline;
    }

    private static String setup(String url, String token, String json) throws Exception {
        Answer answer = send(url.replaceAll("(http://[^/]+).*", "$1"), url.replaceAll("http://[^/]+", ""), token, null,
                json, false);
        if (answer.status >= 300 || answer.status == 0) {
            throw new IllegalStateException("setup failed: " + url.replaceAll("http://[^/]+", "") + " -> "
                    + answer.status);
        }
        return answer.body;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in the answer");
        }
        return m.group(1);
    }
}

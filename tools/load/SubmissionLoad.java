import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load script for the peak when a round opens: many children redeem codes and send answers at once.
 * Run against a backend started by scripts/load.sh (demo profile); prints throughput and latency percentiles.
 * Single-file program: java tools/load/SubmissionLoad.java <baseUrl> <children> <concurrency>
 */
public class SubmissionLoad {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int children = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        if (!base.matches("https?://(localhost|127\\.0\\.0\\.1)(:\\d+)?")) {
            throw new IllegalArgumentException("load is only ever sent to this machine");
        }
        String admin = field(post(base + "/api/v1/demo/tokens", null, "{\"role\":\"survey-admin\"}").body(), "token");
        String unit = "0180-hvb-load-" + UUID.randomUUID().toString().substring(0, 8);
        post(base + "/api/v1/admin/units", admin, "{\"code\":\"" + unit + "\",\"name\":\"Lasttest\",\"kind\":\"hvb\","
                + "\"municipality\":\"0180\"}");
        String round = field(post(base + "/api/v1/admin/rounds", admin, "{\"name\":\"Load\",\"questionnaire\":"
                + "{\"key\":\"national-13-17\",\"version\":\"2026.1\"},\"units\":[\"" + unit + "\"],\"opensOn\":\""
                + LocalDate.now().minusDays(1) + "\",\"closesOn\":\"" + LocalDate.now().plusDays(9) + "\"}").body(),
                "id");
        List<String> codes = new ArrayList<>();
        while (codes.size() < children) {
            int batch = Math.min(5000, children - codes.size());
            String body = post(base + "/api/v1/admin/rounds/" + round + "/codes", admin, "{\"unit\":\"" + unit
                    + "\",\"count\":" + batch + "}").body();
            Matcher m = Pattern.compile("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}").matcher(body);
            while (m.find()) {
                codes.add(m.group());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (String code : codes) {
            results.add(pool.submit(() -> oneChild(base, code)));
        }
        List<Long> latencies = new ArrayList<>();
        int failures = 0;
        for (Future<long[]> result : results) {
            long[] r = result.get();
            if (r[0] != 201) {
                failures++;
            }
            latencies.add(r[1]);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(latencies);
        System.out.printf("children=%d concurrency=%d failures=%d time=%.1fs throughput=%.0f children/s%n",
                children, concurrency, failures, seconds, children / seconds);
        System.out.printf("latency per child (redeem+submit) ms: p50=%d p95=%d p99=%d max=%d%n",
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), latencies.get(latencies.size() - 1));
        String monitoring = get(base + "/api/v1/admin/rounds/" + round + "/monitoring", admin);
        System.out.println("monitoring: codesUsed=" + field(monitoring, "codesUsed"));
        if (failures > 0) {
            // A benchmark with failed children measured something else: say so in the exit status too.
            System.err.println(failures + " of " + children + " children failed");
            System.exit(1);
        }
    }

    private static long[] oneChild(String base, String code) throws Exception {
        long t0 = System.nanoTime();
        String token = field(post(base + "/api/v1/participations", null, "{\"code\":\"" + code + "\"}").body(),
                "submissionToken");
        HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/responses"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"locale\":\"sv\",\"answers\":{\"bg-age-band\":"
                        + "[\"16-17\"],\"bem-info-understand\":[\"agree\"],\"try-safe-home\":[\"strongly-agree\"],"
                        + "\"del-sw-topics\":[\"school\",\"home\"],\"hal-life-now\":[\"8\"]}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new long[]{sent.statusCode(), (System.nanoTime() - t0) / 1_000_000};
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static HttpResponse<String> post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static String get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}

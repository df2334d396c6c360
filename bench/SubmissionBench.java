import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lean load client for the peak when a round opens: for a fixed time, C children at once each redeem a code and
 * send a full, realistic answer set of the 13-17 questionnaire (every shown item answered, skip logic followed),
 * built from the public questionnaire API. Prints accepted children/s and latency percentiles per child.
 * Run by bench/submission.sh with the backend's own jars on the class path (Jackson).
 *   java -cp <jackson> bench/SubmissionBench.java <baseUrl> <concurrency> <seconds> <codes>
 */
public class SubmissionBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (args.length > 1 && args[1].equals("payload-sizes")) {
            // What a child's phone downloads before the first question: each version in each locale, no audio.
            for (JsonNode q : JSON.readTree(get(base + "/api/v1/questionnaires"))) {
                for (JsonNode locale : q.get("locales")) {
                    byte[] body = get(base + "/api/v1/questionnaires/" + q.get("key").asText() + "/versions/"
                            + q.get("version").asText() + "?locale=" + locale.asText()).getBytes(UTF_8);
                    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
                    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
                        gzip.write(body);
                    }
                    System.out.printf("PAYLOAD %s %s %s: %,d bytes (%,d gzipped) (target < 200 KB)%n",
                            q.get("key").asText(), q.get("version").asText(), locale.asText(), body.length,
                            zipped.size());
                }
            }
            return;
        }
        if (args.length > 1 && args[1].equals("payload")) {
            // One full answer set as the inbox holds it, for the pgbench script that does the same database work.
            Map<String, List<String>> answers = answers(latest13to17(base), new Random(1));
            System.out.println(JSON.writeValueAsString(Map.of("background", Map.of("age-band", "16-17", "gender",
                    "girl", "placement-form", "hvb"), "answers", answers, "freeTexts", Map.of())));
            return;
        }
        int concurrency = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int codeCount = Integer.parseInt(args[3]);
        if (!base.matches("http://(localhost|127\\.0\\.0\\.1)(:\\d+)?")) {
            throw new IllegalArgumentException("load is only ever sent to this machine");
        }
        String admin = post(base + "/api/v1/demo/tokens", null, "{\"role\":\"survey-admin\"}").get("token").asText();
        JsonNode questionnaire = latest13to17(base);
        String unit = "0180-hvb-bench-" + UUID.randomUUID().toString().substring(0, 8);
        post(base + "/api/v1/admin/units", admin, "{\"code\":\"" + unit + "\",\"name\":\"Benchhemmet\",\"kind\":"
                + "\"hvb\",\"municipality\":\"0180\"}");
        String round = post(base + "/api/v1/admin/rounds", admin, "{\"name\":\"Bench\",\"questionnaire\":{\"key\":\""
                + questionnaire.get("key").asText() + "\",\"version\":\"" + questionnaire.get("version").asText()
                + "\"},\"units\":[\"" + unit + "\"],\"opensOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"closesOn\":\"" + LocalDate.now().plusDays(9) + "\"}").get("id").asText();
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
        long issuing = System.nanoTime();
        while (codes.size() < codeCount) {
            int batch = Math.min(5000, codeCount - codes.size());
            for (JsonNode code : post(base + "/api/v1/admin/rounds/" + round + "/codes", admin, "{\"unit\":\""
                    + unit + "\",\"count\":" + batch + "}").get("codes")) {
                codes.add(code.asText());
            }
        }
        System.out.printf("codes issued: %d in %.1f s%n", codes.size(), (System.nanoTime() - issuing) / 1e9);

        // Warm-up at the same concurrency, not counted (JIT, connection pools): a server runs for weeks, and on two
        // busy cores the C2 compiler needed more than 5 s to settle (a third of the CPU went to it then).
        run(base, questionnaire, codes, concurrency, Integer.getInteger("bench.warmup", Math.min(10, seconds)), false);
        run(base, questionnaire, codes, concurrency, seconds, true);
    }

    private static void run(String base, JsonNode questionnaire, ConcurrentLinkedQueue<String> codes,
                            int concurrency, int seconds, boolean report) throws InterruptedException {
        long[][] latencies = new long[concurrency][];
        long[][] finishes = new long[concurrency][];
        AtomicInteger accepted = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        // Full answer sets drawn beforehand, so that the measured window spends the client's CPU on HTTP only.
        byte[][] bodies = new byte[256][];
        Random draw = new Random(concurrency);
        for (int i = 0; i < bodies.length; i++) {
            try {
                bodies[i] = JSON.writeValueAsBytes(Map.of("locale", "sv", "answers", answers(questionnaire, draw)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (report) {
            hook("start", concurrency);
        }
        URI target = URI.create(base);
        long[] cpuBefore = cpuTicks();
        long startedAt = System.currentTimeMillis();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            new Thread(() -> {
                Random random = new Random(worker);
                LeanHttp http = new LeanHttp(target.getHost(), target.getPort());
                long[] mine = new long[1 << 16];
                long[] ends = new long[1 << 16];
                int n = 0;
                String code;
                while (System.nanoTime() < deadline && (code = codes.poll()) != null) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = oneChild(http, code, bodies[random.nextInt(bodies.length)], random);
                    } catch (Exception e) {
                        http.close();
                        status = -1;
                    }
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status == 201 || status == 200) {
                        accepted.incrementAndGet();
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                            ends = Arrays.copyOf(ends, n * 2);
                        }
                        long t1 = System.nanoTime();
                        ends[n] = t1 - started;
                        mine[n++] = t1 - t0;
                    }
                }
                http.close();
                latencies[worker] = Arrays.copyOf(mine, n);
                finishes[worker] = Arrays.copyOf(ends, n);
                done.countDown();
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] cpuAfter = cpuTicks();
        if (!report) {
            return;
        }
        hook("stop", concurrency);
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("concurrency=%d seconds=%.1f accepted=%d statuses=%s%n", concurrency, elapsed,
                accepted.get(), new TreeMap<>(statuses));
        System.out.printf("RESULT concurrency=%d children_per_s=%.0f p50_ms=%.1f p99_ms=%.1f%n", concurrency,
                accepted.get() / elapsed, pct(all, 50), pct(all, 99));
        if (cpuBefore != null && cpuAfter != null && accepted.get() > 0) {
            // Where the machine's CPU went during the measured window, per accepted child (clock ticks of 10 ms).
            double perChild = 10.0 / accepted.get();
            System.out.printf("CPU concurrency=%d per child: backend %.2f ms, its PostgreSQL %.2f ms, this load"
                            + " client %.2f ms, everything else on the machine %.2f ms (of %.2f ms the 2 cores had)%n",
                    concurrency, (cpuAfter[0] - cpuBefore[0]) * perChild, (cpuAfter[1] - cpuBefore[1]) * perChild,
                    (cpuAfter[2] - cpuBefore[2]) * perChild, (cpuAfter[3] - cpuBefore[3]) * perChild
                            - (cpuAfter[0] - cpuBefore[0] + cpuAfter[1] - cpuBefore[1] + cpuAfter[2] - cpuBefore[2])
                            * perChild, elapsed * 1000 * Runtime.getRuntime().availableProcessors() / accepted.get());
        }
        System.out.println(timeline(latencies, finishes, startedAt, seconds));
        if (codes.isEmpty()) {
            System.out.println("WARNING: ran out of codes before the time was up; raise the code count");
        }
    }

    private static int oneChild(LeanHttp http, String code, byte[] answers, Random random) throws Exception {
        LeanHttp.Reply redeemed = http.post("/api/v1/participations", null, null,
                ("{\"code\":\"" + code + "\"}").getBytes(UTF_8));
        if (redeemed.status() != 201) {
            return redeemed.status();
        }
        String token = redeemed.stringField("submissionToken");
        return http.post("/api/v1/responses", token, new UUID(random.nextLong(), random.nextLong()).toString(),
                answers).status();
    }

    /** Every background question and every shown item answered, as a child who answers everything would. */
    static Map<String, List<String>> answers(JsonNode questionnaire, Random random) {
        Map<String, List<String>> answers = new TreeMap<>();
        for (String part : List.of("background", "items")) {
            for (JsonNode item : questionnaire.get(part)) {
                JsonNode showIf = item.get("showIf");
                if (showIf != null) {
                    List<String> given = answers.getOrDefault(showIf.get("item").asText(), List.of());
                    boolean shown = false;
                    for (JsonNode value : showIf.get("anyOf")) {
                        shown |= given.contains(value.asText());
                    }
                    if (!shown) {
                        continue;
                    }
                }
                List<String> value = answerTo(item, random);
                if (!value.isEmpty()) {
                    answers.put(item.get("id").asText(), value);
                }
            }
        }
        return answers;
    }

    private static List<String> answerTo(JsonNode item, Random random) {
        String kind = item.get("kind").asText();
        switch (kind) {
            case "free-text":
                return random.nextInt(5) == 0 ? List.of("Det är bra här men maten kunde vara godare.") : List.of();
            case "number":
                return List.of(Integer.toString(item.get("min").asInt() + random.nextInt(4)));
            case "line":
                return List.of(Integer.toString(item.get("min").asInt()
                        + random.nextInt(item.get("max").asInt() - item.get("min").asInt() + 1)));
            default:
                List<String> options = new ArrayList<>();
                for (JsonNode option : item.get("options")) {
                    if (!option.has("kind") || "answer".equals(option.get("kind").asText())) {
                        options.add(option.get("value").asText());
                    }
                }
                if ("multiple-choice".equals(kind)) {
                    List<String> ticked = new ArrayList<>();
                    for (String option : options) {
                        if (random.nextInt(3) == 0) {
                            ticked.add(option);
                        }
                    }
                    return ticked.isEmpty() ? List.of(options.get(0)) : ticked;
                }
                return List.of(options.get(random.nextInt(options.size())));
        }
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static JsonNode latest13to17(String base) throws Exception {
        JsonNode list = JSON.readTree(get(base + "/api/v1/questionnaires"));
        JsonNode chosen = null;
        for (JsonNode q : list) {
            if (q.get("key").asText().equals("national-13-17") && "published".equals(q.get("status").asText())
                    && (chosen == null || q.get("version").asText().compareTo(chosen.get("version").asText()) > 0)) {
                chosen = q;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no published national-13-17 questionnaire");
        }
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/questionnaires/"
                + chosen.get("key").asText() + "/versions/" + chosen.get("version").asText() + "?locale=sv"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Runs the command in bench.measure-hook (if any) with "start"/"stop" and the concurrency: the profiler. */
    private static void hook(String event, int concurrency) {
        String hook = System.getProperty("bench.measure-hook");
        if (hook == null || hook.isBlank()) {
            return;
        }
        try {
            new ProcessBuilder(hook, event, Integer.toString(concurrency)).inheritIO().start().waitFor();
        } catch (Exception e) {
            System.out.println("WARNING: " + hook + " " + event + " failed: " + e);
        }
    }

    /**
     * CPU clock ticks so far of the backend (pid in bench.backend-pid), of the bench cluster's PostgreSQL processes
     * (children of the postmaster in bench.postmaster-pid), of this JVM, and of the whole machine (busy, not idle);
     * null where /proc cannot tell.
     */
    private static long[] cpuTicks() {
        try {
            long backend = ticks(Long.getLong("bench.backend-pid", -1));
            long postmaster = Long.getLong("bench.postmaster-pid", -1);
            long postgres = ticks(postmaster);
            for (java.nio.file.Path proc : java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc"),
                    "[0-9]*")) {
                String[] stat = stat(proc);
                if (stat != null && Long.parseLong(stat[1]) == postmaster) {
                    postgres += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
            String[] cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim()
                    .split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(cpu[i]); // idle and iowait are not busy
            }
            return new long[] {backend, postgres, ticks(ProcessHandle.current().pid()), busy};
        } catch (Exception e) {
            return null;
        }
    }

    private static long ticks(long pid) {
        String[] stat = pid < 0 ? null : stat(java.nio.file.Path.of("/proc", Long.toString(pid)));
        return stat == null ? 0 : Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    }

    /** The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime. */
    private static String[] stat(java.nio.file.Path proc) {
        try {
            String line = java.nio.file.Files.readString(proc.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Children finished and the slowest child of each second of the window, by the wall clock (to set beside the
     * backend's log: mixer turns, GC): where a p99 comes from, a few bad seconds or all of them.
     */
    private static String timeline(long[][] latencies, long[][] finishes, long startedAt, int seconds) {
        int[] count = new int[seconds + 1];
        long[] worst = new long[seconds + 1];
        for (int w = 0; w < latencies.length; w++) {
            for (int i = 0; i < latencies[w].length; i++) {
                int s = (int) Math.min(seconds, finishes[w][i] / 1_000_000_000L);
                count[s]++;
                worst[s] = Math.max(worst[s], latencies[w][i]);
            }
        }
        StringBuilder line = new StringBuilder("TIMELINE from ").append(java.time.LocalTime.ofInstant(
                java.time.Instant.ofEpochMilli(startedAt), java.time.ZoneId.systemDefault()).withNano(0))
                .append(" (children/slowest ms per second):");
        for (int s = 0; s < seconds; s++) {
            line.append(' ').append(count[s]).append('/').append(worst[s] / 1_000_000);
        }
        return line.toString();
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static ObjectNode post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return (ObjectNode) JSON.readTree(response.body());
    }

    /**
     * HTTP/1.1 over one kept-alive socket per worker, requests written as bytes and replies read by their length:
     * the JDK's HttpClient cost the load client about 1 ms of CPU per child, a third of what the backend spent, on
     * the same two cores. Only for this bench's own localhost backend (Content-Length or chunked replies).
     */
    static final class LeanHttp {
        private final String host;
        private final int port;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;

        record Reply(int status, byte[] body) {
            String stringField(String name) {
                String text = new String(body, UTF_8);
                int at = text.indexOf("\"" + name + "\":\"");
                if (at < 0) {
                    throw new IllegalStateException("no " + name + " in the reply");
                }
                int from = at + name.length() + 4;
                return text.substring(from, text.indexOf('"', from));
            }
        }

        LeanHttp(String host, int port) {
            this.host = host;
            this.port = port;
        }

        Reply post(String path, String bearer, String idempotencyKey, byte[] body) throws java.io.IOException {
            if (socket == null) {
                socket = new java.net.Socket(host, port);
                socket.setTcpNoDelay(true);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
                out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16384);
            }
            StringBuilder head = new StringBuilder(512).append("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(host).append(':').append(port).append("\r\nContent-Type: application/json\r\n");
            if (bearer != null) {
                head.append("Authorization: Bearer ").append(bearer).append("\r\n");
            }
            if (idempotencyKey != null) {
                head.append("Idempotency-Key: ").append(idempotencyKey).append("\r\n");
            }
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            out.write(head.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = line();
            if (status == null || !status.startsWith("HTTP/1.1 ")) {
                throw new java.io.IOException("no reply");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            byte[] reply;
            if (chunked) {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().trim(), 16); size > 0;
                     size = Integer.parseInt(line().trim(), 16)) {
                    all.write(in.readNBytes(size));
                    line();
                }
                line();
                reply = all.toByteArray();
            } else {
                reply = in.readNBytes(Math.max(length, 0));
            }
            if (close) {
                close();
            }
            return new Reply(code, reply);
        }

        private String line() throws java.io.IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    return null;
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (java.io.IOException ignored) {
                // Closing a socket the backend may already have closed.
            }
            socket = null;
        }
    }
}
